import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { ResultList } from '@/components/postings/result-list'
import { isPlainKey, isTypingTarget } from '@/lib/keyboard'
import { useAfterPaint } from '@/lib/use-after-paint'
import { useCard, type Board } from '@/data/use-board'
import { BoardCard } from './board-card'
import { PreviewPane } from './preview-pane'
import { previewFromHash, previewHash } from '../lib/preview-hash'

/** What the pane shows: the user's choice, else (until they close it) the first result. */
type Preview = { id: string; how: 'chosen' | 'default' } | null

/**
 * The results, and on a wide screen (`wide`: the board page's 64rem, where the facet panel
 * sits beside them too) the preview pane beside them (LinkedIn-style): it shows the first
 * result until the user chooses one (a click beside a card's title, j/k, a link's `#preview=<id>`), then follows
 * the selection. `preview` renders a posting (the posting feature's, composed by the app
 * and lazily loaded there); without it, or on a narrower screen, there is no pane and a
 * card opens its page. The column is set by CSS, not by script, so the prerendered first
 * view already leaves the pane its room and nothing moves when the pane arrives.
 */
export function BoardResults({
  board,
  rows,
  query,
  words,
  preview,
  wide,
}: {
  board: Board
  rows: ArrayLike<number>
  query: string
  words: readonly string[]
  preview?: ((id: string) => ReactNode) | undefined
  wide: boolean
}) {
  const canPreview = preview !== undefined
  const pane = wide && canPreview
  const { chosen, closed, select, close } = usePreviewSelection()
  const first = useCard(board, rows[0] ?? 0)
  const shownId = !pane
    ? null
    : chosen
      ? chosen
      : !closed && rows.length > 0 && first
        ? first.id
        : null
  const shownHow = chosen ? 'chosen' : 'default'
  // One object while the preview stays: the memoised cards take it as a prop, and a new one
  // each render would draw every card again (each click's deferred render, each scroll step).
  const shown: Preview = useMemo(
    () => (shownId === null ? null : { id: shownId, how: shownHow }),
    [shownId, shownHow],
  )
  // The pane follows once the list has painted: a facet click changes the first result, and
  // the pane's new role (its file fetched, its whole text drawn) need not delay the results.
  const paneId = useAfterPaint(shownId)
  const onSelect = usePaneSelection(pane, shown !== null, select)
  const onClose = useCallback(() => {
    // Focus goes back to the previewed card before the pane goes (the list stays mounted,
    // so the card keeps it); the card is still selected then, so the focus selects nothing.
    document.querySelector<HTMLElement>('[data-result-link][aria-current="true"]')?.focus()
    close()
  }, [close])

  return (
    // The same elements with and without the pane: switching keeps the list (and the focus
    // in it) mounted.
    <div
      className={
        canPreview && !(closed && !chosen)
          ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)] lg:items-start lg:gap-4'
          : undefined
      }
    >
      <div className="min-w-0">
        <ResultList
          count={rows.length}
          getKey={(index) => rows[index]!}
          renderItem={(index) => (
            <BoardCard
              board={board}
              row={rows[index]!}
              query={query}
              words={words}
              previewed={shown}
              onSelect={onSelect}
            />
          )}
          label="Results"
        />
      </div>
      {shown ? <PreviewPane onClose={onClose}>{preview?.(paneId ?? shown.id)}</PreviewPane> : null}
    </div>
  )
}

/**
 * The role chosen for the preview pane, kept in the address's fragment
 * (lib/preview-hash.ts): choosing replaces the history entry, so moving through the list
 * with j/k does not fill the history, while Back from a role's page returns to the same
 * preview. Closing the pane is kept in the history entry's state (Back returns to a closed
 * pane) and while the board stays open (a new filter does not reopen it), until a role is
 * chosen again.
 */
function usePreviewSelection() {
  const location = useLocation()
  const navigate = useNavigate()
  const chosen = previewFromHash(location.hash)
  const closedInHistory = (location.state as { previewClosed?: unknown } | null)?.previewClosed
  const [closedHere, setClosedHere] = useState(false)
  const { pathname, search } = location
  const select = useCallback(
    (id: string) => {
      if (id === chosen) return
      setClosedHere(false)
      void navigate(
        { pathname, search, hash: previewHash(id) },
        { replace: true, preventScrollReset: true },
      )
    },
    [navigate, pathname, search, chosen],
  )
  const close = useCallback(() => {
    setClosedHere(true)
    void navigate(
      { pathname, search, hash: '' },
      { replace: true, preventScrollReset: true, state: { previewClosed: true } },
    )
  }, [navigate, pathname, search])
  return { chosen, closed: closedHere || closedInHistory === true, select, close }
}

/**
 * When a card selection opens or moves the pane: a click beside a card's title opens it;
 * `j`/`k` open it on the card they move to; while it is open, the pane follows focus
 * through the cards (j/k, Tab, Back restoring focus). Tab alone does not reopen a closed pane.
 */
function usePaneSelection(
  pane: boolean,
  open: boolean,
  select: (id: string) => void,
): ((id: string, how: 'focus' | 'click') => void) | undefined {
  // Set by a j/k press, read by the focus that press causes: a ref, as no render needs it.
  const keyMove = useRef(false)
  useEffect(() => {
    if (!pane) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        (event.key === 'j' || event.key === 'k') &&
        isPlainKey(event) &&
        !isTypingTarget(event.target)
      )
        keyMove.current = true
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [pane])
  const onSelect = useCallback(
    (id: string, how: 'focus' | 'click') => {
      if (how === 'click' || open || keyMove.current) select(id)
      keyMove.current = false
    },
    [open, select],
  )
  return pane ? onSelect : undefined
}
