import { useMemo } from 'react'
import { Link } from 'react-router'
import { useCards, type Board } from '@/data/use-board'
import type { Posting } from '@/model/posting'
import { similarRoles } from '../lib/similar-roles'
import { similarRows } from '../lib/similar-rows'

/** The most similar roles on the board: found in the index, then only their cards load. */
export function SimilarRolesList({
  posting,
  board,
  ownRow,
}: {
  posting: Posting
  board: Board
  ownRow: number | null
}) {
  const rows = useMemo(
    () => similarRows(board.engine.index, posting, ownRow),
    [board, posting, ownRow],
  )
  const cards = useCards(board, rows)
  if (!cards) return null
  const similar = similarRoles(posting, cards)
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
