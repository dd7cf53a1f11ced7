import type { Plugin } from 'vite'
import { TECHS } from '../src/parser/taxonomy.ts'

/**
 * Serves the brand logos of the stack taxonomy from simple-icons without shipping the
 * whole icon set (3,000+ icons, megabytes):
 * - `virtual:tech-logos`: a map from a technology's canonical name (lower case) to a loader;
 * - `virtual:tech-logo/<slug>`: one icon per module, so the bundler makes it its own small
 *   chunk and a page downloads only the logos it shows.
 * Brand colours are kept only where they stand out from the chip behind them (3:1, the
 * contrast WCAG asks of graphics); otherwise the logo takes the text colour.
 */

const MAP_ID = 'virtual:tech-logos'
/** The id prefix of one logo's module (its chunk is left out of the offline precache). */
export const ICON_PREFIX = 'virtual:tech-logo/'

/** Chip backgrounds the logos sit on (bg-raised in styles.css), light and dark. */
export const CHIP_BACKGROUNDS = { light: '#eef0f7', dark: '#1f2330' }

export type LogoModule = { path: string; light: string | null; dark: string | null }

type Icon = { slug: string; title: string; hex: string; path: string }

function luminance(hex: string): number {
  const channels = [0, 2, 4].map((i) => parseInt(hex.replace('#', '').slice(i, i + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  )
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (high + 0.05) / (low + 0.05)
}

/** The brand colour when it shows on `background`, else null (use the text colour). */
export function brandColour(hex: string, background: string): string | null {
  const colour = `#${hex}`
  return contrast(colour, background) >= 3 ? colour : null
}

export function logoModule(icon: Icon): LogoModule {
  return {
    path: icon.path,
    light: brandColour(icon.hex, CHIP_BACKGROUNDS.light),
    dark: brandColour(icon.hex, CHIP_BACKGROUNDS.dark),
  }
}

/** Canonical name (lower case) -> slug, for every taxonomy entry whose icon exists. */
export function taxonomyLogos(icons: Map<string, Icon>): Map<string, string> {
  const logos = new Map<string, string>()
  for (const tech of TECHS) {
    if (tech.logo && icons.has(tech.logo)) logos.set(tech.name.toLowerCase(), tech.logo)
  }
  return logos
}

async function loadIcons(): Promise<Map<string, Icon>> {
  const all = (await import('simple-icons')) as unknown as Record<string, Icon>
  const icons = new Map<string, Icon>()
  for (const icon of Object.values(all)) if (icon?.slug) icons.set(icon.slug, icon)
  return icons
}

export function techLogosPlugin(): Plugin {
  let icons: Promise<Map<string, Icon>> | null = null
  const getIcons = () => (icons ??= loadIcons())
  return {
    name: 'roleboard-tech-logos',
    resolveId(id) {
      if (id === MAP_ID || id.startsWith(ICON_PREFIX)) return '\0' + id
      return undefined
    },
    async load(id) {
      if (id === '\0' + MAP_ID) {
        const logos = taxonomyLogos(await getIcons())
        const entries = [...logos].map(
          ([name, slug]) =>
            `${JSON.stringify(name)}: () => import(${JSON.stringify(ICON_PREFIX + slug)})`,
        )
        return `export const logoLoaders = {\n${entries.join(',\n')}\n}\n`
      }
      if (id.startsWith('\0' + ICON_PREFIX)) {
        const slug = id.slice(1 + ICON_PREFIX.length)
        const icon = (await getIcons()).get(slug)
        if (!icon) this.error(`simple-icons has no icon “${slug}”`)
        return `export default ${JSON.stringify(logoModule(icon))}\n`
      }
      return undefined
    },
  }
}
