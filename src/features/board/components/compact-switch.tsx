import { DENSITY } from '@/lib/density'
import { useHtmlSetting } from '@/lib/use-html-setting'

/** "Compact cards": fewer lines per card, more roles per screen; remembered. */
export function CompactSwitch() {
  const [density, choose] = useHtmlSetting(DENSITY)
  const compact = density === 'compact'
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
