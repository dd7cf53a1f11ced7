import { memoPerDocument } from './document-memo.ts'

/**
 * Word-list patterns match case-insensitively (flags `iu`), and V8 runs such a pattern two to
 * four times slower than the same pattern without `i` over the lower-cased text. The two
 * readings agree whenever lower-casing a character gives what `iu` compares it as (its
 * simple case folding): true of every character of the Latin-script languages the parser
 * reads, except the few `lowerCased` refuses.
 */

/**
 * Characters whose lower case is not what `iu` compares them as, or changes the text's
 * length: "ſ" and "µ" (folded to "s" and "μ"), "İ" (two code units in lower case), and any
 * letter or mark beyond Latin Extended-A (Greek final sigma, Cherokee, the Kelvin sign …).
 * Numerals beyond it too ("①", "٣"): then every letter or digit of a text read in lower case
 * is one of Latin Extended-A, which lets the twin name them by a short class (`LATIN_CLASSES`).
 */
const NOT_PLAIN = /[\u00b5\u0130\u017f]|(?=[\p{L}\p{M}\p{N}])[^\x20-\u017f]/u
/** Per UTF-16 code unit from U+00B5 on: 0 not yet asked, 1 plain, 2 not (asked of NOT_PLAIN once). */
const UNIT_KIND = new Uint8Array(0x10000)

/** Whether the character at `i` (a code unit from U+00B5 on) is one `NOT_PLAIN` names. */
function notPlainAt(text: string, i: number, unit: number): boolean {
  // A surrogate pair: its code point is asked of the pattern (emoji are plain, letters not).
  if (unit >= 0xd800 && unit <= 0xdfff) return NOT_PLAIN.test(text.slice(i, i + 2))
  let kind = UNIT_KIND[unit]!
  if (kind === 0) {
    kind = NOT_PLAIN.test(String.fromCharCode(unit)) ? 2 : 1
    UNIT_KIND[unit] = kind
  }
  return kind === 2
}

/** The text in lower case when it reads the same as with `iu`; else null (use the `iu` pattern). */
export function lowerCased(text: string): string | null {
  // One pass over the code units with a table: a pattern with a lookahead at every
  // position cost more than the searches this saves.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xb5 && notPlainAt(text, i, unit)) return null
  }
  return text.toLowerCase()
}

/** Escapes that read the same with or without `i`: letters and digits of any case, spaces … */
const CASE_FREE_ESCAPE = /\\p\{[LN]\}|\\[sd]|\\[^a-z]|\\[nrt]|\\u[\da-f]{4}/gi

/**
 * The pattern without its `i` flag, for lower-cased text. Only for a pattern that names no
 * capital letter and no case-bound class (`\p{Lu}`, `\w`, `\b`): it throws otherwise, so a
 * word list cannot silently stop matching.
 */
