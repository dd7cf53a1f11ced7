import type { Posting } from '../model/posting.ts'
import { compareNames } from './facet-order.ts'
import { facetValues } from './reference-engine.ts'
import { FACET_KEYS, type FacetKey } from './types.ts'

/**
 * One dictionary-encoded column of the board: its distinct values, and for each value the
 * rows (posting indices) that have it, ascending. What the build ships and the browser
 * loads; everything the engine needs is derived from columns without the postings.
 */
export type Column = { values: string[]; rows: Uint32Array[] }

/** The columns besides the facets: title, team and date feed text search and sorting. */
export const EXTRA_COLUMNS = ['title', 'team', 'posted'] as const
export type ColumnKey = FacetKey | (typeof EXTRA_COLUMNS)[number]
export const COLUMN_KEYS: readonly ColumnKey[] = [...FACET_KEYS, ...EXTRA_COLUMNS]

/** Office days a week per row: the number, REMOTE (remote roles pass any maximum), or NaN. */
export const REMOTE = -1

export type BoardColumns = {
  size: number
  columns: Record<ColumnKey, Column>
  officeDays: Float64Array
}

function columnValues(posting: Posting, key: ColumnKey): string[] {
  switch (key) {
    case 'title':
      return [posting.title]
    case 'team':
      return posting.team ? [posting.team] : []
    case 'posted':
      return posting.postedAt ? [posting.postedAt] : []
    default:
      return facetValues(posting, key)
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
  return { size: postings.length, columns, officeDays }
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
  return { size: a.size + b.size, columns, officeDays }
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
  }
}

export function decodeColumns(file: ColumnsFile): BoardColumns {
  const columns = {} as Record<ColumnKey, Column>
  for (const key of COLUMN_KEYS) {
    const { values, rows } = file.columns[key]
    columns[key] = { values, rows: rows.map(decodeDeltas) }
  }
  const officeDays = Float64Array.from(file.officeDays, (days) => days ?? NaN)
  return { size: file.size, columns, officeDays }
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
