import { useId } from 'react'
import { readSetting } from '@/lib/html-setting'
import { THEME, type Theme } from '@/lib/theme'
import { useHtmlSetting } from '@/lib/use-html-setting'

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/**
 * System, light or dark, remembered in this browser. The boot script applied the stored
 * choice before the first paint; this keeps it and other tabs in step.
 */
export function ThemeSwitch() {
  const id = useId()
  const [theme, choose] = useHtmlSetting(THEME)

  return (
    <div className="flex items-center gap-1.5 text-sm">
      <label htmlFor={id} className="text-muted">
        Theme
      </label>
      <select
        id={id}
        value={theme}
        onChange={(event) => choose(readSetting(THEME, event.target.value))}
        className="rounded-md border border-line bg-surface px-2 py-1 text-ink"
      >
        {THEME.values.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  )
}