export function lowerCaseTwin(pattern: RegExp): RegExp {
  const bare = pattern.source.replace(/\(\?<[a-z]\w*>/gi, '(').replace(CASE_FREE_ESCAPE, '')
  if (/[A-Z\\]/.test(bare))
    throw new Error(`lowerCaseTwin: /${pattern.source.slice(0, 60)}…/ depends on case`)
  let source = pattern.source
  for (const [unicode, latin] of LATIN_CLASSES) source = source.replaceAll(unicode, latin)
  return new RegExp(source, pattern.flags.replace('i', ''))
}

/**
 * The classes of letters and digits, as the text a twin reads can hold them: only up to
 * Latin Extended-A (`NOT_PLAIN` refuses any other). V8 checks `[\p{L}\p{N}]` in a text
 * with any character beyond Latin-1 ("–", "’", "€") against the whole Unicode range list,
 * which made the word boundaries most of a word list's search (3 to 6 times the same
 * search with the short class): the same answers for every character such a text holds.
 */
const LATIN_CLASSES: readonly (readonly [string, string])[] = [
  String.raw`[\p{L}\p{N}]`,
  String.raw`[\p{L}]`,
].map((unicode) => [unicode, latinClass(new RegExp(unicode, 'u'))] as const)

/** The characters up to U+017F that `charClass` holds, as a class of ranges. */
function latinClass(charClass: RegExp): string {
  const ranges: string[] = []
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`
  for (let code = 0; code <= 0x17f; code++) {
    if (!charClass.test(String.fromCharCode(code))) continue
    const start = code
    while (code < 0x17f && charClass.test(String.fromCharCode(code + 1))) code++
    ranges.push(start === code ? hex(start) : `${hex(start)}-${hex(code)}`)
  }
  return `[${ranges.join('')}]`
}

/** The last text lower-cased for a pattern: an `exec` loop reads one text many times. */
let last: { text: string; lower: string | null } = { text: '', lower: '' }

function lowerCasedOnce(text: string): string | null {
  if (last.text !== text) last = { text, lower: lowerCased(text) }
  return last.lower
}

/**
 * A word-list pattern whose `test` and `exec` read the lower-cased text with its twin: the
 * same answers, faster. Lower-casing keeps every character's place (`lowerCased` refuses a
 * text where it would not), so a match's index is the text's, and its strings are cut from
 * the text as written. `source`, `flags` and every other use are the pattern's own.
 */
export class LowerCasePattern extends RegExp {
  readonly #twin: RegExp
  readonly #groups: boolean
  /**
   * `test`'s answers for the document being read, for a pattern without `g` or `y` (whose
   * answer depends on the text alone): the stages ask about the same titles and segments
   * again and again ("is there a role noun in it?"), three times in four the role nouns'.
   */
  readonly #tested: ((text: string) => boolean) | null

  constructor(pattern: RegExp) {
    super(pattern.source, pattern.flags)
    // Capture groups are cut from the text by their indices (flag `d`).
    this.#groups = new RegExp(`${pattern.source}|`, pattern.flags).exec('')!.length > 1
    const twin = lowerCaseTwin(pattern)
    this.#twin = this.#groups ? new RegExp(twin.source, `${twin.flags}d`) : twin
    this.#tested =
      this.global || this.sticky
        ? null
        : memoPerDocument(
            (text: string) => this.exec(text) !== null,
            (text) => text,
          )
  }

  /** What a derived pattern is made as (`split`, `matchAll` copy the pattern): a plain RegExp. */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp
  }

  override test(text: string): boolean {
    return this.#tested ? this.#tested(String(text)) : this.exec(text) !== null
  }

  override exec(text: string): RegExpExecArray | null {
    text = String(text)
    const lower = lowerCasedOnce(text)
    if (lower === null) return super.exec(text)
    const twin = this.#twin
    const moves = this.global || this.sticky
    if (moves) twin.lastIndex = this.lastIndex
    const found = twin.exec(lower)
    if (moves) this.lastIndex = found ? twin.lastIndex : 0
    return found && (this.#groups ? asWritten(found, text) : asWrittenWhole(found, text))
  }
}

/** A match of the lower-cased text as the text's own: its string cut from the text. */
function asWrittenWhole(found: RegExpExecArray, text: string): RegExpExecArray {
  found[0] = text.slice(found.index, found.index + found[0].length)
  found.input = text
  return found
}

/** The same, with every capture group cut from the text by its indices. */
function asWritten(found: RegExpExecArray, text: string): RegExpExecArray {
  const indices = found.indices!
  for (let i = 0; i < found.length; i++) {
    const at = indices[i]
    found[i] = at ? text.slice(at[0], at[1]) : undefined!
  }
  if (found.groups && indices.groups)
    for (const name of Object.keys(found.groups)) {
      const at = indices.groups[name]
      found.groups[name] = at ? text.slice(at[0], at[1]) : undefined!
    }
  found.input = text
  return found
}
