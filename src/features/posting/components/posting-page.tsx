import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { usePosting } from '@/data/use-postings'
import { ParserWarnings } from './parser-warnings'
import { PostingHeader } from './posting-header'
import { PostingSections } from './posting-sections'
import { PostingStack } from './posting-stack'
import { SimilarRolesList } from './similar-roles-list'

export function PostingPage() {
  const { id = '' } = useParams()
  const [now] = useState(() => new Date())
  const { found, error } = usePosting(id)

  if (error) {
    return (
      <div className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-semibold">The role could not be loaded</h1>
        <p role="alert" className="mt-2 text-warn">
          {error.message}
        </p>
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
        <Link to="/" className="text-accent underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>Back to the board
        </Link>
      </nav>
      <PostingHeader posting={posting} now={now} />
      <ParserWarnings warnings={posting.warnings} />
      <PostingStack stack={posting.stack} />
      <PostingSections sections={posting.sections} />
      <SimilarRolesList found={found} />
    </article>
  )
}
