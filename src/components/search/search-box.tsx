import { useEffect, useRef } from 'react'
import { isPlainKey, isTypingTarget } from '@/lib/keyboard'

export type SearchBoxProps = {
  value: string
  onChange: (value: string) => void
  /** Accessible name and placeholder. */
  label?: string | undefined
  placeholder?: string | undefined
  /** `/` anywhere on the page focuses the box. */
  slashShortcut?: boolean | undefined
  className?: string | undefined
}

/** Text search field: `/` focuses it, Esc leaves it (without clearing it). */
export function SearchBox({
  value,
  onChange,
  label = 'Search postings',
  placeholder = 'Search title, company, stack, text…',
  slashShortcut = true,
  className = 'flex-1',
}: SearchBoxProps) {
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!slashShortcut) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || !isPlainKey(event)) return
      if (isTypingTarget(event.target)) return
      event.preventDefault()
      inputRef.current?.focus()
      inputRef.current?.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [slashShortcut])

  return (
    <div className={`relative ${className}`}>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 fill-current text-muted"
      >
        <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64-1.06 1.06-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        aria-keyshortcuts={slashShortcut ? '/' : undefined}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            // Chrome clears a search field on Esc; here Esc only leaves the field.
            event.preventDefault()
            event.currentTarget.blur()
          }
        }}
        autoComplete="off"
        spellCheck={false}
        className="h-11 w-full rounded-lg border border-line bg-surface pl-9 pr-10 text-base text-ink shadow-sm placeholder:text-muted focus:border-accent focus-visible:outline-2 focus-visible:outline-accent sm:text-sm"
      />
      {slashShortcut ? (
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute right-3 top-1/2 hidden -translate-y-1/2 rounded border border-line px-1.5 font-mono text-xs text-muted sm:block"
        >
          /
        </kbd>
      ) : null}
    </div>
  )
}
