// The one key every place name is looked up by, shared by the parser and the script that
// generates its gazetteer data, so both fold names the same way.
/**
 * Folds case, accents, the letters no accent removal reaches (Polish ł, German ß, Nordic ø
 * and æ) and punctuation: "Łódź" -> "lodz", "København" -> "kobenhavn".
 */
export function placeKey(text: string): string {
  return asciiKey(text) ?? foldedKey(text)
}

function foldedKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/œ/gi, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * The same key for a text of ASCII only (most names a posting writes), in one pass over its
 * characters: the parser asks for thousands of keys a posting, and the chain of normalize and
 * replaces above costs several times this. Null when the text has a non-ASCII character.
 */
function asciiKey(text: string): string | null {
  let out = ''
  let gap = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c > 0x7f) return null
    const lower = c >= 65 && c <= 90 ? c + 32 : c
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
      if (gap && out) out += ' '
      gap = false
      out += String.fromCharCode(lower)
    } else gap = true
  }
  return out
}
