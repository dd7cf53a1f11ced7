import { memo, useId, useState, type ReactNode } from 'react'
import type { FacetValue } from '@/search/types'
import { highlightParts } from '@/search/highlight'

export type FacetGroupProps = {
  /** The group's accessible name ("Stack", "Seniority" ...). */
  legend: string
  values: FacetValue[]
  selected: readonly string[]
  onToggle: (value: string) => void
  /** How a value is shown ("ES" -> "Spain"); the value itself by default. */
  format?: ((value: string) => string) | undefined
  /** Values shown before "Show all". */
  initialCount?: number | undefined
  /** Controls shown under the legend (e.g. the stack all/any switch). */
  header?: ReactNode
  /** Controls shown after the values (e.g. maximum office days). */
  footer?: ReactNode
  /** Optional subsets in order, e.g. Location shows countries, then cities. */
  sections?: {
    title: string
    values: FacetValue[]
    selected: readonly string[]
    onToggle: (value: string) => void
    format?: (value: string) => string
  }[]
}

/**
 * A `group` named by its legend; each value is a checkbox labelled "Python (2)". Values
 * no posting would match are hidden unless they are selected.
 */
export function FacetGroup({
  legend,
  values,
  selected,
  onToggle,
  format,
  initialCount = 8,
  header,
  footer,
  sections,
}: FacetGroupProps) {
  const parts = sections ?? [{ title: '', values, selected, onToggle, format }]
  return (
    <fieldset className="min-w-0 border-t border-line pt-4 first:border-t-0 first:pt-0">
      <legend className="float-left mb-2 w-full text-xs font-semibold uppercase tracking-wider text-muted">
        {legend}
      </legend>
      <div className="clear-both">
        {header}
        {parts.every(
          (part) => !part.values.some((v) => v.count > 0 || part.selected.includes(v.value)),
        ) ? (
          <p className="px-1.5 text-sm text-muted">None among these roles</p>
        ) : null}
        {parts.map((part, i) => (
          <FacetValues
            key={part.title || `${legend}-${i}`}
            {...part}
            legend={legend}
            initialCount={initialCount}
          />
        ))}
        {footer}
      </div>
    </fieldset>
  )
}

function FacetValues({
  title,
  legend,
  values,
  selected,
  onToggle,
  format = (v) => v,
  initialCount,
}: {
  title: string
  legend: string
  values: FacetValue[]
  selected: readonly string[]
  onToggle: (value: string) => void
  format?: ((value: string) => string) | undefined
  initialCount: number
}) {
  const [expanded, setExpanded] = useState(false)
  const [filter, setFilter] = useState('')
  const listId = useId()
  const visible = values.filter((v) => v.count > 0 || selected.includes(v.value))
  if (visible.length === 0) return null
  const filtered =
    expanded && filter
      ? visible.filter((v) => highlightParts(format(v.value), filter).some((p) => p.match))
      : visible
  // Collapsed, the top values show, plus any selected value further down the list.
  const shown = expanded
    ? filtered
    : visible.filter((v, i) => i < initialCount || selected.includes(v.value))
  const more = visible.length - shown.length
  const name = title ? `${legend} ${title.toLowerCase()}` : legend

  return (
    <div className="mb-2">
      {title ? <p className="mb-1 text-xs font-medium text-muted">{title}</p> : null}
      {expanded && visible.length > 15 ? (
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label={`Filter ${name} values`}
          placeholder={`Filter ${name.toLowerCase()}…`}
          className="mb-2 h-8 w-full rounded-md border border-line bg-surface px-2 text-sm text-ink placeholder:text-muted"
        />
      ) : null}
      <ul
        id={listId}
        className={expanded ? 'max-h-72 space-y-0.5 overflow-y-auto pr-1' : 'space-y-0.5'}
      >
        {shown.map((v) => (
          <FacetOption
            key={v.value}
            value={v.value}
            label={format(v.value)}
            count={v.count}
            checked={selected.includes(v.value)}
            onToggle={onToggle}
          />
        ))}
      </ul>
      {more > 0 || expanded ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => {
            setExpanded(!expanded)
            setFilter('')
          }}
          className="mt-1 rounded-md px-1.5 py-1 text-sm font-medium text-accent hover:underline"
        >
          {expanded ? 'Show fewer' : `Show all ${visible.length}`}
          <span className="sr-only"> {name} values</span>
        </button>
      ) : null}
    </div>
  )
}

/**
 * One value's checkbox. Memoised: a click changes the counts of a few values and the state
 * of one box, and React re-applies every re-rendered input's type and name to the DOM
 * (hundreds of attribute writes a click over the whole panel), so unchanged values stay as
 * they are. `onToggle` must be stable (FacetPanel's is).
 */
const FacetOption = memo(function FacetOption({
  value,
  label,
  count,
  checked,
  onToggle,
}: {
  value: string
  label: string
  count: number
  checked: boolean
  onToggle: (value: string) => void
}) {
  return (
    <li>
      <label className="flex cursor-pointer items-start gap-2.5 rounded-md px-1.5 py-1 text-sm text-ink hover:bg-raised has-[:focus-visible]:bg-raised">
        {/* autoComplete off: the URL owns the box's state, and Chromium saves every box
            that may be restored into the history entry each click's pushState leaves. */}
        <input
          type="checkbox"
          autoComplete="off"
          checked={checked}
          onChange={() => onToggle(value)}
          className="mt-0.5 size-4 shrink-0 accent-accent"
        />
        <span className={`min-w-0 break-words ${checked ? 'font-medium' : ''}`}>
          {label} <span className="tabular-nums text-muted">({count})</span>
        </span>
      </label>
    </li>
  )
})
