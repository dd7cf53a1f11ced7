import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { markSearchOpened, removeSearch, renameSearch } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useSavedSearches } from '@/storage/hooks'
import type { SavedSearch } from '@/storage/schema'
import { useBoardMatcher } from '../hooks/use-matching-ids'
import { searchFreshness } from '../lib/search-freshness'

const small =
  'rounded-md border border-line bg-surface px-2 py-1 text-xs font-medium text-ink hover:bg-raised'

function SearchRow({
  search,
  match,
}: {
  search: SavedSearch
  match: ((query: string) => string[]) | null
}) {
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(search.name)
  const [confirming, setConfirming] = useState(false)
  const ids = match ? match(search.query) : null
  const fresh = ids ? searchFreshness(search, ids) : null
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-surface p-3">
      <div className="min-w-0 flex-1">
        {renaming ? (
          <form
            className="flex flex-wrap items-center gap-2"
            onSubmit={(event) => {
              event.preventDefault()
              void renameSearch(getAppStore(), search.id, name).then((result) => {
                if (result.ok) setRenaming(false)
              })
            }}
          >
            <label className="sr-only" htmlFor={`rename-${search.id}`}>
              New name for {search.name}
            </label>
            <input
              id={`rename-${search.id}`}
              value={name}
              onChange={(event) => setName(event.target.value)}
              className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
            />
            <button type="submit" className={small}>
              Save name
            </button>
            <button type="button" className={small} onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <Link
            to={{ pathname: '/', search: search.query ? `?${search.query}` : '' }}
            // Shown at once from the store's state; a refused write shows the store's notice.
            onClick={() => void (ids && markSearchOpened(getAppStore(), search.id, ids))}
            className="font-medium text-accent underline-offset-2 hover:underline"
          >
            {search.name}
          </Link>
        )}
        <p className="text-sm text-muted">
          {fresh ? (
            <>
              {fresh.matches} {fresh.matches === 1 ? 'role matches' : 'roles match'} now
              {' · '}
              <span className={fresh.newSinceOpened ? 'font-semibold text-ok' : ''}>
                {fresh.newSinceOpened} new since last opened
              </span>
            </>
          ) : (
            'Counting…'
          )}
          {search.lastOpenedAt && (
            <span className="text-xs"> (opened {search.lastOpenedAt.slice(0, 10)})</span>
          )}
        </p>
      </div>
      {!renaming && (
        <button type="button" className={small} onClick={() => setRenaming(true)}>
          Rename<span className="sr-only"> {search.name}</span>
        </button>
      )}
      {confirming ? (
        <>
          <button
            type="button"
            className={small}
            // Shown at once from the store's state; a refused write shows the store's notice.
            onClick={() => void removeSearch(getAppStore(), search.id)}
          >
            Delete for good<span className="sr-only"> {search.name}</span>
          </button>
          <button type="button" className={small} onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" className={small} onClick={() => setConfirming(true)}>
          Delete<span className="sr-only"> {search.name}</span>
        </button>
      )}
    </li>
  )
}

/** Named board views: one click opens the view and counts what is new since last time. */
export function SavedSearches() {
  const searches = useSavedSearches()
  const list = useMemo(
    () => [...searches.values()].sort((a, b) => a.name.localeCompare(b.name)),
    [searches],
  )
  const match = useBoardMatcher(list.map((search) => search.query))
  return (
    <section aria-labelledby="searches-heading" className="flex flex-col gap-3">
      <h2 id="searches-heading" className="text-xl font-semibold">
        Saved searches ({list.length})
      </h2>
      {list.length === 0 ? (
        <p className="text-muted">
          None yet. Filter the board, then choose “Save this search” above its results.
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {list.map((search) => (
            <SearchRow key={search.id} search={search} match={match} />
          ))}
        </ul>
      )}
    </section>
  )
}
