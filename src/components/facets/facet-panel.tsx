import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  POSTED_WINDOWS,
  type FilterState,
  type PostedWindow,
  type StackMode,
} from '@/model/filters'
import { FACETS, type FacetDef, type FacetKey } from '@/search/facet-registry'
import type { FacetValue, RangeCounts } from '@/search/types'
import { money } from '@/lib/posting-format'
import { FACET_VALUE_LABELS, PAY_FILTER_CURRENCIES, POSTED_LABELS } from './facet-labels'
import { FacetGroup } from './facet-group'

export type FacetPanelProps = {
  /** Counts from the search engine, each computed over the other active filters. */
  facets: Record<FacetKey, FacetValue[]>
  /** Counts of the pay and date filters; without them those groups show no counts. */
  ranges?: RangeCounts | undefined
  filters: FilterState
  onChange: (next: FilterState, options?: { replace?: boolean }) => void
}

/** Values of a fixed vocabulary read in its order (junior up), whatever the counts. */
function inVocabularyOrder(facet: FacetDef, values: FacetValue[]): FacetValue[] {
  const order = facet.vocabulary
  if (!order) return values
  return [...values].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
}

/** Facets sharing a legend are one group (Location: countries, then cities). */
function groupsByLegend(): FacetDef[][] {
  const groups = new Map<string, FacetDef[]>()
  for (const facet of FACETS) {
    const group = groups.get(facet.legend)
    if (group) group.push(facet)
    else groups.set(facet.legend, [facet])
  }
  return [...groups.values()]
}
const GROUPS = groupsByLegend()

const SECTION_TITLES: Partial<Record<FacetKey, string>> = { country: 'Country', city: 'City' }

/**
 * Every facet of the registry as a labelled group, plus the pay and date filters. Props
 * only: the page owns the state (the URL). Its controls are `autoComplete="off"`: the URL
 * restores them, and Chromium serialises every restorable control into the history entry
 * at each click's pushState (with the panel's 70-odd boxes, 0.9 rather than 0.3 ms a call).
 */
export function FacetPanel({ facets, ranges, filters, onChange }: FacetPanelProps) {
  // One toggle per facet for the panel's life, reading the filters of the last render: the
  // value checkboxes are memoised and keep the toggle they were given.
  const latest = useRef({ filters, onChange })
  useLayoutEffect(() => {
    latest.current = { filters, onChange }
  })
  const toggles = useMemo(
    () =>
      Object.fromEntries(
        FACETS.map((def) => [
          def.key,
          (value: string) => {
            const { filters, onChange } = latest.current
            const current = filters[def.key] as string[]
            const next = current.includes(value)
              ? current.filter((v) => v !== value)
              : [...current, value]
            onChange({ ...filters, [def.key]: next })
          },
        ]),
      ) as Record<FacetKey, (value: string) => void>,
    [],
  )
  const groups: ReactNode[] = []
  for (const defs of GROUPS) {
    const first = defs[0]!
    const sections = defs.map((def) => ({
      title: defs.length > 1 ? (SECTION_TITLES[def.key] ?? '') : '',
      values: inVocabularyOrder(def, facets[def.key]),
      selected: filters[def.key] as string[],
      onToggle: toggles[def.key],
      format: FACET_VALUE_LABELS[def.key],
    }))
    groups.push(
      <FacetGroup
        key={first.legend}
        legend={first.legend}
        values={sections[0]!.values}
        selected={sections[0]!.selected}
        onToggle={sections[0]!.onToggle}
        format={sections[0]!.format}
        initialCount={first.size}
        sections={defs.length > 1 ? sections : undefined}
        header={
          first.key === 'stack' ? (
            <StackModeSwitch
              mode={filters.stackMode}
              onChange={(stackMode) => onChange({ ...filters, stackMode })}
            />
          ) : first.key === 'workFrom' ? (
            <p className="mb-1 px-1.5 text-xs text-muted">
              Roles based there, and remote roles open to people living there.
            </p>
          ) : null
        }
        footer={
          first.key === 'mode' ? (
            <OfficeDaysSelect
              value={filters.maxOfficeDays}
              onChange={(maxOfficeDays) => onChange({ ...filters, maxOfficeDays })}
            />
          ) : null
        }
      />,
    )
    if (first.key === 'mode')
      groups.push(
        <SalaryGroup
          key="salary"
          filters={filters}
          onChange={onChange}
          stated={ranges?.payStated}
        />,
        <PostedGroup
          key="posted"
          value={filters.posted}
          counts={ranges?.posted}
          onChange={(posted) => onChange({ ...filters, posted })}
        />,
      )
  }
  return <div className="space-y-4">{groups}</div>
}

const fieldsetClass = 'min-w-0 border-t border-line pt-4 first:border-t-0 first:pt-0'
const legendClass =
  'float-left mb-2 w-full text-xs font-semibold uppercase tracking-wider text-muted'

