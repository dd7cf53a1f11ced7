import { isObject, MAX_JSON_ITEMS, type JsonObject } from './lib/json-values.ts'

/**
 * A JSON:API document (jsonapi.org: `{ data: { type, id, attributes, relationships },
 * included: [...] }`), as job boards' APIs answer: each resource of `data` as one flat
 * object, its attributes beside its `type` and `id`, and each relationship (in
 * `relationships`, or among the attributes as some boards write them) replaced by the
 * attributes of the resource `included` holds for it, so that `company` reads
 * `{ name: "…" }` as an applicant tracker's job does. Null when the document is not one.
 */
export function jsonApiResources(document: unknown): JsonObject[] | null {
  if (!isObject(document)) return null
  const data = document.data
  const resources = (Array.isArray(data) ? data.slice(0, MAX_JSON_ITEMS) : [data]).filter(
    (resource): resource is JsonObject =>
      isObject(resource) && typeof resource.type === 'string' && isObject(resource.attributes),
  )
  if (!resources.length) return null
  const included = new Map<string, JsonObject>()
  for (const resource of Array.isArray(document.included)
    ? document.included.slice(0, MAX_JSON_ITEMS)
    : []) {
    if (isObject(resource) && isObject(resource.attributes))
      included.set(keyOf(resource), resource.attributes)
  }
  // A relationship names its resource ({ data: { type, id } }) or a list of them.
  const resolve = (value: unknown): unknown => {
    if (!isObject(value) || !('data' in value)) return value
    const linked: unknown = value.data
    if (Array.isArray(linked))
      return linked
        .slice(0, MAX_JSON_ITEMS)
        .map((item: unknown) => included.get(keyOf(item)) ?? item)
    return isObject(linked) ? (included.get(keyOf(linked)) ?? value) : value
  }
  return resources.map((resource) => {
    const flat: JsonObject = { type: resource.type, id: resource.id }
    // A named resource it links to ("seniority" → "Semi Senior") is one of the job's fields,
    // as a tracker's custom fields are (`metadata`), except the company, read by its name.
    const fields: JsonObject[] = []
    const relationships = isObject(resource.relationships) ? resource.relationships : {}
    for (const [key, value] of Object.entries({
      ...(resource.attributes as JsonObject),
      ...relationships,
    })) {
      const resolved = resolve(value)
      flat[key] = resolved
      if (resolved !== value && isObject(resolved) && key !== 'company')
        fields.push({ name: fieldName(key), value: resolved.name })
    }
    if (fields.length && flat.metadata === undefined) flat.metadata = fields
    return flat
  })
}

/** "job_type" → "Job type". */
function fieldName(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function keyOf(resource: unknown): string {
  const { type, id } = isObject(resource) ? resource : {}
  return `${String(type)}\u0000${String(id)}`
}
