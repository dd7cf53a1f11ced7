/**
 * How Polish inflects a place name, as endings on the folded key (placeKey: lower case, no
 * accents, ł as l): a case ending and the nominative endings it may stand for. A posting
 * says where it is in the locative ("w Krakowie", "we Wrocławiu", "w Katowicach") or the
 * genitive ("z Gdańska", "w centrum Warszawy"); the gazetteer knows the nominative.
 * Longest endings are tried first; each rule is a class of nouns, not one town.
 */
export type Declension = {
  /** Endings of a noun in an oblique case, with the nominative endings each may replace. */
  nouns: readonly (readonly [ending: string, nominatives: readonly string[]])[]
  /** Endings of an adjective in a place name ("Zielonej Górze", "Nowym Sączu"). */
  adjectives: readonly (readonly [ending: string, nominatives: readonly string[]])[]
  /**
   * Stem consonants that alternate before a locative -e ("Sopot" -> "Sopocie", "Praga" ->
   * "Pradze", "Góra" -> "Górze"): the stem as inflected and as in the nominative.
   */
  alternations: readonly (readonly [inflected: string, nominative: string])[]
}

export const POLISH_DECLENSION: Declension = {
  nouns: [
    // Locative: Kraków -> Krakowie, Katowice -> Katowicach, Tychy -> Tychach.
    ['owie', ['ow', 'owo']],
    ['ach', ['e', 'y', 'i']],
    // Wrocław -> Wrocławiu, Poznań -> Poznaniu, Radom -> Radomiu.
    ['iu', ['']],
    // Lublin -> Lublinie, Warszawa -> Warszawie, Gniezno -> Gnieźnie.
    ['ie', ['', 'a', 'o']],
    // Góra -> Górze, Praga -> Pradze, Polska -> Polsce (with the alternations below).
    ['e', ['a', '']],
    // Gdańsk -> Gdańsku, Bielsko -> Bielsku, Opole -> Opolu, Zabrze -> Zabrzu.
    ['u', ['', 'o', 'e']],
    // Genitive: Wrocław -> Wrocławia, Poznań -> Poznania; Kraków -> Krakowa, Opole -> Opola.
    ['ia', ['']],
    ['a', ['', 'o', 'e']],
    // Gdynia -> Gdyni, Łódź -> Łodzi, Wola -> Woli; Warszawa -> Warszawy, Bydgoszcz -> Bydgoszczy.
    ['i', ['ia', 'a', '']],
    ['y', ['a', '']],
    // Genitive plural of the -ice towns: Katowice -> Katowic, Gliwice -> Gliwic.
    ['ic', ['ice']],
    // Instrumental ("pod Krakowem").
    ['em', ['']],
  ],
  adjectives: [
    ['iej', ['ia', 'a']],
    ['ej', ['a']],
    ['ym', ['y']],
    ['im', ['i']],
    ['iego', ['i']],
    ['ego', ['y']],
  ],
  alternations: [
    ['c', 't'],
    ['c', 'k'],
    ['dz', 'g'],
    ['dz', 'd'],
    ['rz', 'r'],
    ['sz', 'ch'],
  ],
}
