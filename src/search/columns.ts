import type { Posting } from '../model/posting.ts'
import { yearlyPay } from '../model/pay.ts'
import { compareNames } from './facet-order.ts'
import { FACETS, FACET_KEYS, type FacetKey } from './facet-registry.ts'
import { completeness } from './row-facts.ts'

/**
 * One dictionary-encoded column of the board: its distinct values, and for each value the
 * rows (posting indices) that have it, ascending. What the build ships and the browser
 * loads; everything the engine needs is derived from columns without the postings.
 */
export type Column = { values: string[]; rows: Uint32Array[] }

/**
 * The columns besides the facets: title and team feed text search; the posting and
 * capture dates and the pay's currency feed sorting and the pay and date filters.
 */
export const EXTRA_COLUMNS = ['title', 'team', 'posted', 'captured', 'payCurrency'] as const
export type ColumnKey = FacetKey | (typeof EXTRA_COLUMNS)[number]
export const COLUMN_KEYS: readonly ColumnKey[] = [...FACET_KEYS, ...EXTRA_COLUMNS]

/**
 * Numeric columns, one number per row (NaN: not stated): the most a role pays in a year
 * in its own currency (`payCurrency`), and how much its record states (row-facts.ts).
 */
export const NUMBER_COLUMNS = ['pay', 'completeness'] as const
export type NumberKey = (typeof NUMBER_COLUMNS)[number]

function numberOf(posting: Posting, key: NumberKey): number {
  switch (key) {
    case 'pay':
      return yearlyPay(posting.salary) ?? NaN
    case 'completeness':
      return completeness(posting)
  }
}

/** Office days a week per row: the number, REMOTE (remote roles pass any maximum), or NaN. */
export const REMOTE = -1

export type BoardColumns = {
  size: number
  columns: Record<ColumnKey, Column>
  officeDays: Float64Array
  numbers: Record<NumberKey, Float64Array>
}

function columnValues(posting: Posting, key: ColumnKey): string[] {
  switch (key) {
    case 'title':
      return [posting.title]
    case 'team':
      return posting.team ? [posting.team] : []
    case 'posted':
      return posting.postedAt ? [posting.postedAt] : []
    case 'captured':
      return posting.source.capturedAt ? [posting.source.capturedAt] : []
    case 'payCurrency':
      return posting.salary ? [posting.salary.currency.toUpperCase()] : []
    default:
      return FACETS.find((facet) => facet.key === key)!.values(posting)
  }
}

/** Columns of `postings`, row i being postings[i]. */
export function columnsFromPostings(postings: readonly Posting[]): BoardColumns {
  const columns = {} as Record<ColumnKey, Column>
  for (const key of COLUMN_KEYS) {
    const idOf = new Map<string, number>()
    const values: string[] = []
    const rows: number[][] = []
    postings.forEach((posting, i) => {
      for (const value of new Set(columnValues(posting, key))) {
        let id = idOf.get(value)
        if (id === undefined) {
          id = values.length
          idOf.set(value, id)
          values.push(value)
          rows.push([])
        }
        rows[id]!.push(i)
      }
    })
    columns[key] = { values, rows: rows.map((list) => Uint32Array.from(list)) }
  }
  const officeDays = Float64Array.from(postings, (p) =>
    p.workMode === 'remote' ? REMOTE : (p.officeDaysPerWeek ?? NaN),
  )
  const numbers = {} as Record<NumberKey, Float64Array>
  for (const key of NUMBER_COLUMNS)
    numbers[key] = Float64Array.from(postings, (posting) => numberOf(posting, key))
  return { size: postings.length, columns, officeDays, numbers }
}

