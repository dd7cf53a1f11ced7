import {
  ROLE_FAMILIES,
  SALARY_PERIODS,
  SECTION_KEYS,
  SENIORITIES,
  STACK_CATEGORIES,
  WORK_MODES,
} from '@/model/posting'
import { SECTION_LABELS } from '@/lib/posting-format'
import type { Draft, DraftField } from '../lib/draft'
import { Field, inputClass } from './field'

const smallButton =
  'rounded-md border border-line bg-surface px-2 py-1 text-xs font-medium text-ink hover:bg-raised'

type Notes = Partial<Record<DraftField, string[]>>

/** Every field of a parsed posting, editable, with the parser's warnings beside it. */
export function PostingEditor({
  draft,
  onChange,
  warnings,
  errors,
}: {
  draft: Draft
  onChange: (draft: Draft) => void
  warnings: Notes
  errors: Notes
}) {
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    onChange({ ...draft, [key]: value })
  const notes = (field: DraftField) => ({
    warnings: warnings[field] ?? [],
    errors: errors[field] ?? [],
  })
  const text = (
    field: Exclude<DraftField, 'salary' | `sections.${string}`>,
    label: string,
    hint?: string,
  ) => (
    <Field label={label} {...notes(field)} {...(hint ? { hint } : {})}>
      {(props) => (
        <input
          {...props}
          className={inputClass}
          value={draft[field] as string}
          onChange={(e) => set(field, e.target.value as never)}
        />
      )}
    </Field>
  )
  const choice = <K extends 'roleFamily' | 'seniority' | 'workMode'>(
    field: K,
    label: string,
    options: readonly Draft[K][],
    emptyLabel?: string,
  ) => (
    <Field label={label} {...notes(field)}>
      {(props) => (
        <select
          {...props}
          className={inputClass}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value as Draft[K])}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      )}
    </Field>
  )
  /** What the parser and validation said about a group of fields (locations, stack, salary). */
  const groupNotes = (field: 'locations' | 'stack' | 'salary', className = '') =>
    [...(warnings[field] ?? []), ...(errors[field] ?? [])].map((note) => (
      <p key={note} className={`rounded bg-warn-soft px-2 py-1 text-xs text-warn ${className}`}>
        {note}
      </p>
    ))
  const lines = (field: 'workPolicy' | 'remoteRegions' | 'spokenLanguages', label: string) => (
    <Field label={label} hint="One per line." {...notes(field)}>
      {(props) => (
        <textarea
          {...props}
          rows={2}
          className={inputClass}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  )

  return (
    <div className="flex flex-col gap-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Role</legend>
        {text('title', 'Title')}
        {text('company', 'Company')}
        {text('team', 'Team')}
        {choice('roleFamily', 'Role family', ROLE_FAMILIES)}
        {choice('seniority', 'Seniority', SENIORITIES, 'Not stated')}
        {text('postedAt', 'Posted on', 'A date such as 2026-11-20; leave empty if unknown.')}
        {text('sourceUrl', 'Link to the original posting', 'Must start with http:// or https://.')}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Where and how</legend>
        {choice('workMode', 'Work mode', WORK_MODES, 'Not stated')}
        <Field label="Office days per week" {...notes('officeDays')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={7}
              step={0.5}
              className={inputClass}
              value={draft.officeDays}
              onChange={(e) => set('officeDays', e.target.value)}
            />
          )}
        </Field>
        {lines('workPolicy', 'Work policy details')}
        {lines('remoteRegions', 'Remote hires may live in')}
        {lines('spokenLanguages', 'Spoken languages')}
        <div className="flex flex-col gap-2 sm:col-span-2">
          <p className="text-sm font-medium">Locations</p>
          {groupNotes('locations')}
          {draft.locations.map((location, index) => (
            <div
              key={index}
              role="group"
              aria-label={`Location ${index + 1}`}
              className="flex flex-wrap items-end gap-2"
            >
              {(['city', 'region', 'country'] as const).map((part) => (
                <label
                  key={part}
                  className="flex min-w-24 flex-1 flex-col gap-1 text-xs text-muted"
                >
                  {part === 'country'
                    ? 'Country (ISO code, e.g. ES)'
                    : part === 'city'
                      ? 'City'
                      : 'Region'}
                  <input
                    className={inputClass}
                    value={location[part]}
                    maxLength={part === 'country' ? 2 : undefined}
                    onChange={(e) =>
                      set(
                        'locations',
                        draft.locations.map((l, i) =>
                          i === index ? { ...l, [part]: e.target.value } : l,
                        ),
                      )
                    }
                  />
                </label>
              ))}
              <button
                type="button"
                className={smallButton}
                onClick={() =>
                  set(
                    'locations',
                    draft.locations.filter((_, i) => i !== index),
                  )
                }
              >
                Remove location {index + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className={`${smallButton} self-start`}
            onClick={() =>
              set('locations', [...draft.locations, { city: '', region: '', country: '' }])
            }
          >
            Add a location
          </button>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-base font-semibold">Stack</legend>
        {groupNotes('stack')}
        {draft.stack.map((item, index) => (
          <div
            key={index}
            role="group"
            aria-label={`Technology ${index + 1}`}
            className="flex flex-wrap items-end gap-2"
          >
            <label className="flex min-w-32 flex-1 flex-col gap-1 text-xs text-muted">
              Name
              <input
                className={inputClass}
                value={item.name}
                onChange={(e) =>
                  set(
                    'stack',
                    draft.stack.map((s, i) => (i === index ? { ...s, name: e.target.value } : s)),
                  )
                }
              />
            </label>
            <label className="flex flex-col gap-1 text-xs text-muted">
              Category
              <select
                className={inputClass}
                value={item.category}
                onChange={(e) =>
                  set(
                    'stack',
                    draft.stack.map((s, i) =>
                      i === index ? { ...s, category: e.target.value as typeof item.category } : s,
                    ),
                  )
                }
              >
                {STACK_CATEGORIES.map((category) => (
                  <option key={category}>{category}</option>
                ))}
              </select>
            </label>
            <label className="flex min-w-32 flex-1 flex-col gap-1 text-xs text-muted">
              Note
              <input
                className={inputClass}
                value={item.note}
                onChange={(e) =>
                  set(
                    'stack',
                    draft.stack.map((s, i) => (i === index ? { ...s, note: e.target.value } : s)),
                  )
                }
              />
            </label>
            <button
              type="button"
              className={smallButton}
              onClick={() =>
                set(
                  'stack',
                  draft.stack.filter((_, i) => i !== index),
                )
              }
            >
              Remove {item.name || `technology ${index + 1}`}
            </button>
          </div>
        ))}
        <button
          type="button"
          className={`${smallButton} self-start`}
          onClick={() => set('stack', [...draft.stack, { name: '', category: 'other', note: '' }])}
        >
          Add a technology
        </button>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-base font-semibold">Salary</legend>
        {groupNotes('salary', 'sm:col-span-4')}
        {(['salaryMin', 'salaryMax'] as const).map((field) => (
          <Field key={field} label={field === 'salaryMin' ? 'Minimum' : 'Maximum'}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                className={inputClass}
                value={draft[field]}
                onChange={(e) => set(field, e.target.value)}
              />
            )}
          </Field>
        ))}
        {text('salaryCurrency', 'Currency', 'ISO code, e.g. EUR.')}
        <Field label="Per">
          {(props) => (
            <select
              {...props}
              className={inputClass}
              value={draft.salaryPeriod}
              onChange={(e) => set('salaryPeriod', e.target.value as Draft['salaryPeriod'])}
            >
              {SALARY_PERIODS.map((period) => (
                <option key={period}>{period}</option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold">The posting’s text</legend>
        {SECTION_KEYS.map((key) => (
          <Field
            key={key}
            label={SECTION_LABELS[key]}
            hint="One point per line."
            {...notes(`sections.${key}`)}
          >
            {(props) => (
              <textarea
                {...props}
                rows={Math.min(8, Math.max(2, draft.sections[key].split('\n').length + 1))}
                className={inputClass}
                value={draft.sections[key]}
                onChange={(e) => set('sections', { ...draft.sections, [key]: e.target.value })}
              />
            )}
          </Field>
        ))}
      </fieldset>
    </div>
  )
}
