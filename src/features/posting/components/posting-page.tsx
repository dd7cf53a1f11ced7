import { Link, useParams } from 'react-router'
import { Unreachable } from '@/data/board-files-query'
import { usePosting } from '@/data/use-postings'
import { useReturnPath } from '@/lib/return-to-board'
import { useNow } from '@/lib/use-hydrated'
import { AboutThisRecord } from './parser-warnings'
import { PostingHeader } from './posting-header'
import { PostingSections } from './posting-sections'
import { PostingStack } from './posting-stack'
import { SimilarRolesList } from './similar-roles-list'

export function PostingPage() {
  const { id = '' } = useParams()
  const now = useNow()
  const backTo = useReturnPath()
  const { found, error } = usePosting(id)

  if (error) {
    // Offline, a role is there only if it was opened or bookmarked before (scripts/offline.ts).
    const offline = error instanceof Unreachable
    return (
      <div className="mx-auto max-w-4xl space-y-3 px-4 py-6">
        <h1 className="text-2xl font-semibold">
          {offline ? 'This role is not available offline' : 'The role could not be loaded'}
        </h1>
        <p role="alert" className="text-warn">
          {offline
            ? 'The network cannot be reached (are you offline?), and this role was not opened or bookmarked on this device before. It opens once you are back online.'
            : error.message}
        </p>
        <Link to="/" className="inline-block text-accent underline">
          Back to the board
        </Link>
      </div>
    )
  }
  if (found === undefined) {
    return (
      <p role="status" className="mx-auto max-w-4xl px-4 py-6">
        Loading the role…
      </p>
    )
  }
  if (!found) {
    return (
      <div className="mx-auto max-w-4xl space-y-3 px-4 py-6">
        <title>Role not found · Roleboard</title>
        <h1 className="text-2xl font-semibold">Role not found</h1>
        <p>No role with the id “{id}” is on this board. It may have been removed.</p>
        <Link to="/" className="inline-block text-accent underline">
          Back to the board
        </Link>
      </div>
    )
  }

  const { posting } = found
  return (
    <article className="mx-auto max-w-4xl space-y-8 px-4 py-6">
      <title>{`${posting.title}${posting.company ? ` at ${posting.company}` : ''} · Roleboard`}</title>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to={backTo} className="text-accent underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>Back to the board
        </Link>
      </nav>
      <PostingHeader posting={posting} now={now} />
      <PostingStack stack={posting.stack} />
      <PostingSections sections={posting.sections} />
      <SimilarRolesList found={found} />
      <AboutThisRecord posting={posting} />
    </article>
  )
}
