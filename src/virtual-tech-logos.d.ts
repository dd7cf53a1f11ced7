declare module 'virtual:tech-logos' {
  /** Brand logo of a technology: its SVG path and the colours to draw it in, if any. */
  export type TechLogoData = { path: string; light: string | null; dark: string | null }
  /** Canonical technology name in lower case -> loader of its logo (a chunk of its own). */
  export const logoLoaders: Record<string, () => Promise<{ default: TechLogoData }>>
}
