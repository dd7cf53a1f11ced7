import * as v from 'valibot'

/**
 * The one rule for a posting id, checked wherever an id enters the app (parser and build,
 * pasted and imported postings, storage, URLs): lower-case ASCII letters, digits and
 * hyphens, starting with a letter or digit, at most 200 characters. Such an id is safe in
 * a path segment, a storage key and a comma-separated `ids=` list as it is.
 */
export const POSTING_ID_MAX_LENGTH = 200
const POSTING_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/

const RULE = `an id is lower-case letters, digits and hyphens (at most ${POSTING_ID_MAX_LENGTH} characters)`

export const PostingIdSchema = v.pipe(
  v.string(),
  v.regex(POSTING_ID_PATTERN, RULE),
  v.maxLength(POSTING_ID_MAX_LENGTH, RULE),
)

export function isPostingId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= POSTING_ID_MAX_LENGTH &&
    POSTING_ID_PATTERN.test(value)
  )
}

/**
 * Why a value is not a posting id, in words a person can act on (the length when that is
 * what breaks the rule); null when it is one. For messages about imported or old data.
 */
export function postingIdProblem(value: unknown): string | null {
  if (isPostingId(value)) return null
  if (typeof value !== 'string') return 'the id is not text'
  if (value === '') return 'the id is empty'
  if (value.length > POSTING_ID_MAX_LENGTH)
    return `the id is ${value.length} characters long (at most ${POSTING_ID_MAX_LENGTH})`
  return `the id breaks the rule: ${RULE}`
}
