import { describe, expect, it } from 'vitest'
import { TECHS } from '../src/parser/taxonomy.ts'
import {
  brandColour,
  CHIP_BACKGROUNDS,
  contrast,
  logoModule,
  taxonomyLogos,
  techLogosPlugin,
} from './tech-logos-plugin.ts'

describe('brand colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
  })

  it('keeps a colour only where it stands out from the chip', () => {
    expect(brandColour('3776AB', CHIP_BACKGROUNDS.light)).toBe('#3776AB')
    expect(brandColour('3776AB', CHIP_BACKGROUNDS.dark)).toBe('#3776AB')
    expect(brandColour('003B57', CHIP_BACKGROUNDS.light)).toBe('#003B57')
    expect(brandColour('003B57', CHIP_BACKGROUNDS.dark)).toBeNull()
    expect(brandColour('FFFFFF', CHIP_BACKGROUNDS.light)).toBeNull()
    expect(brandColour('000000', CHIP_BACKGROUNDS.dark)).toBeNull()
    expect(brandColour('F7DF1E', CHIP_BACKGROUNDS.dark)).toBe('#F7DF1E')
  })

  it('builds an icon module with both colours', () => {
    const icon = { slug: 'x', title: 'X', hex: '000000', path: 'M0 0h24v24H0z' }
    expect(logoModule(icon)).toEqual({ path: 'M0 0h24v24H0z', light: '#000000', dark: null })
  })
})

describe('taxonomy logos', () => {
  it('maps canonical names to slugs that exist, and skips the rest', () => {
    const icons = new Map([
      ['python', { slug: 'python', title: 'Python', hex: '3776AB', path: 'M' }],
    ])
    const logos = taxonomyLogos(icons)
    expect(logos.get('python')).toBe('python')
    expect(logos.size).toBe(1)
  })

  it('serves a map of loaders and one module per icon', async () => {
    const plugin = techLogosPlugin()
    const resolve = plugin.resolveId as (id: string) => string | undefined
    const load = plugin.load as (this: unknown, id: string) => Promise<string | undefined>
    const context = {
      error: (message: string) => {
        throw new Error(message)
      },
    }
    expect(resolve('virtual:tech-logos')).toBe('\0virtual:tech-logos')
    expect(resolve('virtual:tech-logo/python')).toBe('\0virtual:tech-logo/python')
    expect(resolve('react')).toBeUndefined()

    const map = await load.call(context, '\0virtual:tech-logos')
    expect(map).toContain(`"python": () => import("virtual:tech-logo/python")`)
    expect(map).toContain(`"postgresql": () => import("virtual:tech-logo/postgresql")`)
    const withLogo = TECHS.filter((tech) => tech.logo).length
    expect(map?.match(/import\(/g)?.length).toBe(withLogo)

    const python = await load.call(context, '\0virtual:tech-logo/python')
    const data = JSON.parse(python!.replace(/^export default /, '')) as { path: string }
    expect(data).toMatchObject({ light: '#3776AB', dark: '#3776AB' })
    expect(data.path).toMatch(/^M/)
    await expect(load.call(context, '\0virtual:tech-logo/not-an-icon')).rejects.toThrow(
      /no icon “not-an-icon”/,
    )
  })
})
