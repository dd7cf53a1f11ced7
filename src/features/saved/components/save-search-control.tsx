import { useMemo, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { saveSearch } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useSavedSearches } from '@/storage/hooks'
import { boardParamsToString, parseBoardParams } from '@/url/board-params'
import { useBoardMatcher } from '../hooks/use-matching-ids'
import { suggestSearchName } from '../lib/search-name'

const button =
  'inline-flex min-h-9 items-center rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-raised'

/** "Save this search" for the board's current view; composed onto the board by the app. */
export function SaveSearchControl() {
  const { search } = useLocation()
  const filters = useMemo(() => parseBoardParams(search).value, [search])
  const query = boardParamsToString(filters)
  const searches = useSavedSearches()
  const existing = [...searches.values()].find((saved) => saved.query === query)
  const [naming, setNaming] = useState(false)
  // The ids a search matches load only once the user starts saving one.
  const match = useBoardMatcher(naming ? [query] : null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  if (existing && !naming) {
    return (
      <p className="text-sm text-muted" role="status">
        Saved search:{' '}
        <Link to="/saved#searches-heading" className="font-medium text-accent underline">
          {existing.name}
        </Link>
      </p>
    )
  }
  if (!naming) {
    return (
      <button
        type="button"
        className={button}
        onClick={() => {
          setName(suggestSearchName(filters))
          setError(null)
          setNaming(true)
        }}
      >
        {/* A bookmark-plus icon alone on a phone (the board's toolbar is one row there). */}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4 fill-current text-muted sm:hidden"
        >
          <path d="M5 3h7v1.5H6.5v11.2l3.5-2.5 3.5 2.5V9H15v9.6l-5-3.6-5 3.6V3Zm10-1v2h2v1.5h-2v2h-1.5v-2h-2V4h2V2H15Z" />
        </svg>
        <span className="sr-only sm:not-sr-only">Save this search</span>
      </button>
    )
  }
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        void saveSearch(getAppStore(), name, query, match ? match(query) : []).then((result) => {
          if (result.ok) setNaming(false)
          else setError(result.message)
        })
      }}
    >
      <label htmlFor="save-search-name" className="text-sm font-medium">
        Name this search
      </label>
      <input
        id="save-search-name"
        // The field appears when the user asks to name the search: focus follows that action.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        value={name}
        maxLength={120}
        onChange={(event) => setName(event.target.value)}
        className="h-9 rounded-md border border-line bg-surface px-2 text-sm text-ink"
      />
      <button type="submit" className={button}>
        Save search
      </button>
      <button type="button" className={button} onClick={() => setNaming(false)}>
        Cancel
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-warn">
          {error}
        </p>
      )}
    </form>
  )
}
