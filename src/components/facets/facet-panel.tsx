import type { FilterState, StackMode } from '@/model/filters'
import { SENIORITIES, WORK_MODES } from '@/model/posting'
import type { FacetKey, FacetValue } from '@/search/types'
import {
  countryName,
  familyLabel,
  seniorityLabel,
  workModeLabel,
} from '@/components/postings/posting-format'
import { FacetGroup } from './facet-group'

export type FacetPanelProps = {
  /** Counts from the search engine, each computed over the other active filters. */
  facets: Record<FacetKey, FacetValue[]>
  filters: FilterState
  onToggle: (key: FacetKey, value: string) => void
  onStackModeChange: (mode: StackMode) => void
  onMaxOfficeDaysChange: (days: number | null) => void
}

const byOrder = (order: readonly string[]) => (values: FacetValue[]) =>
  [...values].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
const bySeniority = byOrder(SENIORITIES)
const byMode = byOrder(WORK_MODES)

/** Every facet of the board, as labelled checkbox groups. Props only: the page owns state. */
export function FacetPanel({
  facets,
  filters,
  onToggle,
  onStackModeChange,
  onMaxOfficeDaysChange,
}: FacetPanelProps) {
  return (
    <div className="space-y-4">
      <FacetGroup
        legend="Stack"
        values={facets.stack}
        selected={filters.stack}
        onToggle={(v) => onToggle('stack', v)}
        header={<StackModeSwitch mode={filters.stackMode} onChange={onStackModeChange} />}
      />
      <FacetGroup
        legend="Seniority"
        values={bySeniority(facets.seniority)}
        selected={filters.seniority}
        onToggle={(v) => onToggle('seniority', v)}
        format={seniorityLabel}
        initialCount={10}
      />
      <FacetGroup
        legend="Role family"
        values={facets.family}
        selected={filters.family}
        onToggle={(v) => onToggle('family', v)}
        format={familyLabel}
      />
      <FacetGroup
        legend="Location"
        values={facets.country}
        selected={filters.country}
        onToggle={(v) => onToggle('country', v)}
        sections={[
          {
            title: 'Country',
            values: facets.country,
            selected: filters.country,
            onToggle: (v) => onToggle('country', v),
            format: countryName,
          },
          {
            title: 'City',
            values: facets.city,
            selected: filters.city,
            onToggle: (v) => onToggle('city', v),
          },
        ]}
      />
      <FacetGroup
        legend="Work mode"
        values={byMode(facets.mode)}
        selected={filters.mode}
        onToggle={(v) => onToggle('mode', v)}
        format={workModeLabel}
        footer={<OfficeDaysSelect value={filters.maxOfficeDays} onChange={onMaxOfficeDaysChange} />}
      />
      <FacetGroup
        legend="Company"
        values={facets.company}
        selected={filters.company}
        onToggle={(v) => onToggle('company', v)}
      />
    </div>
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
