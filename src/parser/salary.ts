import type { Salary } from '../model/posting.ts'
import {
  CURRENCY_HINT,
  DECIMAL_CENTS,
  DIGIT_SEPARATORS,
  GROUPED_THOUSANDS,
  THOUSANDS_SEPARATOR,
  MONEY_RANGE,
  NOT_SALARY_AFTER,
  NOT_SALARY_BEFORE,
  SALARY_CONTEXT,
  SALARY_PERIOD,
  SALARY_UP_TO_BEFORE,
  SYMBOL_CURRENCY,
} from './patterns.ts'
import type { Fact } from './types.ts'

function amount(text: string | undefined, suffix: string | undefined): number | null {
  if (!text) return null
  let digits = text
  if (GROUPED_THOUSANDS.test(text)) {
    digits =
      DECIMAL_CENTS.test(text) && /,/.test(text)
        ? text.replace(DIGIT_SEPARATORS, '')
        : text.replace(THOUSANDS_SEPARATOR, '')
  }
  const value = Number(digits.replace(DIGIT_SEPARATORS, ''))
  if (!Number.isFinite(value)) return null
  return /k/i.test(suffix ?? '') ? value * 1000 : value
}

function periodFor(after: string, high: number): Salary['period'] {
  for (const [pattern, period] of SALARY_PERIOD) if (pattern.test(after)) return period
  if (high >= 15000) return 'year'
  if (high >= 1500) return 'month'
  if (high >= 150) return 'day'
  return 'hour'
}

/** A salary range in one line ("£70,000 - £85,000", "$150k–$180k", "€600/day"), or null. */
export function salaryIn(line: string, trusted: boolean): Fact<Salary> | null {
  if (!/\d/.test(line) || !CURRENCY_HINT.test(line)) return null
  if (!trusted && !SALARY_CONTEXT.test(line)) return null
  MONEY_RANGE.lastIndex = 0
  for (const m of line.matchAll(MONEY_RANGE)) {
    const [whole, symbol, codeBefore, first, k1, plus, second, k2, codeAfter] = m
    const currency = codeAfter ?? codeBefore ?? (symbol ? SYMBOL_CURRENCY[symbol] : undefined)
    if (!currency || !first) continue
    if (/m/i.test(k1 ?? '') || /m/i.test(k2 ?? '')) continue
    const before = line.slice(Math.max(0, m.index - 40), m.index)
    const after = line.slice(m.index + whole.length)
    if (NOT_SALARY_AFTER.test(after) || NOT_SALARY_BEFORE.test(before)) continue
    let low = amount(first, k1 ?? (second && k2 && Number(first) < 1000 ? k2 : undefined))
    let high = second ? amount(second, k2) : null
    if (low === null) continue
    if (low < 5 || (high !== null && high < 5)) continue
    if (high !== null && high < low) [low, high] = [high, low]
    let min: number | null = low
    let max: number | null = high ?? (plus ? null : low)
    if (!second && SALARY_UP_TO_BEFORE.test(before)) {
      min = null
      max = low
    }
    const period = periodFor(after, max ?? min ?? 0)
    return {
      value: { min, max, currency, period },
      raw: whole.trim(),
      from: trusted ? 'job-board header' : 'text',
    }
  }
  return null
}
