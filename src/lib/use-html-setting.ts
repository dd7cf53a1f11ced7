import { useCallback, useSyncExternalStore } from 'react'
import { readSetting, type HtmlSetting } from './html-setting'

// Every switch of a setting in this tab re-reads <html> when one of them chooses.
const listeners = new Set<() => void>()

function apply<T extends string>(setting: HtmlSetting<T>, value: T) {
  const root = document.documentElement
  if (value === setting.fallback) root.removeAttribute(setting.attribute)
  else root.setAttribute(setting.attribute, value)
  for (const listener of listeners) listener()
}

/**
 * A display setting's value and a way to choose it. The value lives on <html> (put there
 * before the first paint by the boot script) and in localStorage; choosing writes both, and
 * a choice made in another tab is followed here.
 */
export function useHtmlSetting<T extends string>(setting: HtmlSetting<T>): [T, (value: T) => void] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      listeners.add(onChange)
      const onStorage = (event: StorageEvent) => {
        if (event.key !== setting.key && event.key !== null) return
        try {
          apply(setting, readSetting(setting, localStorage.getItem(setting.key)))
        } catch {
          // Storage blocked: keep this tab's choice.
        }
      }
      window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(onChange)
        window.removeEventListener('storage', onStorage)
      }
    },
    [setting],
  )
  const value = useSyncExternalStore(
    subscribe,
    () => readSetting(setting, document.documentElement.getAttribute(setting.attribute)),
    () => setting.fallback,
  )
  const choose = useCallback(
    (next: T) => {
      apply(setting, next)
      try {
        if (next === setting.fallback) localStorage.removeItem(setting.key)
        else localStorage.setItem(setting.key, next)
      } catch {
        // Storage blocked: the choice holds for this page only.
      }
    },
    [setting],
  )
  return [value, choose]
}
