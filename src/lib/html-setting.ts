// A display setting a person chooses (the theme, the cards' density): kept in localStorage
// and mirrored as an attribute on <html>, which styles.css reads. Relative imports only: the
// Vite config loads this file through Node to write the boot script
// (scripts/theme-boot-plugin.ts).

export type HtmlSetting<T extends string> = {
  /**
   * A plain localStorage key, read by the boot script before any module runs. It sits
   * outside the store's `roleboard:` prefix on purpose: the store sets aside every key under
   * its prefix that is not one of its records, and a display setting is not data.
   */
  readonly key: string
  /** The attribute on <html>; absent means the fallback. */
  readonly attribute: string
  readonly values: readonly T[]
  /** What nothing stored (missing, foreign, blocked storage) means. */
  readonly fallback: T
}

export function htmlSetting<const T extends string>(setting: HtmlSetting<T>): HtmlSetting<T> {
  return setting
}

/** A stored or submitted value as one of the setting's values; anything else is the fallback. */
export function readSetting<T extends string>(
  setting: HtmlSetting<T>,
  value: string | null | undefined,
): T {
  return setting.values.find((known) => known === value) ?? setting.fallback
}

/**
 * The setting's part of the classic (render-blocking) boot script in index.html's head, so a
 * stored choice is on <html> before the first paint: no flash of the other theme, no cards
 * jumping from one layout to the other. An external file, because the
 * Content-Security-Policy forbids inline script.
 */
export function settingBootSource(setting: HtmlSetting<string>): string {
  const chosen = setting.values.filter((value) => value !== setting.fallback)
  return `try{var v=localStorage.getItem(${JSON.stringify(setting.key)});if(${JSON.stringify(chosen)}.indexOf(v)>=0)document.documentElement.setAttribute(${JSON.stringify(setting.attribute)},v)}catch(e){}\n`
}
