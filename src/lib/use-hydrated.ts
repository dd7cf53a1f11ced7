import { useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * False in the build's prerender and while the app adopts that prerendered markup
 * (hydration), true otherwise. What the prerender cannot put in its HTML (a style
 * attribute, which the Content-Security-Policy forbids there) is rendered only once this is
 * true: hydration then meets exactly the markup the build wrote, and React adds the rest in
 * the render that follows it. A page the app draws itself has it true from its first render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
