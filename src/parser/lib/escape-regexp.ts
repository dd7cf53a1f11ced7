const SPECIAL = /[.*+?^${}()|[\]\\]/g

/** `text` as a pattern that matches it literally, to build a larger pattern from words. */
export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&')
}