/** `a` followed by `b`: b's rows are numbered after a's, values shared by name. */
export function appendColumns(a: BoardColumns, b: BoardColumns): BoardColumns {
  if (b.size === 0) return a
  const columns = {} as Record<ColumnKey, Column>
  for (const key of COLUMN_KEYS) {
    const { values, rows } = a.columns[key]
    const idOf = new Map(values.map((value, id) => [value, id]))
    const outValues = values.slice()
    const outRows = rows.slice()
    b.columns[key].values.forEach((value, k) => {
      const shifted = b.columns[key].rows[k]!.map((row) => row + a.size)
      const id = idOf.get(value)
      if (id === undefined) {
        idOf.set(value, outValues.length)
        outValues.push(value)
        outRows.push(shifted)
      } else {
        const joined = new Uint32Array(outRows[id]!.length + shifted.length)
        joined.set(outRows[id]!)
        joined.set(shifted, outRows[id]!.length)
        outRows[id] = joined
      }
    })
    columns[key] = { values: outValues, rows: outRows }
  }
  const officeDays = new Float64Array(a.size + b.size)
  officeDays.set(a.officeDays)
  officeDays.set(b.officeDays, a.size)
  const numbers = {} as Record<NumberKey, Float64Array>
  for (const key of NUMBER_COLUMNS) {
    numbers[key] = new Float64Array(a.size + b.size)
    numbers[key].set(a.numbers[key])
    numbers[key].set(b.numbers[key], a.size)
  }
  return { size: a.size + b.size, columns, officeDays, numbers }
}

/** Each row's value id in a single-valued column (title, company, date), or -1. */
export function valueOfRow(column: Column, size: number): Int32Array {
  const of = new Int32Array(size).fill(-1)
  column.rows.forEach((rows, id) => {
    for (let k = 0; k < rows.length; k++) of[rows[k]!] = id
  })
  return of
}

// --- The shipped form: JSON, row lists delta-encoded (small numbers gzip well) ---

export type ColumnsFile = {
  size: number
  columns: Record<ColumnKey, { values: string[]; rows: number[][] }>
  /** Per row: days, -1 for remote, null when not stated. */
  officeDays: (number | null)[]
  /** Per numeric column, per row: the number, null when not stated. */
  numbers: Record<NumberKey, (number | null)[]>
}

export function encodeColumns(board: BoardColumns): ColumnsFile {
  const columns = {} as ColumnsFile['columns']
  for (const key of COLUMN_KEYS) {
    // Values in name order, so the browser need not sort them (facet-index.ts).
    const { values, rows } = board.columns[key]
    const order = Array.from(values.keys()).sort((a, b) => compareNames(values[a]!, values[b]!))
    columns[key] = {
      values: order.map((id) => values[id]!),
      rows: order.map((id) => encodeDeltas(rows[id]!)),
    }
  }
  return {
    size: board.size,
    columns,
    officeDays: Array.from(board.officeDays, (days) => (Number.isNaN(days) ? null : days)),
    numbers: Object.fromEntries(
      NUMBER_COLUMNS.map((key) => [
        key,
        Array.from(board.numbers[key], (n) => (Number.isNaN(n) ? null : n)),
      ]),
    ) as ColumnsFile['numbers'],
  }
}

export function decodeColumns(file: ColumnsFile): BoardColumns {
  const columns = {} as Record<ColumnKey, Column>
  for (const key of COLUMN_KEYS) {
    const { values, rows } = file.columns[key]
    columns[key] = { values, rows: rows.map(decodeDeltas) }
  }
  const officeDays = Float64Array.from(file.officeDays, (days) => days ?? NaN)
  const numbers = {} as Record<NumberKey, Float64Array>
  for (const key of NUMBER_COLUMNS)
    numbers[key] = Float64Array.from(file.numbers[key], (n) => n ?? NaN)
  return { size: file.size, columns, officeDays, numbers }
}

export function encodeDeltas(list: ArrayLike<number>): number[] {
  return Array.from(list, (row, k) => (k === 0 ? row : row - list[k - 1]!))
}

export function decodeDeltas(deltas: readonly number[]): Uint32Array {
  const list = new Uint32Array(deltas.length)
  let row = 0
  for (let k = 0; k < deltas.length; k++) list[k] = row += deltas[k]!
  return list
}
