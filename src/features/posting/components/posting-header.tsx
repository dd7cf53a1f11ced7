import { useEffect, useState } from 'react'
import { ApplyLink, OriginalPostingLink } from '@/components/apply/apply-link'
import { appliedEarly, clearAppliedEarly } from '@/components/apply/early-apply'
import { AfterApply, PostingActions, PostingBadges } from '@/components/posting-actions-slot'
import { TrackerPanel } from '@/components/tracker/tracker-panel'
import { CopyLinkButton } from '@/components/ui/copy-link-button'
import {
  closedLabel,
  locationLabel,
  officeDaysLabel,
  postedAgeLabel,
  salaryLabel,
  seniorityLabel,
  workModeLabel,
} from '@/lib/posting-format'
import type { Posting } from '@/model/posting'

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-muted">{term}</dt>
      <dd className="mt-0.5 text-ink">{children}</dd>
    </div>
  )
}

const notStated = <span className="italic text-muted">Not stated</span>

export function PostingHeader({ posting, now }: { posting: Posting; now: Date }) {
  const locations = posting.locations
    .map(locationLabel)
    .filter((label): label is string => label !== null)
  const mode = workModeLabel(posting.workMode)
  const officeDays = officeDaysLabel(posting.officeDaysPerWeek)
  const salary = salaryLabel(posting.salary)
  const age = postedAgeLabel(posting.postedAt, now)
  const closedAt = posting.source.closedAt
  // Apply clicked on the prerendered page, before the app took over, is offered as well.
  const [applied, setApplied] = useState(() => appliedEarly(posting.id))
  useEffect(() => {
    if (applied) clearAppliedEarly()
  }, [applied])

  return (
    <header className="space-y-4 rounded-xl border border-line bg-surface p-5 sm:p-6">
      <div className="space-y-1">
        <p className="text-sm font-medium text-muted">
          {posting.company ?? 'Company not stated'}
          {posting.team && <span> · {posting.team} team</span>}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">
            {posting.title}
          </h1>
          <PostingBadges key={posting.id} posting={posting} onItsPage />
        </div>
      </div>

      {closedAt && (
        <p className="rounded-lg border border-warn bg-warn-soft px-3 py-2 text-sm font-medium text-ink">
          {closedLabel(closedAt)}
        </p>
      )}

      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
        <Fact term="Seniority">{seniorityLabel(posting.seniority) ?? notStated}</Fact>
        <Fact term={locations.length > 1 ? 'Locations' : 'Location'}>
          {locations.length === 0 ? (
            notStated
          ) : locations.length === 1 ? (
            locations[0]
          ) : (
            <ul>
              {locations.map((location) => (
                <li key={location}>{location}</li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term="Work mode">
          {mode ? (
            <>
              {mode}
              {officeDays && <span className="text-muted"> · {officeDays}</span>}
            </>
          ) : (
            notStated
          )}
        </Fact>
        <Fact term="Salary">{salary ?? notStated}</Fact>
        {posting.spokenLanguages.length > 0 && (
          <Fact term="Spoken languages">{posting.spokenLanguages.join(', ')}</Fact>
        )}
        {posting.remoteRegions.length > 0 && (
          <Fact term="Remote from">{posting.remoteRegions.join(', ')}</Fact>
        )}
        <Fact term="Posted">
          {age && posting.postedAt ? (
            <time dateTime={posting.postedAt} title={posting.postedAt}>
              {age}
            </time>
          ) : (
            notStated
          )}
        </Fact>
      </dl>

      {posting.workPolicy.length > 0 && (
        <div className="text-sm">
          <p className="font-medium text-ink">Work policy</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-ink">
            {posting.workPolicy.map((detail, index) => (
              <li key={index}>{detail}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-2">
        {/* A closed role's application form is gone: only the original posting is linked. */}
        <ApplyLink source={posting.source} onApply={() => setApplied(true)} trackFor={posting.id} />
        <OriginalPostingLink source={posting.source} />
        <PostingActions posting={posting} />
        <CopyLinkButton />
      </div>
      {applied ? <AfterApply posting={posting} /> : null}
      <TrackerPanel posting={posting} />
    </header>
  )
}
