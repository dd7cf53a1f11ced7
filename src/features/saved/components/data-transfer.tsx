import { useQueryClient } from '@tanstack/react-query'
import { useId, useMemo, useRef, useState } from 'react'
import { boardIdsQuery } from '@/data/board-files-query'
import { downloadFile, exportFileName } from '@/lib/download'
import type { PostingCard } from '@/model/board-files'
import { getAppStore } from '@/storage/app-store'
import { useBookmarks } from '@/storage/hooks'
import { buildExport } from '@/storage/export'
import { megabytes, runImport, type ImportProgress, type ImportReport } from '@/storage/transfer'
import { bookmarksToCsv } from '../lib/csv'
import { validateInWorker } from '../lib/validate-in-worker'

/** localStorage holds about 10 MB in all; a file many times that is refused before reading. */
const MAX_IMPORT_BYTES = 50_000_000
const button =
  'rounded-md border border-line bg-surface px-3 py-2 text-sm font-medium text-ink hover:bg-raised'

/** Everything out as one JSON file (or bookmarks as CSV), and a file back in, merged. */
export function DataTransfer({ postingsById }: { postingsById: ReadonlyMap<string, PostingCard> }) {
  const queryClient = useQueryClient()
  const inputId = useId()
  const bookmarks = useBookmarks()
  const list = useMemo(() => [...bookmarks.values()], [bookmarks])
  const [outcome, setOutcome] = useState<
    { ok: true; file: string; report: ImportReport } | { ok: false; message: string } | null
  >(null)
  const [progress, setProgress] = useState<(ImportProgress & { file: string }) | null>(null)
  const running = useRef<AbortController | null>(null)

  async function importFile(file: File) {
    if (running.current) return
    setOutcome(null)
    if (file.size > MAX_IMPORT_BYTES)
      return setOutcome({
        ok: false,
        message: `Nothing was imported from “${file.name}”: it is ${megabytes(file.size / 2)}, more than a browser keeps for one site (at most ${megabytes(MAX_IMPORT_BYTES / 2)} is read).`,
      })
    const controller = new AbortController()
    running.current = controller
    setProgress({ file: file.name, phase: 'checking', done: 0, total: 0 })
    try {
      // A file chosen while the board is still loading waits for it rather than being refused.
      const bundledIds = new Set(await queryClient.ensureQueryData(boardIdsQuery()))
      const store = getAppStore()
      const validated = await validateInWorker(file, store.now(), controller.signal)
      const result = validated.ok
        ? await runImport(store, validated, bundledIds, {
            signal: controller.signal,
            onProgress: (step) => setProgress({ file: file.name, ...step }),
          })
        : validated
      setOutcome(
        result.ok
          ? { ok: true, file: file.name, report: result.report }
          : { ok: false, message: `Nothing was imported from “${file.name}”: ${result.reason}` },
      )
    } catch (error) {
      setOutcome({
        ok: false,
        message: `Nothing was imported from “${file.name}”: ${error instanceof Error ? error.message : String(error)}`,
      })
    } finally {
      running.current = null
      setProgress(null)
    }
  }

  return (
    <section aria-labelledby="transfer-heading" className="flex flex-col gap-3">
      <h2 id="transfer-heading" className="text-xl font-semibold">
        Export and import
      </h2>
      <p className="text-sm text-muted">
        Your data stays in this browser. Export it to keep a copy or to move it: one JSON file holds
        bookmarks, statuses, notes, hidden roles, saved searches and pasted postings. Importing a
        file merges it with what is here and never removes anything.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => {
            const store = getAppStore()
            downloadFile(
              `${exportFileName('data')}.json`,
              'application/json',
              JSON.stringify(buildExport(store.getSnapshot(), store.now()), null, 2),
            )
          }}
        >
          Export everything (JSON)
        </button>
        <button
          type="button"
          className={button}
          disabled={list.length === 0}
          onClick={() =>
            downloadFile(
              `${exportFileName('bookmarks')}.csv`,
              'text/csv',
              bookmarksToCsv(list, postingsById),
            )
          }
        >
          Export bookmarks (CSV)
        </button>
        <label
          htmlFor={inputId}
          className={`${button} cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent`}
        >
          Import a file…
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            disabled={progress !== null}
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) void importFile(file)
            }}
          />
        </label>
      </div>
      {progress && (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-line p-3 text-sm">
          <span>
            {progress.phase === 'checking' ? 'Checking' : 'Saving'} “{progress.file}”
            {progress.total > 0 &&
              `: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} records`}
          </span>
          <progress
            aria-label="Import progress"
            className="h-2 w-48"
            {...(progress.total > 0 ? { max: progress.total, value: progress.done } : {})}
          />
          <button type="button" className={button} onClick={() => running.current?.abort()}>
            Cancel import
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {outcome?.ok === false && (
          <p className="rounded-md bg-warn-soft p-3 text-sm text-warn">{outcome.message}</p>
        )}
        {outcome?.ok && (
          <div className="rounded-md border border-line bg-ok-soft p-3 text-sm">
            <p className="font-medium text-ok">
              Imported “{outcome.file}”: {outcome.report.added} added, {outcome.report.updated}{' '}
              updated, {outcome.report.unchanged} already here, {outcome.report.refused.length}{' '}
              refused.
            </p>
            {outcome.report.refused.length > 0 && (
              <ul className="mt-2 list-disc pl-5 text-warn">
                {outcome.report.refused.slice(0, 50).map((refusal, index) => (
                  <li key={index}>
                    {refusal.what}: {refusal.reason}
                  </li>
                ))}
                {outcome.report.refused.length > 50 && (
                  <li>…and {outcome.report.refused.length - 50} more.</li>
                )}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  )
}
