/** The languages whose postings the parser reads (ISO 639-1), in one place. */
export const POSTING_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl'] as const
export type PostingLanguage = (typeof POSTING_LANGUAGES)[number]

/** Words per posting language: every concept's data file has this shape. */
export type PerLanguage<T> = Record<PostingLanguage, readonly T[]>

/**
 * A comma-separated word list as an array: keeps the data files readable (one language per
 * paragraph) where a formatter would otherwise put every word on its own line.
 */
export function list(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/** Every entry of a per-language table, languages in order, without repeats. */
export function allLanguages<T>(table: PerLanguage<T>): T[] {
  return [...new Set(Object.values(table).flatMap((words) => words))]
}
