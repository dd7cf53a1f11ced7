import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { BoardReport } from '@/model/board-report'
import { boardReportQuery } from '../api/board-report-query'

const number = new Intl.NumberFormat('en-US')
const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** "About this board": when it was built, from how many files, and every file left out. */
export function AboutPage() {
  const report = useQuery(boardReportQuery())
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8 px-4 pt-6 pb-16 sm:px-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">About this board</h1>
        <p className="text-sm text-muted">
          Every role here was parsed from a posting file when the board was built. This page says
          what went in, and what was left out and why.
        </p>
      </header>
      {report.isError ? (
        <p role="alert" className="text-warn">
          The build report could not be loaded: {report.error.message}
        </p>
      ) : !report.data ? (
        <p className="text-muted">Loading…</p>
      ) : (
        <ReportView report={report.data} />
      )}
    </div>
  )
}

function ReportView({ report }: { report: BoardReport }) {
  const facts: [string, string][] = [
    ['Files', number.format(report.files)],
    ['Postings', number.format(report.postings)],
    ['Merged', number.format(report.merged)],
    ['Skipped', number.format(report.skipped.length)],
  ]
  return (
    <>
      <section aria-labelledby="build-heading" className="flex flex-col gap-3">
        <h2 id="build-heading" className="text-xl font-semibold">
          The build
        </h2>
        <p>
          Built on{' '}
          <time dateTime={report.builtAt} className="font-medium">
            {when.format(new Date(report.builtAt))} UTC
          </time>
          .
        </p>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {facts.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-line bg-surface p-3">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">
          Files are the posting files found; a role posted in several files (same company, title and
          places) is one posting that keeps every source, counted as merged.
        </p>
      </section>

      <section aria-labelledby="skipped-heading" className="flex flex-col gap-3">
        <h2 id="skipped-heading" className="text-xl font-semibold">
          Files left out ({number.format(report.skipped.length)})
        </h2>
        {report.skipped.length === 0 ? (
          <p className="text-muted">None: every posting file is on the board.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-line">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Posting files the board was built without</caption>
              <thead className="bg-raised">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    File
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    Reason
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.skipped.map((skipped) => (
                  <tr key={skipped.file} className="border-t border-line align-top">
                    <td className="px-3 py-2 font-mono text-xs break-words">{skipped.file}</td>
                    <td className="px-3 py-2">{skipped.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {report.merges.length > 0 && (
        <section aria-labelledby="merged-heading" className="flex flex-col gap-3">
          <h2 id="merged-heading" className="text-xl font-semibold">
            Roles found in several files ({number.format(report.merges.length)})
          </h2>
          <ul className="flex flex-col gap-2">
            {report.merges.map((merge) => (
              <li key={merge.id} className="text-sm">
                <Link
                  to={`/jobs/${encodeURIComponent(merge.id)}`}
                  className="font-medium text-accent underline underline-offset-2"
                >
                  {merge.id}
                </Link>
                <span className="text-muted">: </span>
                <span className="font-mono text-xs break-words">{merge.files.join(', ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
