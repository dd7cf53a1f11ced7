/** What structured input (JSON-LD, an applicant-tracking system's JSON) holds, read safely. */
export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Most items read from any one list of such input (postings in a file, places, skills, fields). */
export const MAX_JSON_ITEMS = 200
