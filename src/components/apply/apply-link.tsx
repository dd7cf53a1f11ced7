import type { PostingSource } from '@/model/posting'
import { webUrl } from '@/model/web-url'
import { APPLY_FOR_ATTRIBUTE } from './early-apply'

/** Where to apply: the stated application address, else the original posting. */
export function applyTarget(source: PostingSource): URL | null {
  if (source.closedAt) return null
  return webUrl(source.applyUrl) ?? webUrl(source.url)
}

const primary =
  'inline-flex items-center gap-1.5 rounded-lg bg-accent px-3.5 py-2 text-sm font-semibold text-accent-ink shadow-sm hover:opacity-90'
const compact =
  'inline-flex max-w-full items-center gap-1 rounded-md bg-accent px-2.5 py-1 text-xs font-semibold text-accent-ink hover:opacity-90'
/** An entry of a card's menu (src/components/postings/card-menu-panel.tsx). */
export const menuItemClass =
  'flex w-full items-center gap-2 break-all rounded-md px-3 py-2 text-left text-sm text-ink hover:bg-raised focus-visible:bg-raised'
const sizes = { primary, compact, menu: `${menuItemClass} font-semibold` }

/**
 * The one Apply link (posting page, cards, compare): named "Apply on <host>", opened in a
 * new tab without access to this page (`noopener noreferrer`). Nothing when the role has
 * no web address to apply at, or is closed. `onApply` lets the page offer to track it;
 * `trackFor` (the posting page's) marks the link so that a click on it in the prerendered
 * page, before the app took over, is offered too (early-apply.ts).
 */
export function ApplyLink({
  source,
  size = 'primary',
  onApply,
  trackFor,
}: {
  source: PostingSource
  size?: keyof typeof sizes
  onApply?: (() => void) | undefined
  trackFor?: string | undefined
}) {
  const target = applyTarget(source)
  if (!target) return null
  return (
    <a
      href={target.href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={onApply}
      title={size === 'compact' ? `Apply on ${target.host}` : undefined}
      {...(trackFor ? { [APPLY_FOR_ATTRIBUTE]: trackFor } : {})}
      className={sizes[size]}
    >
      {size === 'compact' ? (
        // A compare column is narrow: the host, broken across lines, would fill it. It stays
        // in the name (and the tooltip); the eye sees "Apply".
        <>
          Apply<span className="sr-only"> on {target.host}</span>
        </>
      ) : (
        <>Apply on {target.host}</>
      )}
      <span className="sr-only"> (opens in a new tab)</span>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-current">
        <path d="M11 3h6v6h-2V6.4l-6.3 6.3-1.4-1.4L13.6 5H11V3ZM4 6h5v2H5v7h7v-4h2v6H3V6h1Z" />
      </svg>
    </a>
  )
}

/** "Original posting", beside Apply: where the posting was published. */
export function OriginalPostingLink({
  source,
  size = 'inline',
}: {
  source: PostingSource
  size?: 'inline' | 'menu'
}) {
  const url = webUrl(source.url)
  if (!url) return null
  return (
    <a
      href={url.href}
      target="_blank"
      rel="noopener noreferrer"
      className={
        size === 'menu'
          ? menuItemClass
          : 'rounded-md px-2 py-1.5 text-sm text-accent underline underline-offset-2'
      }
    >
      Original posting<span className="sr-only"> (opens in a new tab)</span>
    </a>
  )
}
