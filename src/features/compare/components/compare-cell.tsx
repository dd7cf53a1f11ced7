import { TechLogo } from '@/components/tech-logo'
import { describeInterviewTime, formatMinutes } from '@/lib/hiring-process'
import type { CompareCell as Cell, StackShare } from '../lib/compare-rows'

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
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${SHARE_CLASS[share]}`}
    >
      {share === 'all' && (
        <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3 fill-none stroke-current">
          <path d="M2 6.5l2.5 2.5 5.5-6" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
      )}
      <TechLogo name={name} />
      {name}
      {note && <span className="font-normal text-muted">({note})</span>}
      <span className="sr-only">, {SHARE_TEXT[share]}</span>
    </span>
  )
}

export function CompareCellView({ cell }: { cell: Cell }) {
  switch (cell.kind) {
    case 'text':
      return cell.text === null ? <NotStated /> : <>{cell.text}</>
    case 'list':
      if (cell.items.length === 0) return <NotStated />
      return (
        <ul className="list-disc space-y-1 pl-4">
          {cell.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )
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
      return (
        <div className="space-y-2">
          <ol className="list-decimal space-y-1 pl-5">
            {summary.steps.map((step, index) => (
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
