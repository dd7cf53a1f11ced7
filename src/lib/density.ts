// How densely the board lists its roles: comfortable cards or compact ones (fewer lines,
// more roles per screen). Relative imports only: the Vite config loads this file through
// Node to write the boot script (scripts/theme-boot-plugin.ts), beside the theme's.

export type Density = 'comfortable' | 'compact'

/**
 * A plain localStorage key beside the theme's (src/lib/theme.ts), for the same reason: a
 * display setting read by the boot script before any module runs, not the store's data.
 */
export const DENSITY_KEY = 'roleboard.density'

/** The attribute on <html> that styles.css's `compact:` variant reads. */
export const DENSITY_ATTRIBUTE = 'data-density'

/** Anything but a stored "compact" (missing, foreign, blocked storage) is comfortable. */
export function readDensity(value: string | null | undefined): Density {
  return value === 'compact' ? 'compact' : 'comfortable'
}

/**
 * Sets the stored density on <html> before the first paint, so prerendered cards never
 * jump from one layout to the other. Joined to the theme's boot script (one file).
 */
export function densityBootSource(): string {
  return `try{if(localStorage.getItem(${JSON.stringify(DENSITY_KEY)})==="compact")document.documentElement.setAttribute(${JSON.stringify(DENSITY_ATTRIBUTE)},"compact")}catch(e){}\n`
}
