import { Link } from 'react-router'
import type { PostingCard } from '@/model/board-files'
import { PASTED_ID_PREFIX } from '@/storage/actions'
import { MAX_COMPARE, MIN_COMPARE, compareParamsToString } from '@/url/compare-params'

/**
 * A link to the compare view of bookmarked board roles. Pasted postings exist only in this
 * browser, so a link cannot carry them; they travel in the export file.
 */
export function ShareBookmarks({ postings }: { postings: PostingCard[] }) {
  const shareable = postings.filter((posting) => !posting.id.startsWith(PASTED_ID_PREFIX))
  const pasted = postings.length - shareable.length
  const chosen = shareable.slice(0, MAX_COMPARE)
  const href = `/compare?${compareParamsToString(chosen.map((posting) => posting.id))}`
  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-2">
      <h2 id="share-heading" className="text-xl font-semibold">
        Share bookmarked roles
      </h2>
      {chosen.length >= MIN_COMPARE ? (
        <>
          <p className="text-sm text-muted">
            This link opens{' '}
            {chosen.length === shareable.length
              ? `your ${chosen.length}`
              : `${chosen.length} of your ${shareable.length}`}{' '}
            bookmarked board roles side by side (a comparison holds up to {MAX_COMPARE}).
          </p>
          <p className="flex flex-wrap items-center gap-2">
            <Link to={href} className="font-medium text-accent underline">
              Compare bookmarked roles
            </Link>
            <input
              readOnly
              aria-label="Link to share"
              value={`${window.location.origin}${href}`}
              onFocus={(event) => event.target.select()}
              className="w-full min-w-0 flex-1 rounded-md sm:w-auto border border-line bg-surface px-2 py-1 font-mono text-xs text-ink"
            />
          </p>
        </>
      ) : (
        <p className="text-sm text-muted">
          Bookmark at least {MIN_COMPARE} roles from the board to get a link that opens them side by
          side.
        </p>
      )}
      {pasted > 0 && (
        <p className="text-sm text-muted">
          {pasted === 1 ? 'One bookmarked posting is' : `${pasted} bookmarked postings are`} pasted
          by you and live only in this browser, so no link can carry {pasted === 1 ? 'it' : 'them'}:
          share them with “Export everything” below and import the file on the other side.
        </p>
      )}
    </section>
  )
}
