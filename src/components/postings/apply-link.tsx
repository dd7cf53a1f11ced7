import type { Posting } from '@/model/posting'

/** Safe to link: only web addresses, never `javascript:` or the like from pasted text. */
export function webUrl(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

/**
 * Where to apply: the posting's own application link, else the original posting. None for a
 * closed role (its form is gone) or when neither is a web address.
 */
export function applyUrl(posting: Pick<Posting, 'source'>): string | null {
  if (posting.source.closedAt) return null
  return webUrl(posting.source.applyUrl) ?? webUrl(posting.source.url)
}

type Props = {
  posting: Pick<Posting, 'source'>
  className?: string
  /** Called as the link opens (in a new tab), e.g. to offer to set the status. */
  onApply?: () => void
}

/** "Apply on jobs.example.com": the main action on a role, opened safely in a new tab. */
export function ApplyLink({ posting, className, onApply }: Props) {
  const href = applyUrl(posting)
  if (!href) return null
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={onApply}
      className={
        className ??
        'inline-flex items-center rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink hover:opacity-90'
      }
    >
      Apply on {new URL(href).host}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  )
}
