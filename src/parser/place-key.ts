// The one key every place name is looked up by, shared by the parser and the script that
// generates its gazetteer data, so both fold names the same way.
/** Folds case, accents, Polish ł and German ß, and punctuation: "Łódź" -> "lodz". */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
