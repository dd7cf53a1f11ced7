import { useId, type ReactNode } from 'react'

export const inputClass =
  'w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink placeholder:text-muted'

/**
 * One labelled form field with what the parser said about it (warnings) and what
 * validation found (errors) beside it, both tied to the control for screen readers.
 */
export function Field({
  label,
  warnings = [],
  errors = [],
  hint,
  children,
}: {
  label: string
  warnings?: string[]
  errors?: string[]
  hint?: string
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode
}) {
  const id = useId()
  const notesId = `${id}-notes`
  const hasNotes = warnings.length > 0 || errors.length > 0 || hint
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {children({
        id,
        ...(hasNotes ? { 'aria-describedby': notesId } : {}),
        ...(errors.length ? { 'aria-invalid': true as const } : {}),
      })}
      {hasNotes && (
        <div id={notesId} className="flex flex-col gap-1 text-xs">
          {hint && <p className="text-muted">{hint}</p>}
          {warnings.map((warning) => (
            <p key={warning} className="rounded bg-warn-soft px-2 py-1 text-warn">
              <span className="font-semibold">Parser: </span>
              {warning}
            </p>
          ))}
          {errors.map((error) => (
            <p key={error} className="font-medium text-warn">
              <span aria-hidden="true">⚠ </span>
              {error}
            </p>
          ))}
        </div>
      )}
    </div>
  )
}
