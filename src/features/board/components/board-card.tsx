import { useQuery } from '@tanstack/react-query'
import { memo } from 'react'
import { ResultCard } from '@/components/postings/result-card'
import { postingFileQuery } from '@/data/board-files-query'
import { useCard, type Board } from '@/data/use-board'

/**
 * One result row: its card from the card chunk (loaded when the row comes into view). While
 * a search is active, the posting's own text is loaded too, for the line that matched.
 * Memoised: a facet click re-renders only the cards whose row or query changed.
 */
export const BoardCard = memo(function BoardCard({
  board,
  row,
  query,
  words,
  previewed,
  onSelect,
}: {
  board: Board
  row: number
  query: string
  words: readonly string[]
  /** The role in the preview pane, and whether the user chose it; null without a pane. */
  previewed?: { id: string; how: 'chosen' | 'default' } | null | undefined
  onSelect?: ((id: string, how: 'focus' | 'click') => void) | undefined
}) {
  const card = useCard(board, row)
  const shipped = row < board.shippedSize
  const searching = shipped && card !== undefined && query.trim() !== ''
  // Without a search every card observes the one disabled query of no posting: a query per
  // card id would put a query in the cache for every card a click mounts, each with its own
  // garbage-collection timer set and cleared as the card comes and goes.
  const text = useQuery({
    ...postingFileQuery(searching ? card.id : ''),
    enabled: searching,
  })
  if (!card)
    return (
      <div
        aria-hidden="true"
        className="h-40 animate-pulse rounded-xl border border-line bg-surface"
      />
    )
  return (
    <ResultCard
      posting={card}
      sections={shipped ? text.data?.posting.sections : undefined}
      query={query}
      words={words}
      selected={previewed?.id === card.id && previewed.how}
      onSelect={onSelect}
    />
  )
})
