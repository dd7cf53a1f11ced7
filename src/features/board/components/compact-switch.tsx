import { useSyncExternalStore } from 'react'
import { DENSITY_ATTRIBUTE, DENSITY_KEY, readDensity, type Density } from '@/lib/density'

// The density lives on <html> (set before the first paint by the boot script, see
// src/lib/density.ts) and in localStorage; this switch reads the one and writes both.
const listeners = new Set<() => void>()

function current(): Density {
  return readDensity(document.documentElement.getAttribute(DENSITY_ATTRIBUTE))
}

function apply(density: Density) {
  const root = document.documentElement
  if (density === 'compact') root.setAttribute(DENSITY_ATTRIBUTE, 'compact')
  else root.removeAttribute(DENSITY_ATTRIBUTE)
  for (const listener of listeners) listener()
}

function subscribe(onChange: () => void) {
  listeners.add(onChange)
  // Another tab chose: follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== DENSITY_KEY && event.key !== null) return
    try {
      apply(readDensity(localStorage.getItem(DENSITY_KEY)))
    } catch {
      // Storage blocked: keep this tab's choice.
    }
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('storage', onStorage)
  }
}

function choose(density: Density) {
  apply(density)
  try {
    if (density === 'compact') localStorage.setItem(DENSITY_KEY, 'compact')
    else localStorage.removeItem(DENSITY_KEY)
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}

/** "Compact cards": fewer lines per card, more roles per screen; remembered. */
export function CompactSwitch() {
  const compact = useSyncExternalStore(subscribe, current, () => 'comfortable') === 'compact'
  return (
    <button
      type="button"
      role="switch"
      aria-checked={compact}
      onClick={() => choose(compact ? 'comfortable' : 'compact')}
      className="group inline-flex h-9 items-center gap-2 rounded-lg border border-line bg-surface px-2.5 text-sm font-medium text-ink shadow-sm hover:bg-raised"
    >
      <span
        aria-hidden="true"
        className="relative h-4 w-7 rounded-full bg-line transition-colors group-aria-checked:bg-accent"
      >
        <span className="absolute left-0.5 top-0.5 size-3 rounded-full bg-surface shadow transition-transform group-aria-checked:translate-x-3" />
      </span>
      {/* "Compact" on a phone; the name stays "Compact cards". */}
      <span>
        Compact<span className="sr-only sm:not-sr-only"> cards</span>
      </span>
    </button>
  )
}
