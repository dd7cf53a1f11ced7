import { useEffect, useId, useState } from 'react'
import { readTheme, THEME_ATTRIBUTE, THEME_KEY, THEMES, type Theme } from '@/lib/theme'

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' }

function stored(): Theme {
  try {
    return readTheme(localStorage.getItem(THEME_KEY))
  } catch {
    return 'system'
  }
}

function apply(theme: Theme) {
  const root = document.documentElement
  if (theme === 'system') root.removeAttribute(THEME_ATTRIBUTE)
  else root.setAttribute(THEME_ATTRIBUTE, theme)
}

/**
 * System, light or dark, remembered in this browser. The boot script (src/lib/theme.ts)
 * applied the stored choice before the first paint; this keeps it and other tabs in step.
 */
export function ThemeSwitch() {
  const id = useId()
  const [theme, setTheme] = useState(stored)

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_KEY && event.key !== null) return
      const next = stored()
      setTheme(next)
      apply(next)
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])

  const choose = (next: Theme) => {
    setTheme(next)
    apply(next)
    try {
      if (next === 'system') localStorage.removeItem(THEME_KEY)
      else localStorage.setItem(THEME_KEY, next)
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
  }

  return (
    <div className="flex items-center gap-1.5 text-sm">
      <label htmlFor={id} className="text-muted">
        Theme
      </label>
      <select
        id={id}
        value={theme}
        onChange={(event) => choose(readTheme(event.target.value))}
        className="rounded-md border border-line bg-surface px-2 py-1 text-ink"
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  )
}
