import { useEffect, useState } from 'react'

/** Copies `text` to the clipboard; false when the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // No clipboard permission (or an insecure context): fall back to a selection copy.
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    return ok
  }
}

/**
 * "Copy link": copies the address of the current view and says so. `iconOnlyOnPhone`
 * shows only its icon below 640 px (the name stays "Copy link").
 */
export function CopyLinkButton({
  className = '',
  iconOnlyOnPhone = false,
}: {
  className?: string
  iconOnlyOnPhone?: boolean
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  return (
    <span className="relative inline-flex">
      <button
        type="button"
        onClick={() => {
          // copyText never rejects: a refused clipboard falls back to a selection copy.
          void copyText(window.location.href).then((ok) => setState(ok ? 'copied' : 'failed'))
        }}
        className={`inline-flex h-9 items-center gap-1.5 rounded-lg border border-line bg-surface px-2.5 text-sm sm:px-3 font-medium text-ink shadow-sm hover:bg-raised ${className}`}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current text-muted">
          <path d="M8.6 11.4a3 3 0 0 0 4.2 0l2.8-2.8a3 3 0 0 0-4.2-4.2l-.9.9 1 1 .9-.9a1.6 1.6 0 0 1 2.2 2.2l-2.8 2.8a1.6 1.6 0 0 1-2.2 0l-1 1Zm2.8-2.8a3 3 0 0 0-4.2 0l-2.8 2.8a3 3 0 0 0 4.2 4.2l.9-.9-1-1-.9.9a1.6 1.6 0 0 1-2.2-2.2l2.8-2.8a1.6 1.6 0 0 1 2.2 0l1-1Z" />
        </svg>
        <span className={iconOnlyOnPhone ? 'sr-only sm:not-sr-only' : undefined}>Copy link</span>
      </button>
      <span
        role="status"
        className="pointer-events-none absolute right-0 top-full z-10 mt-1 whitespace-nowrap rounded-md bg-ink px-2 py-1 text-xs font-medium text-canvas empty:hidden"
      >
        {state === 'copied'
          ? 'Link copied'
          : state === 'failed'
            ? 'Could not copy; copy the address bar instead'
            : ''}
      </span>
    </span>
  )
}