function SalaryGroup({
  filters,
  onChange,
  stated,
}: {
  filters: FilterState
  onChange: FacetPanelProps['onChange']
  stated: number | undefined
}) {
  // The box keeps what is typed; the URL keeps whole amounts.
  const [draft, setDraft] = useState(filters.minSalary === null ? '' : String(filters.minSalary))
  const [synced, setSynced] = useState(filters.minSalary)
  if (synced !== filters.minSalary) {
    setSynced(filters.minSalary)
    setDraft(filters.minSalary === null ? '' : String(filters.minSalary))
  }
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Salary</legend>
      <div className="clear-both space-y-2 px-1.5 text-sm">
        <div className="flex gap-2">
          <label className="flex min-w-0 flex-1 flex-col gap-1 text-muted">
            Minimum a year
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={draft}
              placeholder="e.g. 60000"
              onChange={(e) => {
                const value = e.target.value
                setDraft(value)
                const digits = value.replace(/[\s,._']/g, '')
                if (digits === '') onChange({ ...filters, minSalary: null }, { replace: true })
                else if (/^\d{1,9}$/.test(digits) && Number(digits) > 0)
                  onChange({ ...filters, minSalary: Number(digits) }, { replace: true })
              }}
              className="h-9 w-full rounded-md border border-line bg-surface px-2 text-ink tabular-nums"
            />
          </label>
          <label className="flex flex-col gap-1 text-muted">
            Currency
            <select
              autoComplete="off"
              value={filters.currency}
              onChange={(e) => onChange({ ...filters, currency: e.target.value })}
              className="h-9 rounded-md border border-line bg-surface px-2 text-ink"
            >
              {PAY_FILTER_CURRENCIES.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="flex cursor-pointer items-start gap-2.5 rounded-md py-1 text-ink">
          <input
            type="checkbox"
            autoComplete="off"
            checked={filters.unstatedPay}
            onChange={(e) => onChange({ ...filters, unstatedPay: e.target.checked })}
            className="mt-0.5 size-4 shrink-0 accent-accent"
          />
          <span>Include roles that state no pay</span>
        </label>
        <p className="text-xs text-muted">
          {stated !== undefined
            ? `${stated} of these ${stated === 1 ? 'role states' : 'roles state'} pay. `
            : ''}
          Compared as yearly pay
          {filters.minSalary !== null ? ` (${money(filters.minSalary, filters.currency)})` : ''},
          converted at shipped exchange rates.
        </p>
      </div>
    </fieldset>
  )
}

function PostedGroup({
  value,
  counts,
  onChange,
}: {
  value: PostedWindow | null
  counts: RangeCounts['posted'] | undefined
  onChange: (posted: PostedWindow | null) => void
}) {
  const options: { window: PostedWindow | null; label: string }[] = [
    { window: null, label: 'Any time' },
    ...POSTED_WINDOWS.map((window) => ({ window, label: POSTED_LABELS[window] })),
  ]
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Posted</legend>
      <ul className="clear-both space-y-0.5">
        {options.map((option) => {
          const checked = value === option.window
          const count = option.window && counts ? counts[option.window] : null
          return (
            <li key={option.label}>
              <label className="flex cursor-pointer items-start gap-2.5 rounded-md px-1.5 py-1 text-sm text-ink hover:bg-raised has-[:focus-visible]:bg-raised">
                <input
                  type="radio"
                  name="posted"
                  autoComplete="off"
                  checked={checked}
                  onChange={() => onChange(option.window)}
                  className="mt-0.5 size-4 shrink-0 accent-accent"
                />
                <span className={checked ? 'font-medium' : ''}>
                  {option.label}
                  {count !== null ? (
                    <span className="tabular-nums text-muted"> ({count})</span>
                  ) : null}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

function StackModeSwitch({
  mode,
  onChange,
}: {
  mode: StackMode
  onChange: (mode: StackMode) => void
}) {
  const options: { value: StackMode; label: string; hint: string }[] = [
    { value: 'all', label: 'All', hint: 'Roles using every selected technology' },
    { value: 'any', label: 'Any', hint: 'Roles using at least one selected technology' },
  ]
  return (
    <div
      role="radiogroup"
      aria-label="Stack match"
      className="mb-2 flex items-center gap-2 text-sm"
    >
      <span aria-hidden="true" className="text-muted">
        Match
      </span>
      <div className="inline-flex rounded-lg border border-line bg-raised p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            title={option.hint}
            className={`cursor-pointer rounded-md px-2.5 py-0.5 font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${
              mode === option.value ? 'bg-surface text-ink shadow-sm' : 'text-muted hover:text-ink'
            }`}
          >
            <input
              type="radio"
              name="stack-mode"
              autoComplete="off"
              value={option.value}
              checked={mode === option.value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  )
}

function OfficeDaysSelect({
  value,
  onChange,
}: {
  value: number | null
  onChange: (days: number | null) => void
}) {
  return (
    <label className="mt-2 flex flex-col gap-1 text-sm text-muted">
      Maximum office days a week
      <select
        autoComplete="off"
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        className="h-9 rounded-md border border-line bg-surface px-2 text-ink"
      >
        <option value="">Any</option>
        {[0, 1, 2, 3, 4, 5].map((days) => (
          <option key={days} value={days}>
            {days === 0 ? 'None (remote)' : days === 1 ? 'At most 1 day' : `At most ${days} days`}
          </option>
        ))}
      </select>
    </label>
  )
}
