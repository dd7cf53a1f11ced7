import * as simpleIcons from 'simple-icons'
import { describe, expect, it } from 'vitest'
import { STACK_CATEGORIES } from '../model/posting.ts'
import { TECHS, logoSlug, techByName } from './taxonomy.ts'

const iconSlugs = new Set(
  Object.values(simpleIcons as Record<string, { slug?: string }>)
    .map((icon) => icon.slug)
    .filter(Boolean),
)

describe('stack taxonomy', () => {
  it('covers hundreds of technologies, each named once', () => {
    expect(TECHS.length).toBeGreaterThan(400)
    const names = TECHS.map((tech) => tech.name.toLowerCase())
    expect(new Set(names).size).toBe(names.length)
  })

  it('puts every technology in a category of the Posting model', () => {
    for (const tech of TECHS) expect(STACK_CATEGORIES).toContain(tech.category)
  })

  it('only names logos that simple-icons has', () => {
    const missing = TECHS.filter((tech) => tech.logo && !iconSlugs.has(tech.logo)).map(
      (tech) => `${tech.name} -> ${tech.logo}`,
    )
    expect(missing).toEqual([])
  })

  it('derives slugs the way simple-icons does', () => {
    expect(logoSlug('Node.js')).toBe('nodedotjs')
    expect(logoSlug('C++')).toBe('cplusplus')
    expect(logoSlug('.NET')).toBe('dotnet')
  })

  it('finds a technology by canonical name or alias, whatever the case', () => {
    expect(techByName('postgres')).toEqual({
      name: 'PostgreSQL',
      category: 'database',
      logo: 'postgresql',
    })
    expect(techByName('Golang')?.name).toBe('Go')
    expect(techByName('ArgoCD')?.name).toBe('Argo CD')
    expect(techByName('Google Cloud')?.name).toBe('GCP')
    expect(techByName('AWS')).toEqual({ name: 'AWS', category: 'cloud' })
    expect(techByName('not a technology')).toBeUndefined()
  })
})
