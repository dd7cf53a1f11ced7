import { lazy, Suspense, useId, useMemo, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { useBoard, useBoardText, useCards } from '@/data/use-board'
import { countryName, money, seniorityLabel, workModeLabel } from '@/lib/posting-format'
import { useUrlFilters } from '@/lib/use-url-filters'
import { EUR_RATES } from '@/model/exchange-rates'
import type { Seniority, WorkMode } from '@/model/posting'
import {
  countAmong,
  payBySeniority,
  payByStack,
  rowMask,
  type Count,
  type PayGroup,
} from '../lib/insights'
import { BarChart, type Bar } from './bar-chart'

// d3-geo and the atlas load only when the map is drawn.
const RolesMap = lazy(async () => ({ default: (await import('./roles-map')).RolesMap }))

/** Pay needs each role's card; past this many roles in view the page asks to narrow it. */
export const PAY_ROW_LIMIT = 2000
const TOP_STACK = 15
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'PLN', 'SEK', 'CAD', 'AUD'].filter(
  (code) => code in EUR_RATES,
)

const roles = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'role' : 'roles'}`

/** Pay medians to the nearest thousand: the figures summarise, they do not quote. */
const roundMoney = (amount: number, currency: string) =>
  money(Math.round(amount / 1000) * 1000, currency)

function payBars(groups: PayGroup[], currency: string, label: (key: string) => string): Bar[] {
  return groups.map((group) => ({
    key: group.key,
    label: label(group.key),
    value: group.median,
    display: roundMoney(group.median, currency),
    range:
      group.count > 1
        ? {
            low: group.low,
            high: group.high,
            display: `${roundMoney(group.low, currency)}–${roundMoney(group.high, currency)}, ${roles(group.count)}`,
          }
        : { low: group.median, high: group.median, display: roles(1) },
  }))
}

export function InsightsPage() {
  const { filters, notes, setFilters } = useUrlFilters()
  const { search } = useLocation()
  const { board, error } = useBoard()
  const { text } = useBoardText(board, filters.q)
  const result = useMemo(() => board?.engine.search(filters, text), [board, filters, text])
  const [currency, setCurrency] = useState('EUR')
  const currencyId = useId()

  const columns = board?.engine.index.columns
  const mask = useMemo(
    () => (result && columns ? rowMask(columns.size, result.rows) : null),
    [result, columns],
  )
  const count = (key: 'stack' | 'mode' | 'country' | 'seniority'): Count[] =>
    columns && mask ? countAmong(columns.columns[key], mask) : []
  const rows = useMemo(
    () => (result && result.total <= PAY_ROW_LIMIT ? Array.from(result.rows) : []),
    [result],
  )
  const cards = useCards(board, rows)

  if (error) return <p role="alert">The board could not be loaded: {error.message}</p>
  if (!result)
    return (
      <p role="status" className="px-4 py-6">
        Loading the board…
      </p>
    )

  const total = result.total
  const stack = count('stack').slice(0, TOP_STACK)
  const modes = count('mode')
  const stated = modes.reduce((sum, mode) => sum + mode.count, 0)
  const countries = count('country')
  const payTooMany = total > PAY_ROW_LIMIT

  const addStack = (name: string) =>
    setFilters({ ...filters, stack: [...new Set([...filters.stack, name])] })

  return (
    <div className="mx-auto max-w-7xl space-y-5 px-4 py-6 sm:px-6">
      <title>Insights · Roleboard</title>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Insights</h1>
        <p className="text-sm text-muted">
          <strong className="text-ink">{roles(total)}</strong> in this view.{' '}
          <Link to={{ pathname: '/', search }} className="text-accent underline underline-offset-2">
            See them on the board
          </Link>
        </p>
      </div>
      {notes.length > 0 && (
        <ul
          aria-label="Notes about this link"
          className="rounded-lg bg-warn-soft px-4 py-2 text-sm text-warn"
        >
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="grid gap-5 lg:grid-cols-2">
        <BarChart
          title="Most demanded technologies"
          columns={['Technology', 'Roles']}
          bars={stack.map((item) => ({
            key: item.value,
            label: item.value,
            value: item.count,
            display: roles(item.count),
            ...(filters.stack.includes(item.value)
              ? {}
              : {
                  onSelect: () => addStack(item.value),
                  selectLabel: `${item.value}: ${roles(item.count)}. Add to the filters`,
                }),
          }))}
          note="Choose a technology to add it to the filters."
          empty="No role in this view names a technology."
        />
        <BarChart
          title="Work mode"
          columns={['Work mode', 'Roles']}
          bars={[
            ...modes.map((mode) => ({
              key: mode.value,
              label: workModeLabel(mode.value as WorkMode) ?? mode.value,
              value: mode.count,
              display: roles(mode.count),
            })),
            ...(total - stated > 0
              ? [
                  {
                    key: 'none',
                    label: 'Not stated',
                    value: total - stated,
                    display: roles(total - stated),
                  },
                ]
              : []),
          ]}
          empty="No roles in this view."
        />
      </div>
      <section className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={currencyId} className="text-sm font-medium">
            Pay in
          </label>
          <select
            id={currencyId}
            value={currency}
            onChange={(event) => setCurrency(event.target.value)}
            className="rounded-md border border-line bg-surface px-2 py-1 text-sm"
          >
            {CURRENCIES.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
          <p className="text-xs text-muted">
            Yearly, the middle of each stated range; other currencies converted with the rates
            shipped with the board.
          </p>
        </div>
        {payTooMany ? (
          <p className="rounded-lg border border-line bg-surface p-4 text-sm">
            Pay is worked out from each role; narrow the view to{' '}
            {PAY_ROW_LIMIT.toLocaleString('en')} roles or fewer to see it.
          </p>
        ) : !cards ? (
          <p role="status" className="text-sm text-muted">
            Loading pay…
          </p>
        ) : (
          <div className="grid gap-5 lg:grid-cols-2">
            <BarChart
              title="Pay by seniority"
              columns={['Seniority', 'Median yearly pay']}
              bars={payBars(
                payBySeniority(cards, currency),
                currency,
                (key) => seniorityLabel(key as Seniority) ?? key,
              )}
              note={`Median, with the middle half of the roles behind it. ${roles(cards.filter((card) => card.salary).length)} of ${total} state pay.`}
              empty="No role in this view states both pay and seniority."
            />
            <BarChart
              title="Pay by technology"
              columns={['Technology', 'Median yearly pay']}
              bars={payBars(payByStack(cards, currency), currency, (key) => key)}
              note="Technologies named by at least two roles that state pay."
              empty="Too few roles in this view state pay to compare technologies."
            />
          </div>
        )}
      </section>
      <section
        aria-labelledby="where-heading"
        className="rounded-xl border border-line bg-surface p-4 sm:p-5"
      >
        <h2 id="where-heading" className="text-lg font-semibold tracking-tight">
          Where the roles are
        </h2>
        {countries.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No role in this view names a country.</p>
        ) : (
          <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,1fr)_16rem]">
            <Suspense fallback={<div className="aspect-[2/1] w-full rounded bg-raised" />}>
              <RolesMap counts={countries} />
            </Suspense>
            <table className="w-full self-start text-sm">
              <caption className="sr-only">Roles by country</caption>
              <thead>
                <tr className="border-b border-line text-left text-xs uppercase tracking-wide text-muted">
                  <th scope="col" className="py-1 font-medium">
                    Country
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    Roles
                  </th>
                </tr>
              </thead>
              <tbody>
                {countries.map((country) => (
                  <tr key={country.value} className="border-b border-line/60 last:border-0">
                    <th scope="row" className="py-1 text-left font-normal">
                      {countryName(country.value)}
                    </th>
                    <td className="py-1 text-right tabular-nums">{country.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-2 text-xs text-muted">
          By the countries the postings name; a role in two countries counts in both. Map: Natural
          Earth via world-atlas, drawn in your browser.
        </p>
      </section>
    </div>
  )
}
