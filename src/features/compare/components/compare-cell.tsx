import { TechLogo } from '@/components/tech-logo'
import { describeInterviewTime, formatMinutes } from '@/lib/hiring-process'
import { FOLDED_ITEMS, type CompareCell as Cell, type StackShare } from '../lib/compare-rows'

const SHARE_TEXT: Record<StackShare, string> = {
  all: 'in all roles',
  some: 'in some roles',
  one: 'only this role',
}

const SHARE_CLASS: Record<StackShare, string> = {
  all: 'border-ok bg-ok-soft text-ok font-semibold',
  some: 'border-accent bg-accent-soft text-ink',
  one: 'border-line bg-surface text-ink',
}

function NotStated({ children = 'Not stated' }: { children?: string }) {
  return <span className="italic text-muted">{children}</span>
}

export function StackShareChip({
  name,
  note,
  share,
}: {
  name: string
  note?: string
  share: StackShare
}) {
  return (
    <span
      // max-w-full and a breakable name: two columns on a phone are narrower than a long name.
      className={`inline-flex max-w-full items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${SHARE_CLASS[share]}`}
    >
      {share === 'all' && (
        <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3 fill-none stroke-current">
          <path d="M2 6.5l2.5 2.5 5.5-6" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
      )}
      <TechLogo name={name} />
      <span className="min-w-0 [overflow-wrap:anywhere]">{name}</span>
      {note && <span className="font-normal text-muted">({note})</span>}
      <span className="sr-only">, {SHARE_TEXT[share]}</span>
    </span>
  )
}

function More({ hidden }: { hidden: number }) {
  if (hidden <= 0) return null
  return (
    <p className="mt-1 text-xs text-muted">
      {hidden} more {hidden === 1 ? 'line' : 'lines'}
    </p>
  )
}

/** `folded`: a long section shows its first lines only (the row header unfolds it). */
export function CompareCellView({ cell, folded = false }: { cell: Cell; folded?: boolean }) {
  switch (cell.kind) {
    case 'text':
      return cell.text === null ? <NotStated /> : <>{cell.text}</>
    case 'list': {
      if (cell.items.length === 0) return <NotStated />
      const shown = folded ? cell.items.slice(0, FOLDED_ITEMS) : cell.items
      return (
        <>
          <ul className="list-disc space-y-1 pl-4">
            {shown.map((item, index) => (
              <li key={index}>
                {/* Clamped inside the item, so the item keeps its bullet. */}
                <span className={folded ? 'line-clamp-3' : undefined}>{item}</span>
              </li>
            ))}
          </ul>
          <More hidden={cell.items.length - shown.length} />
        </>
      )
    }
    case 'stack':
      if (cell.items.length === 0) return <NotStated>None listed</NotStated>
      return (
        <ul className="flex flex-wrap gap-1.5">
          {cell.items.map((item) => (
            <li key={item.name}>
              <StackShareChip {...item} />
            </li>
          ))}
        </ul>
      )
    case 'hiring': {
      const { summary } = cell
      if (summary.steps.length === 0) return <NotStated />
      const steps = folded ? summary.steps.slice(0, FOLDED_ITEMS) : summary.steps
      return (
        <div className="space-y-2">
          <ol className="list-decimal space-y-1 pl-5">
            {steps.map((step, index) => (
              <li key={index}>
                {step.text}
                {step.minutes !== null && (
                  <span className="ml-1 whitespace-nowrap rounded bg-raised px-1.5 text-xs text-muted">
                    {formatMinutes(step.minutes)}
                  </span>
                )}
              </li>
            ))}
          </ol>
          <More hidden={summary.steps.length - steps.length} />
          <p className="font-medium">Interview time: {describeInterviewTime(summary)}</p>
        </div>
      )
    }
    case 'warning':
      return cell.present ? (
        <span className="text-warn">
          <span aria-hidden="true">⚠ </span>
          {cell.text}
        </span>
      ) : (
        <NotStated>Not raised</NotStated>
      )
  }
}
