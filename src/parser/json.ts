/**
 * Deepest nesting of arrays and objects a JSON input may have. schema.org JSON-LD is a few
 * levels deep; a deeper file is refused before parsing, because parsing (and any walk over
 * the result) costs far more per level than per character, and some engines recurse.
 */
export const MAX_JSON_DEPTH = 64

export type JsonRead = { ok: true; value: unknown } | { ok: false; error: string; tooDeep: boolean }

/**
 * The deepest nesting of `[` and `{` in a JSON text, counted in one pass outside strings;
 * stops counting once past `limit`. Cheap enough to run before every parse.
 */
export function jsonDepth(source: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (inString) {
      if (code === 92)
        i++ // backslash: skip the escaped character
      else if (code === 34) inString = false
      continue
    }
    if (code === 34) inString = true
    else if (code === 91 || code === 123) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > limit) return deepest
      }
    } else if (code === 93 || code === 125) depth = Math.max(0, depth - 1)
  }
  return deepest
}

/** Parses JSON that is at most `MAX_JSON_DEPTH` levels deep; says why when it cannot. */
export function readJson(source: string): JsonRead {
  if (jsonDepth(source) > MAX_JSON_DEPTH) {
    return {
      ok: false,
      tooDeep: true,
      error: `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep (a schema.org JobPosting needs a few): not read`,
    }
  }
  try {
    return { ok: true, value: JSON.parse(source) }
  } catch (error) {
    return {
      ok: false,
      tooDeep: false,
      error: `the JSON is not valid (${(error as Error).message})`,
    }
  }
}
