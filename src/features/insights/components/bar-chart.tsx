import { useId } from 'react'

export type Bar = {
  key: string
  label: string
  value: number
  /** The figure as written beside the bar and in the table ("12 roles", "€72,000"). */
  display: string
  /** A range drawn faintly behind the bar (pay: the middle half of the roles). */
  range?: { low: number; high: number; display: string }
  /** Makes the bar a button ("Add Kubernetes to the filters"). */
  onSelect?: () => void
  selectLabel?: string
}

type Props = {
  title: string
  /** What the table's columns are called ("Technology", "Roles"). */
  columns: [string, string]
  bars: Bar[]
  /** Note under the chart: what was counted, what was left out. */
  note?: React.ReactNode
  empty: string
}

/**
 * Horizontal bars in the theme's colours, with the same figures as a table behind them:
 * the bars are hidden from screen readers (except those that are buttons, which name
 * their figure), the table is read instead.
 */
export function BarChart({ title, columns, bars, note, empty }: Props) {
  const id = useId()
  const max = Math.max(0, ...bars.map((bar) => bar.range?.high ?? bar.value))
  const share = (value: number) => `${max > 0 ? (value / max) * 100 : 0}%`
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h2 id={id} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      {bars.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <>
          <ul
            className="mt-3 space-y-1.5"
            aria-hidden={bars.some((bar) => bar.onSelect) ? undefined : true}
          >
            {bars.map((bar) => {
              const content = (
                <>
                  <span className="w-28 shrink-0 truncate text-left text-sm sm:w-40">
                    {bar.label}
                  </span>
                  <span className="relative h-5 flex-1 rounded bg-raised">
                    {bar.range && (
                      <span
                        className="absolute inset-y-0 rounded bg-accent-soft"
                        style={{
                          left: share(bar.range.low),
                          width: `calc(${share(bar.range.high)} - ${share(bar.range.low)})`,
                        }}
                      />
                    )}
                    <span
                      className="absolute inset-y-1 left-0 rounded bg-accent"
                      style={{ width: share(bar.value) }}
                    />
                  </span>
                  <span className="w-24 shrink-0 text-right text-sm tabular-nums text-muted">
                    {bar.display}
                  </span>
                </>
              )
              return (
                <li key={bar.key}>
                  {bar.onSelect ? (
                    <button
                      type="button"
                      onClick={bar.onSelect}
                      aria-label={bar.selectLabel}
                      className="flex w-full items-center gap-3 rounded-md px-1 py-0.5 hover:bg-raised"
                    >
                      {content}
                    </button>
                  ) : (
                    <div className="flex items-center gap-3 px-1 py-0.5">{content}</div>
                  )}
                </li>
              )
            })}
          </ul>
          {note && <p className="mt-3 text-xs text-muted">{note}</p>}
          <table className="sr-only">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{columns[0]}</th>
                <th scope="col">{columns[1]}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.key}>
                  <th scope="row">{bar.label}</th>
                  <td>
                    {bar.display}
                    {bar.range && ` (middle half ${bar.range.display})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
