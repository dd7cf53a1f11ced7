import { isEmploymentLabel } from './employment.ts'
import { ROLE_NOUN } from './patterns.ts'
import { wordCount } from './text.ts'
import { modeWordsIn } from './work-mode.ts'

const FACT_JOIN = /\s*[,/&()]\s*|\s+(?:or|and|oder|und|ou|et|of|en|lub)\s+/i
/** One-letter joins ("CDI o freelance", "Tempo pieno e remoto") split a part only when it must:
 * they also stand inside a contract's name ("Umowa o pracę"). */
const SHORT_JOIN = /\s+[oyei]\s+/i
/** A German compound cut at its hyphen before "oder" or "und": "Voll-", "Teil-". */
const SUSPENDED = /^\p{L}{2,12}-$/u
/**
 * A contract's tax terms: a US staffing board's "W2 Only", "C2C", "1099"; a UK contractor's
 * IR35 status ("Outside IR35").
 */
const TAX_TERMS = /^(?:w-?2|1099|c2c|corp[- ]to[- ]corp|(?:outside|inside)\s+ir35)(?:\s+only)?$/i

/**
 * Whether a text states nothing but contracts and work modes, as a job board prints them
 * under a title or after its dash: "Teilzeit oder Vollzeit", "CDI", "(Full-Time)",
 * "Télétravail partiel", "Umowa o pracę lub B2B". "B2B" alone is a business's market as often
 * as a contract: it counts only where the caller says so.
 */
export function onlyContractOrMode(text: string, options: { b2b: boolean }): boolean {
  if (ROLE_NOUN.test(text)) return false
  const fact = (part: string) =>
    TAX_TERMS.test(part.trim()) ||
    (wordCount(part) <= 3 &&
      (modeWordsIn(part).length > 0 ||
        ((options.b2b || !/\d/.test(part)) && isEmploymentLabel(part))))
  const parts = text.split(FACT_JOIN).filter((part) => part.trim())
  // "Voll- oder Teilzeit": a word cut at its hyphen shares the end of the next one.
  const cut = (part: string) => SUSPENDED.test(part.trim())
  return (
    parts.some((part) => !cut(part)) &&
    parts.every(
      (part) => cut(part) || fact(part) || part.split(SHORT_JOIN).every((piece) => fact(piece)),
    )
  )
}
