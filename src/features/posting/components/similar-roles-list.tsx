import { Link } from 'react-router'
import type { Posting } from '@/model/posting'
import { similarRoles } from '../lib/similar-roles'

export function SimilarRolesList({ posting, all }: { posting: Posting; all: Posting[] }) {
  const similar = similarRoles(posting, all)
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
