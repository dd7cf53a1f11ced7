import { memo } from 'react'
import { Link } from 'react-router'
import type { PostingCard } from '@/model/board-files'
import type { Sections } from '@/model/posting'
import { PostingActions, PostingBadges } from '@/components/posting-actions-slot'
import { Highlight } from '@/components/text/highlight'
import { matchSnippet } from './snippet'
import { CardTracker } from '@/components/tracker/card-tracker'
import { CardMenu } from './card-menu'
import { rememberOpened } from '@/lib/return-to-board'
import { useNow } from '@/lib/use-hydrated'
import {
  locationSummary,
  payLabel,
  seniorityLabel,
  shortAge,
  workModeSummary,
} from './posting-format'

export type ResultCardProps = {
  /** A card, or a whole posting (whose own text then gives the matching line). */
  posting: PostingCard & { sections?: Sections }
  /** The posting's own text, when it was loaded apart from the card. */
  sections?: Sections | undefined
  /** Text search to highlight in the title, company, stack and a matching line. */
  query?: string | undefined
  /** Whole words to highlight too: the names an alias stands for, the words a typo meant. */
  words?: readonly string[] | undefined
  /** How many stack chips to show before "+N". */
  maxStack?: number | undefined
  /** Heading level of the title; 2 on the board. */
  headingLevel?: 2 | 3 | undefined
  /**
   * Where the list has a preview pane: called when the card is focused, and when it is
   * clicked anywhere but its title (the click then previews instead of navigating); the
   * title, Enter and a modified click still open the full page.
   */
  onSelect?: ((id: string, how: 'focus' | 'click') => void) | undefined
  /**
   * The card shown in the preview pane: `chosen` by the user (a click, j/k, the link's
   * `#preview=`), or shown by `default` (the first result, before any choice).
   */
  selected?: 'chosen' | 'default' | false | undefined
}

/** Whether a click landed on the card's title rather than elsewhere on the card. */
function onTitle(event: React.MouseEvent<HTMLElement>): boolean {
  const box = event.currentTarget.closest('h2, h3')?.getBoundingClientRect()
  return (
    !!box &&
    event.clientX >= box.left &&
    event.clientX <= box.right &&
    event.clientY >= box.top &&
    event.clientY <= box.bottom
  )
}

/**
 * One posting as a result: an `article` whose heading is the role title, linking to
 * `/jobs/:id`. Other features add buttons and badges through the posting slots.
 */
