import { list, type PerLanguage } from './languages.ts'

/**
 * Languages a posting may ask people to speak (ISO 639-1). Their names in every posting
 * language come from `Intl.DisplayNames` ("German", "Deutsch", "allemand", "alemán",
 * "niemiecki"); the record names them in English.
 */
export const SPOKEN_LANGUAGE_CODES = list(`en, de, fr, es, pt, it, nl, pl, sv, da, no, nb, fi,
  cs, sk, hu, ro, bg, el, tr, ru, uk, he, ar, hi, ja, ko, zh, vi, th, id, ms, ca, eu, gl, hr,
  sr, sl, lt, lv, et, ga, is, tl, ur, fa, bn, ta`)

/** Names people write that `Intl` does not give (varieties, short forms), in English. */
export const EXTRA_LANGUAGE_NAMES: readonly (readonly [name: string, english: string])[] = [
  ['Mandarin', 'Mandarin'],
  ['Cantonese', 'Cantonese'],
  ['Farsi', 'Persian'],
  ['Flemish', 'Dutch'],
  ['Brazilian Portuguese', 'Portuguese'],
  ['castellano', 'Spanish'],
  ['Schwedisch', 'Swedish'],
]

/**
 * Words that, next to a language name, make it a language the role asks for: "fluent English",
 * "English (C1)", "Deutsch fließend", "anglais courant", "inglés avanzado", "znajomość języka
 * angielskiego". A name needs one of them within a few words, so that "the German market" or
 * "a French company" is not a spoken language.
 */
export const LANGUAGE_SKILL_WORDS: PerLanguage<string> = {
  en: list(`fluent, fluency, fluently, proficient, proficiency, native, speaker, speakers,
    speak, speaking, spoken, written, verbal, language, languages, skills, command, level,
    knowledge of, communication, communicate, bilingual, business, working, conversational,
    professional, excellent, strong, good, required, must, a plus, is a plus, nice to have,
    a1, a2, b1, b2, c1, c2, mother tongue`),
  de: list(`fließend, fliessend, verhandlungssicher, verhandlungssichere, verhandlungssicheres,
    kenntnisse, sprachkenntnisse, sprache, sprachen, muttersprache, muttersprachlich,
    muttersprachler, sprichst, sprechen, beherrschst, beherrschung, niveau, sehr gute, gute,
    wort und schrift, in wort und schrift, zwingend, erforderlich, von vorteil`),
  fr: list(`courant, couramment, maîtrise, maîtrisez, maîtrises, niveau, langue, langues,
    parlé, écrit, bilingue, natif, native, lu, obligatoire, exigé, apprécié, un plus, bon,
    bonne, excellent, excellente, professionnel, compétences`),
  es: list(`nivel, idioma, idiomas, fluido, fluida, avanzado, avanzada, nativo, nativa,
    hablar, hablado, escrito, dominio, conversacional, bilingüe, intermedio, alto,
    imprescindible, deseable, buen, excelente, conocimientos`),
  pt: list(`nível, idioma, idiomas, fluente, fluência, avançado, avançada, nativo, nativa,
    domínio, intermediário, conversação, bilíngue, obrigatório, desejável, bom, boa,
    conhecimento`),
  it: list(`conoscenza, lingua, lingue, fluente, madrelingua, livello, ottima, ottimo, buona,
    buono, parlato, scritto, bilingue, padronanza, richiesto, richiesta, gradito`),
  nl: list(`vloeiend, taal, talen, spreekt, spreken, beheersing, niveau, moedertaal,
    uitstekend, goede, schrift, woord en geschrift, vereist, pré`),
  pl: list(`znajomość, znajomości, język, języka, językiem, poziom, poziomie, biegła, biegłą,
    biegle, komunikatywna, komunikatywną, dobra, dobrą, bardzo dobra, mile widziany,
    wymagany, wymagana`),
}

/** German and Dutch glue a language name to these ("Englischkenntnisse", "Deutsch-sprachig"). */
export const LANGUAGE_COMPOUND_ENDINGS = list(`kenntnisse, kenntnissen, sprachig, sprachige,
  sprachigen, sprachiger, talig, talige, -`)

/**
 * Language names that are also ordinary English words once case is gone: Dutch "Lets"
 * (Latvian), "Pools" (Polish), "Fins" (Finnish), "Iers" (Irish), "Frans" (French), and
 * English "polish". They count only when written with a capital, next to a skill word.
 */
export const NAMES_ALSO_WORDS = list(`lets, pools, fins, iers, frans, polish`)
