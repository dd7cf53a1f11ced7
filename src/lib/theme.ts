// The colour theme a person chose. Relative imports only: the Vite config loads this file
// through Node to write the boot script (scripts/theme-boot-plugin.ts).

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/**
 * A plain localStorage key, read by the boot script before any module runs. It sits
 * outside the store's `roleboard:` prefix on purpose: the store sets aside every key under
 * its prefix that is not one of its records, and a theme is a display setting, not data.
 */
export const THEME_KEY = 'roleboard.theme'

/** The attribute on <html> that styles.css reads; absent means "follow the system". */
export const THEME_ATTRIBUTE = 'data-theme'

/** Anything but a stored "light" or "dark" (missing, foreign, blocked storage) is "system". */
export function readTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'system'
}

/**
 * The classic (render-blocking) script index.html loads in its head, so the chosen theme is
 * on <html> before the first paint: no flash of the other theme. An external file, because
 * the Content-Security-Policy forbids inline script.
 */
export function themeBootSource(): string {
  return `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.setAttribute(${JSON.stringify(THEME_ATTRIBUTE)},t)}catch(e){}\n`
}