export const ResultCard = memo(function ResultCard({
  posting,
  sections = posting.sections,
  query = '',
  words,
  maxStack = 5,
  headingLevel = 2,
  onSelect,
  selected = false,
}: ResultCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const location = locationSummary(posting)
  const mode = workModeSummary(posting)
  const age = shortAge(posting.postedAt, useNow())
  const pay = payLabel(posting)
  const shownStack = posting.stack.slice(0, maxStack)
  const hiddenStack = posting.stack.length - shownStack.length
  const snippet = sections ? matchSnippet(sections, query, words) : null
  const titleId = `posting-title-${posting.id}`

  return (
    <article
      aria-labelledby={titleId}
      data-selected={selected || undefined}
      className="group relative rounded-xl border border-line bg-surface px-3.5 py-3 shadow-sm transition-colors focus-within:border-accent hover:border-accent/60 data-selected:border-accent data-selected:ring-1 data-selected:ring-accent compact:py-2 sm:px-4"
    >
      {/* The title keeps at least 14rem: a tracked role's status and note (beside the age)
          go under it where both do not fit, rather than clip the title to a word. */}
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <div className="min-w-0 flex-[1_1_14rem] compact:flex compact:flex-wrap compact:items-baseline compact:gap-x-2">
          <Heading
            id={titleId}
            className="line-clamp-2 text-base font-semibold leading-snug text-ink compact:line-clamp-none compact:truncate"
          >
            {/* The whole card opens the role: the link's box covers it (buttons sit above). */}
            <Link
              to={`/jobs/${encodeURIComponent(posting.id)}`}
              data-result-link
              aria-current={selected ? true : undefined}
              onFocus={onSelect ? () => onSelect(posting.id, 'focus') : undefined}
              onClick={(event) => {
                // A plain pointer click beside the title previews the role; the title, a
                // key press (detail 0) or a modified click (new tab) opens the page.
                const plain =
                  event.button === 0 &&
                  !event.metaKey &&
                  !event.ctrlKey &&
                  !event.shiftKey &&
                  !event.altKey
                if (onSelect && plain && event.detail > 0 && !onTitle(event)) {
                  event.preventDefault()
                  onSelect(posting.id, 'click')
                  return
                }
                rememberOpened(posting.id)
              }}
              className="rounded-sm decoration-accent decoration-2 underline-offset-4 after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:underline"
            >
              <Highlight text={posting.title} query={query} words={words} />
            </Link>
          </Heading>
          <p className="text-sm text-muted compact:truncate">
            {posting.company ? (
              <span className="font-medium text-ink/90">
                <Highlight text={posting.company} query={query} words={words} />
              </span>
            ) : (
              <span>Company not stated</span>
            )}
            {posting.team ? <span> · {posting.team} team</span> : null}
          </p>
        </div>
        <div className="relative ml-auto flex shrink-0 flex-wrap items-center justify-end gap-1">
          {age ? (
            <time
              dateTime={posting.postedAt ?? undefined}
              title={`Posted ${posting.postedAt}`}
              className={`rounded-full px-2 py-0.5 text-xs font-medium tabular-nums ${
                age === 'New' ? 'bg-accent-soft text-ink' : 'text-muted'
              }`}
            >
              {age}
            </time>
          ) : null}
          <PostingBadges posting={posting} />
          <CardTracker posting={posting} />
        </div>
      </div>

      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1.5 compact:mt-1">
        <ul
          className="flex basis-full flex-wrap gap-x-3 gap-y-0.5 text-sm text-muted compact:basis-auto"
          aria-label="Role facts"
        >
          {location ? <Fact icon="place">{location}</Fact> : null}
          {mode ? <Fact icon="mode">{mode}</Fact> : null}
          {pay ? (
            <Fact icon="pay">
              <span className="font-medium text-ink/90">{pay}</span>
            </Fact>
          ) : null}
          {posting.seniority ? (
            <Fact icon="level">{seniorityLabel(posting.seniority)}</Fact>
          ) : null}
        </ul>

        {snippet ? (
          <p className="line-clamp-2 basis-full text-sm text-muted compact:order-last compact:line-clamp-none compact:truncate">
            <Highlight text={snippet} query={query} words={words} />
          </p>
        ) : null}

        {shownStack.length > 0 ? (
          <ul
            className="flex min-w-0 flex-1 flex-wrap gap-1 compact:max-h-5 compact:overflow-hidden"
            aria-label="Stack"
          >
            {shownStack.map((item) => (
              <li
                key={item.name}
                className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-ink"
              >
                <Highlight text={item.name} query={query} words={words} />
              </li>
            ))}
            {hiddenStack > 0 ? (
              <li className="rounded-full px-1 py-0.5 text-xs text-muted compact:hidden">
                +{hiddenStack} more
              </li>
            ) : null}
          </ul>
        ) : (
          <span className="flex-1" />
        )}
        {/* Icon buttons: each keeps its words as its name and shows them as a tooltip. */}
        <div data-icon-actions="" className="relative ml-auto flex items-center gap-1">
          <PostingActions posting={posting} />
          <CardMenu posting={posting} />
        </div>
      </div>
    </article>
  )
})

const ICONS = {
  level: 'M4 14h3v-4H4v4Zm4.5 0h3V7h-3v7Zm4.5 0h3V4h-3v10Z',
  place: 'M10 2a5 5 0 0 0-5 5c0 3.5 5 9 5 9s5-5.5 5-9a5 5 0 0 0-5-5Zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4Z',
  mode: 'M3 9.5 10 4l7 5.5V16a1 1 0 0 1-1 1h-4v-4H8v4H4a1 1 0 0 1-1-1V9.5Z',
  time: 'M10 3a7 7 0 1 0 0 14 7 7 0 0 0 0-14Zm.75 3.5v3.2l2.4 1.6-.8 1.2-3.1-2.1V6.5h1.5Z',
  pay: 'M3 6h14v8H3V6Zm2 2v4h10V8H5Zm5 .5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z',
} as const

function Fact({ icon, children }: { icon: keyof typeof ICONS; children: React.ReactNode }) {
  return (
    <li className="inline-flex items-center gap-1.5">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 fill-current opacity-70">
        <path d={ICONS[icon]} />
      </svg>
      {children}
    </li>
  )
}
