import { escapeRegExp } from './lib/escape-regexp.ts'
import type { Salary } from '../model/posting.ts'
import { type Candidate, strongest } from './candidate.ts'
import { currencyAtEnd, currencyAtStart, type WrittenCurrency } from './currency-names.ts'
import type { SectionKind } from './types.ts'
import { LOCAL_DOLLAR, LOCAL_PESO } from './words/currencies.ts'
import { phraseRegex, phraseSource } from './words/compile.ts'
import { allLanguages } from './words/languages.ts'
import {
  FROM_WORDS,
  MINIMUM_PAY_WORDS,
  PAY_WORD_CURRENCY,
  MONTHLY_PAY_UP_TO,
  LARGE_NUMBER_WORDS,
  NOT_PAY_WORDS,
  PAY_WORDS,
  PERIOD_WORDS,
  MAX_YEARLY_PAY,
  PAY_MULTIPLIERS,
  type PayMultiplier,
  RANGE_WORDS,
  UP_TO_WORDS,
} from './words/salary-words.ts'
import { allMatches } from './matches.ts'

/** Indian digit grouping: "25,00,000" is twenty-five lakh. */
const INDIAN_DIGITS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?`
const MULTIPLIER = [...Object.keys(PAY_MULTIPLIERS), ...LARGE_NUMBER_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')
/**
 * One written amount with its multiplier: "50.000", "50 000", "25,00,000" (Indian grouping),
 * "45k", "15 tys.", "18 LPA", "20B".
 */
const NUMBER = new RegExp(
  String.raw`(?<![\d.,\p{L}])(${INDIAN_DIGITS}|\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)(?![\d])(?:\s?(${MULTIPLIER})(?![\p{L}]))?`,
  'giu',
)
/** What may stand between the two ends of a range, once currencies are taken off. */
const RANGE_GAP = new RegExp(String.raw`^\s*(?:-|–|—|~|${phraseSource(RANGE_WORDS)})\s*$`, 'iu')
const multiplierOf = (word: string | undefined): PayMultiplier | undefined =>
  word === undefined ? undefined : PAY_MULTIPLIERS[word.toLowerCase()]
const INDIAN_GROUPING = new RegExp(`^${INDIAN_DIGITS}$`)
const PAY_WORD = phraseRegex(allLanguages(PAY_WORDS))
const NOT_PAY = phraseRegex(allLanguages(NOT_PAY_WORDS))
const UP_TO_BEFORE = new RegExp(`${phraseSource(UP_TO_WORDS)}\\s*$`, 'iu')
const FROM_BEFORE = new RegExp(`${phraseSource(FROM_WORDS)}\\s*$`, 'iu')
const MINIMUM_BEFORE = new RegExp(
  `${phraseSource(allLanguages(MINIMUM_PAY_WORDS))}[^.!?\\n]{0,40}$`,
  'iu',
)
const PERIODS = (Object.keys(PERIOD_WORDS) as Salary['period'][]).map(
  (period) => [period, phraseRegex(allLanguages(PERIOD_WORDS[period]))] as const,
)
const PAY_WORD_WITH_CURRENCY = new RegExp(
  `(?<!\\p{L})(${Object.keys(PAY_WORD_CURRENCY).join('|')})(?!\\p{L})[^\\p{N}\\n]{0,12}$`,
  'iu',
)

/** The currency and period a pay word just before a figure names ("RAL 40-50k"). */
function namedByPayWord(before: string) {
  const word = PAY_WORD_WITH_CURRENCY.exec(before)?.[1]
  return word ? PAY_WORD_CURRENCY[word.toLowerCase()] : undefined
}

/** The most a year's pay written with a bare "$" may be, in any currency written so. */
const MAX_BARE_DOLLAR = Math.max(
  ...['USD', ...Object.values(LOCAL_DOLLAR), ...Object.values(LOCAL_PESO)].map(
    (code) => MAX_YEARLY_PAY[code] ?? MAX_YEARLY_PAY.default,
  ),
)

/** A period found at most two characters after the figure ("175K-210K Annually"). */
const periodRightAfter = (m: RegExpExecArray | null) => m !== null && m.index <= 2

/** A period written short right after a figure: "/yr", "/hr", "/mo". */
const PERIOD_AFTER_FIGURE = /^\s?\/\s?(?:yr|year|hr|hour|h|mo|month)\b/i

/** A short bracket right after the figure: "(Mensual)", "(per year)". */
const PERIOD_IN_BRACKETS = /^\s*\(([^()\d]{2,20})\)/

/** A line no longer than this that holds a figure is a fact line, not a sentence. */
const SHORT_PAY_LINE = 60
/** The least figure read as a year's pay with no period written. */
const LEAST_YEARLY_PAY = 10_000

/** A written amount as a number: "50.000", "50,000" and "50 000" are fifty thousand. */
function amountOf(text: string, multiplier: PayMultiplier | undefined): number | null {
  let digits: string
  if (INDIAN_GROUPING.test(text)) digits = text.replace(/,/g, '')
  else {
    const grouped = /^\d{1,3}([.,' ])\d{3}(?:\1\d{3})*(?:([.,])(\d{1,2}))?$/.exec(text)
    if (grouped) {
      const decimals = grouped[2] && grouped[2] !== grouped[1] ? grouped[3] : undefined
      const whole = decimals ? text.slice(0, -(decimals.length + 1)) : text
      digits = whole.replace(/[.,' ]/g, '') + (decimals ? `.${decimals}` : '')
    } else digits = text.replace(',', '.')
  }
  const value = Number(digits)
  if (!Number.isFinite(value)) return null
  return value * (multiplier?.factor ?? 1)
}

/** The period a figure is counted in: a period word right after it, else one before it. */
function periodOf(
  after: string,
  before: string,
  high: number,
  currency: string,
  ofMultiplier: Salary['period'] | undefined,
): { period: Salary['period']; stated: boolean } {
  let best: { period: Salary['period']; at: number } | null = null
  for (const [period, pattern] of PERIODS) {
    const m = pattern.exec(after)
    if (m && (!best || m.index < best.at)) best = { period, at: m.index }
  }
  if (best) return { period: best.period, stated: true }
  if (ofMultiplier) return { period: ofMultiplier, stated: true }
  // "Monthly salary: 5.000 €"; not "We meet once a month. Salary 85-110k".
  const sameSentence = before.split(/[.!?;](?:\s|$)/).at(-1) ?? before
  for (const [period, pattern] of PERIODS)
    if (pattern.test(sameSentence)) return { period, stated: true }
  if (high <= (MONTHLY_PAY_UP_TO[currency] ?? 0) && high >= 1500)
    return { period: 'month', stated: false }
  if (high >= 15000) return { period: 'year', stated: false }
  if (high >= 1500) return { period: 'month', stated: false }
  if (high >= 150) return { period: 'day', stated: false }
  return { period: 'hour', stated: false }
}

/** How a section bears on pay: the header, benefits and logistics state it, company text does not. */
export function salarySection(kind: SectionKind | undefined): SalaryWhere['section'] {
  if (kind === 'benefits' || kind === 'logistics' || kind === 'header') return 'pay'
  if (kind === 'about') return 'about'
  return 'role'
}

export type SalaryWhere = {
  /** A job-board header or a "Salary:" field: its figures are pay unless shown otherwise. */
  trusted?: boolean
  /** Under a heading about pay, benefits or logistics, in the role's text, or company text. */
  section?: 'pay' | 'role' | 'about'
  /** Offset of the line, so that earlier figures win ties. */
  at?: number
  /**
   * Whether a range with no currency written ("175K-210K Annually") is read, with the currency
   * left '' for the caller to take from the posting's country once its places are read.
   */
  unwritten?: boolean
}

/** The currency of a range that writes none: the posting's country's (index.ts). */
export const OWN_CURRENCY = ''

const ISO_CODE = /^[A-Z]{3}$/

type Figure = { index: number; end: number; text: string; mult: string | undefined }

/**
 * Every money figure in a line that may be this role's pay, scored: a pay word on the line, a
 * range, a stated period and a trusted place count for it; a company figure (millions, funding,
 * revenue, volume processed) or a priced perk (budget, allowance) counts against.
 */
export function salaryCandidates(line: string, where: SalaryWhere = {}): Candidate<Salary>[] {
  if (!/\d/.test(line)) return []
  const figures: Figure[] = allMatches(NUMBER, line).map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    text: m[1] ?? '',
    mult: m[2],
  }))
  // Asked only of a figure that reads as pay so far: most lines' figures are years or counts.
  let payWord: boolean | undefined
  const candidates: Candidate<Salary>[] = []
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i] as Figure
    const next = figures[i + 1]
    let second: Figure | undefined
    let gapStart: WrittenCurrency | null = null
    let gapEnd: WrittenCurrency | null = null
    if (next) {
      // "$130K/yr - $160K/yr", "$60/hr – $80/hr": the first end's period is the range's.
      const gap = line.slice(first.end, next.index).replace(PERIOD_AFTER_FIGURE, '')
      gapStart = currencyAtStart(gap)
      const rest = gap.slice(gapStart?.length ?? 0)
      gapEnd = currencyAtEnd(rest)
      const middle = rest.slice(0, rest.length - (gapEnd?.length ?? 0))
      if (RANGE_GAP.test(middle)) second = next
    }
    const last = second ?? first
    const before = line.slice(Math.max(0, first.index - 40), first.index)
    const afterAll = line.slice(last.end, last.end + 60)
    const leading = currencyAtEnd(before)
    // "CAD $120,000", "AUD $130k": the code before a shared symbol says whose dollar it is.
    const codeBeforeSymbol =
      leading && !ISO_CODE.test(leading.text)
        ? currencyAtEnd(before.slice(0, before.length - leading.length).trimEnd())
        : null
    const code = codeBeforeSymbol && ISO_CODE.test(codeBeforeSymbol.text) ? codeBeforeSymbol : null
    const trailing = currencyAtStart(afterAll)
    const written = [code, leading, gapStart, second ? gapEnd : null, trailing].filter(
      (c): c is WrittenCurrency => c !== null,
    )
    // An ISO code settles what a shared symbol leaves open: "$126k-$154k CAD" is in CAD.
    if (second) i++
    if ([first.mult, second?.mult].some((x) => x && !multiplierOf(x))) continue
    // "45-60k", "18 – 28 LPA": the multiplier of the top counts for the bottom too.
    const topMult = multiplierOf(second?.mult)
    const bottomMult =
      multiplierOf(first.mult) ?? (topMult && Number(first.text) < 1000 ? topMult : undefined)
    const mult = topMult ?? bottomMult
    // "RAL 40-50k": a pay word that names its currency and period, where no symbol does.
    const named = written.length ? undefined : namedByPayWord(before)
    // "175K-210K Annually": a board's range in thousands with its period right after it.
    const unwritten =
      where.unwritten === true &&
      second !== undefined &&
      mult !== undefined &&
      PERIODS.some(([, pattern]) => periodRightAfter(pattern.exec(afterAll)))
    const currency =
      (written.find((c) => ISO_CODE.test(c.text)) ?? written[0])?.code ??
      mult?.currency ??
      named?.currency ??
      (unwritten ? OWN_CURRENCY : undefined)
    if (currency === undefined) continue
    let low = amountOf(first.text, bottomMult)
    let high = second ? amountOf(second.text, topMult) : null
    if (low === null || low < 5 || (high !== null && high < 5)) continue
    if (high !== null && high < low) [low, high] = [high, low]
    // A bare "$" may be a peso's until the places are read (index.ts, localDollar).
    const bareDollar = currency === 'USD' && written.every((c) => c.text === '$')
    const ceiling = bareDollar
      ? MAX_BARE_DOLLAR
      : (MAX_YEARLY_PAY[currency] ?? MAX_YEARLY_PAY.default)
    if ((high ?? low) > ceiling) continue
    const plus = /^\s?\+/.test(afterAll)
    let min: number | null = low
    let max: number | null = high ?? (plus ? null : low)
    const beforeAmount = before.slice(0, before.length - (leading?.length ?? 0))
    // "up to £85,000", "ab 80.000 €": a single figure that is one end of the range.
    const upTo = !second && UP_TO_BEFORE.test(beforeAmount)
    const from = !second && !upTo && FROM_BEFORE.test(beforeAmount)
    const boundWord = upTo || from
    if (upTo) {
      min = null
      max = low
    } else if (from || (!second && MINIMUM_BEFORE.test(beforeAmount))) max = null
    // The period follows the figure closely ("€4.000 per maand", "€ brutto im Jahr"); a
    // "+ monthly bonus" after it is another figure's.
    // "(Mensual)", "(per year)": a bracket that holds only the period is read as it.
    const unbracketed = afterAll.replace(PERIOD_IN_BRACKETS, ' $1')
    const sentenceAfter = (unbracketed.split(/[.;!?+(](?:\s|$)|[+(]/)[0] ?? unbracketed).slice(
      0,
      28,
    )
    const { period, stated } = periodOf(
      sentenceAfter,
      before,
      max ?? min ?? 0,
      currency,
      mult?.period ?? named?.period,
    )
    let score = 0
    if ((payWord ??= PAY_WORD.test(line))) score += 3
    if (second) score += 2
    // "Up to £85,000 + bonus", "From $120k" on a short line of its own: a range with one end,
    // at a year's pay (a budget or a perk is a smaller figure in a sentence).
    else if (
      boundWord &&
      line.length <= SHORT_PAY_LINE &&
      (max ?? min ?? 0) >= LEAST_YEARLY_PAY &&
      !stated
    )
      score += 2
    if (stated) score += 3
    // "welfare aziendale 600 €/anno", "£500 a year learning budget": a yearly figure too small
    // for a year's pay is a perk's.
    if (stated && period === 'year' && (max ?? min ?? 0) < LEAST_YEARLY_PAY) score -= 4
    // A currency written beats one taken from the place.
    if (currency === OWN_CURRENCY) score -= 1
    if (where.trusted) score += 3
    if (where.section === 'pay') score += 1
    if (where.section === 'about') score -= 1
    // A word of company figures ("processed", "raised") counts in the figure's own sentence.
    const sentenceBefore =
      before
        .slice(-25)
        .split(/[.!?;]\s/)
        .at(-1) ?? ''
    if (NOT_PAY.test(afterAll.slice(0, 30)) || NOT_PAY.test(sentenceBefore)) score -= 6
    if (score < 2) continue
    candidates.push({
      value: { min, max, currency, period },
      raw: line
        .slice(
          code ? line.lastIndexOf(code.text, first.index) : first.index - (leading?.length ?? 0),
          last.end + (trailing?.length ?? 0),
        )
        .trim(),
      from: where.trusted ? 'job-board header' : 'text',
      score,
      ...(where.at !== undefined ? { at: where.at + first.index } : {}),
    })
  }
  return candidates
}

/** The role's pay: the best-supported figure, or null when nothing reads as pay. */
export function resolveSalary(candidates: readonly Candidate<Salary>[]): Candidate<Salary> | null {
  return strongest(candidates)
}

/** A salary range in one line ("£70,000 - £85,000", "45k-60k €", "R$ 8.000 por mês"), or null. */
export function salaryIn(line: string, trusted: boolean): Candidate<Salary> | null {
  return resolveSalary(salaryCandidates(line, { trusted }))
}

/** Whether a short header segment states money ("€50k–€65k", "USD 90,000"). */
export function hasMoney(segment: string): boolean {
  for (const m of allMatches(NUMBER, segment)) {
    const before = segment.slice(Math.max(0, m.index - 40), m.index)
    const after = segment.slice(m.index + m[0].length, m.index + m[0].length + 40)
    if (currencyAtEnd(before) || currencyAtStart(after)) return true
  }
  return false
}
