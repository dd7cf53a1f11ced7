import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { downloadFile } from '@/lib/download'
import { jsonLdFileName, jsonLdText } from '@/lib/json-ld'
import { removePasted } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { usePasted } from '@/storage/hooks'

const small =
  'rounded-md border border-line bg-surface px-2 py-1 text-xs font-medium text-ink hover:bg-raised'

/** The postings this browser's user pasted, newest first. */
export function PastedList() {
  const pasted = usePasted()
  const [confirming, setConfirming] = useState<string | null>(null)
  const records = useMemo(
    () => [...pasted.values()].sort((a, b) => b.pastedAt.localeCompare(a.pastedAt)),
    [pasted],
  )
  if (records.length === 0) return null
  return (
    <section
      aria-labelledby="pasted-heading"
      className="flex flex-col gap-3 border-t border-line pt-6"
    >
      <h2 id="pasted-heading" className="text-lg font-semibold">
        Your pasted postings ({records.length})
      </h2>
      <p className="text-sm text-muted">
        They are kept in this browser only. To move them to another browser, export your data from
        the Saved page.
      </p>
      <ul className="flex flex-col gap-2">
        {records.map(({ posting, pastedAt }) => (
          <li
            key={posting.id}
            className="flex flex-wrap items-center gap-3 rounded-md border border-line bg-surface p-3"
          >
            <div className="min-w-0 flex-1">
              <Link
                to={`/jobs/${encodeURIComponent(posting.id)}`}
                className="font-medium text-accent underline"
              >
                {posting.title}
              </Link>
              <p className="text-xs text-muted">
                {posting.company ?? 'Company not stated'} · pasted {pastedAt.slice(0, 10)}
              </p>
            </div>
            <button
              type="button"
              className={small}
              onClick={() =>
                downloadFile(jsonLdFileName(posting), 'application/ld+json', jsonLdText(posting))
              }
            >
              Download JSON-LD<span className="sr-only"> of {posting.title}</span>
            </button>
            {confirming === posting.id ? (
              <>
                <button
                  type="button"
                  className={small}
                  onClick={() => {
                    // Shown at once from the store's state; a refused write shows the store's notice.
                    void removePasted(getAppStore(), posting.id)
                    setConfirming(null)
                  }}
                >
                  Remove for good<span className="sr-only"> {posting.title}</span>
                </button>
                <button type="button" className={small} onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" className={small} onClick={() => setConfirming(posting.id)}>
                Remove<span className="sr-only"> {posting.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
