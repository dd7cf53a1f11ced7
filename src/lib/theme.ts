import { htmlSetting } from './html-setting.ts'

/** The colour theme: "system" (no attribute) follows the media query in styles.css. */
export const THEME = htmlSetting({
  key: 'roleboard.theme',
  attribute: 'data-theme',
  values: ['system', 'light', 'dark'],
  fallback: 'system',
})
export type Theme = (typeof THEME.values)[number]
