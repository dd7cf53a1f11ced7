import { Link } from 'react-router'
import { ApplyLink, OriginalPostingLink } from '@/components/apply/apply-link'
import { locationSummary, payLabel, workModeSummary } from '@/components/postings/posting-format'
import { usePosting } from '@/data/use-postings'
import {
  closedLabel,
  employmentTypeLabel,
  postedAgeLabel,
  remoteFromLabel,
  seniorityLabel,
} from '@/lib/posting-format'
import { rememberOpened } from '@/lib/return-to-board'
import { PostingSections } from './posting-sections'

/**
 * A posting in the board's preview pane (wide screens): its facts, Apply and its own text,
 * loaded from its file as the posting page loads it. The title links to the full page.
 * Bookmark, compare and hide stay on the card beside it, so the page holds each once, and
 * it is no second `article` of that title: the region "Preview" holds it.
 */
export function PostingPreview({ id }: { id: string }) {
  const { found, error } = usePosting(id)
  if (error)
    return (
      <p role="alert" className="text-warn">
        The role could not be loaded: {error.message}
      </p>
    )
  if (found === undefined)
    return (
      <p role="status" className="text-muted">
        Loading the role…
      </p>
    )
  if (found === null) return <p className="text-muted">This role is not on the board.</p>

  const { posting } = found
  const href = `/jobs/${encodeURIComponent(posting.id)}`
  const facts = [
    locationSummary(posting),
    workModeSummary(posting),
    payLabel(posting),
    seniorityLabel(posting.seniority),
    employmentTypeLabel(posting.employmentType),
    postedAgeLabel(posting.postedAt, new Date()),
  ].filter((fact): fact is string => fact !== null)
  const remoteFrom =
    posting.workMode === 'remote'
      ? remoteFromLabel(posting.remoteCountries, posting.remoteRegions)
      : null

  return (
    <div className="space-y-5">
      <header className="space-y-3">
        <div>
          <p className="text-sm font-medium text-muted">
            {posting.company ?? 'Company not stated'}
            {posting.team ? <span> · {posting.team} team</span> : null}
          </p>
          <h2 id="preview-title" className="text-xl font-bold tracking-tight text-ink">
            <Link
              to={href}
              onClick={() => rememberOpened(posting.id)}
              className="decoration-accent decoration-2 underline-offset-4 hover:underline"
            >
              {posting.title}
            </Link>
          </h2>
        </div>
        {posting.source.closedAt ? (
          <p className="rounded-lg border border-warn bg-warn-soft px-3 py-2 text-sm font-medium text-ink">
            {closedLabel(posting.source.closedAt)}
          </p>
        ) : null}
        {facts.length > 0 ? (
          <ul aria-label="Role facts" className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink">
            {facts.map((fact) => (
              <li
                key={fact}
                className="after:ml-3 after:text-muted after:content-['·'] last:after:content-none"
              >
                {fact}
              </li>
            ))}
          </ul>
        ) : null}
        {remoteFrom ? (
          <p className="text-sm text-muted">
            <span className="font-medium text-ink">Remote from:</span> {remoteFrom}
          </p>
        ) : null}
        {posting.stack.length > 0 ? (
          <p className="text-sm text-muted">
            <span className="font-medium text-ink">Stack:</span>{' '}
            {posting.stack.map((item) => item.name).join(', ')}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <ApplyLink source={posting.source} />
          <OriginalPostingLink source={posting.source} />
          <Link
            to={href}
            onClick={() => rememberOpened(posting.id)}
            className="rounded-md px-2 py-1.5 text-sm text-accent underline underline-offset-2"
          >
            Open the full page
          </Link>
        </div>
      </header>
      <div className="space-y-6 text-sm">
        <PostingSections sections={posting.sections} />
      </div>
    </div>
  )
}
