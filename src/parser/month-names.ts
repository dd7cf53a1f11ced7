import { POSTING_LANGUAGES } from './words/languages.ts'
import { escapeRegExp } from './lib/escape-regexp.ts'

/**
 * The months in every posting language as `Intl` writes them, alone and inside a date ("März",
 * "marca" of "26 marca 2025"), long and short ("Mar"), in lower case.
 */
export const MONTH_NAMES: readonly string[] = (() => {
  const names = new Set<string>()
  // One formatter per language and style, not per month: each costs a fraction of a
  // millisecond to make, and this runs when the parser loads.
  for (const language of POSTING_LANGUAGES)
    for (const style of ['long', 'short'] as const) {
      const alone = new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' })
      const inDate = new Intl.DateTimeFormat(language, {
        day: 'numeric',
        month: style,
        timeZone: 'UTC',
      })
      for (let month = 0; month < 12; month++) {
        const date = new Date(Date.UTC(2024, month, 15))
        names.add(alone.format(date))
        const written = inDate.formatToParts(date).find((part) => part.type === 'month')?.value
        if (written) names.add(written)
      }
    }
  return [...names].map((name) => name.toLowerCase().replace(/\.$/, '')).filter(Boolean)
})()

const MONTH = `(?:${[...MONTH_NAMES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})\\.?`

/**
 * A date with its month's name: "March 26, 2025", "26 March 2025", "26. März", "marzo de 2025".
 * A town that shares a month's name ("March", Cambridgeshire) is not meant there.
 */
export const DATE_WITH_MONTH = new RegExp(
  `^(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:\\.|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH}(?:,?\\s+(?:de\\s+)?\\d{4})?|${MONTH}\\s+(?:de\\s+)?\\d{4})$`,
  'iu',
)
