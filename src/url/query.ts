import { quote } from './notes.ts'

/**
 * Splits a query string into parameters the way URLSearchParams does, except that a name
 * or value with a malformed %-escape ("%zz", "%E0" that is not UTF-8) is left out with a
 * note instead of being decoded into "%zz" or "�" and applied as if it were meant.
 */
export function readQuery(input: URLSearchParams | string): {
  params: URLSearchParams
  notes: string[]
} {
  if (typeof input !== 'string') return { params: input, notes: [] }
  const params = new URLSearchParams()
  const notes: string[] = []
  for (const pair of input.replace(/^\?/, '').split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const rawName = equals < 0 ? pair : pair.slice(0, equals)
    const rawValue = equals < 0 ? '' : pair.slice(equals + 1)
    const name = decode(rawName)
    const value = decode(rawValue)
    if (name === null || value === null) {
      notes.push(
        name === null
          ? `Ignored the parameter ${quote(rawName)}: its name has a broken %-escape.`
          : `Ignored ${name} ${quote(rawValue)}: it has a broken %-escape.`,
      )
      continue
    }
    params.append(name, value)
  }
  return { params, notes }
}

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '))
  } catch {
    return null
  }
}
