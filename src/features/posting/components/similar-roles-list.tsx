import { useMemo } from 'react'
import { Link } from 'react-router'
import { useBoard, useCards, useShippedCards } from '@/data/use-board'
import type { FoundPosting } from '@/data/use-postings'
import { SIMILAR_SHOWN, type PostingCard } from '@/model/board-files'
import type { Posting } from '@/model/posting'
import { similarRowsFinder } from '@/search/similar-rows'
import { useHidden, usePasted } from '@/storage/hooks'
import { similarRoles, type SimilarRole } from '../lib/similar-roles'

/**
 * The most similar roles on the board. A shipped or closed posting's file names the rows
 * most like it (found at build time), so only their cards load, never the board's index;
 * the user's pasted postings are ranked among them and hidden roles left out. A pasted
 * posting has no file: its similar roles are found in the board's index.
 */
export function SimilarRolesList({ found }: { found: FoundPosting }) {
  return found.similar ? (
    <FromFile posting={found.posting} rows={found.similar} />
  ) : (
    <FromBoard posting={found.posting} />
  )
}

function FromFile({ posting, rows }: { posting: Posting; rows: number[] }) {
  const pasted = usePasted()
  const hidden = useHidden()
  // With no hidden role, the best shipped candidates suffice (pasted postings are ranked
  // among them); the rest load only to stand in for hidden ones.
  const noneHidden = hidden.size === 0
  const cards = useShippedCards(noneHidden ? rows.slice(0, SIMILAR_SHOWN) : rows)
  if (!cards) return null
  const seen = new Set<string>()
  const candidates = [...cards, ...[...pasted.values()].map((record) => record.posting)].filter(
    (card: PostingCard) => {
      if (hidden.has(card.id) || seen.has(card.id)) return false
      seen.add(card.id)
      return true
    },
  )
  return <SimilarSection similar={similarRoles(posting, candidates, SIMILAR_SHOWN)} />
}

function FromBoard({ posting }: { posting: Posting }) {
  const { board } = useBoard()
  const find = useMemo(() => (board ? similarRowsFinder(board.engine.index) : null), [board])
  const rows = useMemo(() => {
    if (!board || !find) return []
    const pastedAt = board.pasted.findIndex((p) => p.id === posting.id)
    const row = pastedAt >= 0 ? board.shippedSize + pastedAt : null
    const stack = posting.stack.map((item) => item.name)
    return find({ stack, family: posting.roleFamily, row }, SIMILAR_SHOWN)
  }, [board, find, posting])
  const cards = useCards(board, rows)
  if (!cards) return null
  return <SimilarSection similar={similarRoles(posting, cards, SIMILAR_SHOWN)} />
}

function SimilarSection({ similar }: { similar: SimilarRole[] }) {
  return (
    <section aria-labelledby="similar-heading" className="space-y-2">
      <h2 id="similar-heading" className="text-lg font-semibold">
        Similar roles
      </h2>
      {similar.length === 0 ? (
        <p className="italic text-muted">No other role on the board shares its stack or family.</p>
      ) : (
        <ul className="space-y-2">
          {similar.map(({ posting: other, shared, sameFamily }) => (
            <li key={other.id} className="rounded-lg border border-line bg-surface px-4 py-3">
              <Link
                to={`/jobs/${encodeURIComponent(other.id)}`}
                className="font-semibold text-accent underline-offset-2 hover:underline"
              >
                {other.title}
              </Link>
              {other.company && <span className="text-muted"> · {other.company}</span>}
              <p className="mt-1 text-sm text-muted">
                {shared.length > 0 ? `Shares ${shared.join(', ')}` : 'Shares no technologies'}
                {sameFamily && ' · same role family'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
