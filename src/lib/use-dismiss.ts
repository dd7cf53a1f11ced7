import { useEffect, useRef, type RefObject } from 'react'

/** How a popup was dismissed: by Escape inside it, or by a click or focus elsewhere. */
export type Dismissal = 'escape' | 'outside'

/**
 * Closes a popup (a menu, a folded panel) the way people expect: Escape pressed inside it,
 * or a pointer press or focus anywhere outside it. `inside` lists every element that counts
 * as the popup (its panel and the button that opens it), so toggling by the button is not
 * also read as a press outside. Escape is stopped here so that a page-level Escape (closing
 * the preview pane) does not fire as well.
 */
export function useDismiss(
  open: boolean,
  inside: readonly RefObject<HTMLElement | null>[],
  onDismiss: (how: Dismissal) => void,
): void {
  // The latest callback and elements, without re-attaching the listeners on every render.
  const dismiss = useRef(onDismiss)
  const refs = useRef(inside)
  useEffect(() => {
    dismiss.current = onDismiss
    refs.current = inside
  })

  useEffect(() => {
    if (!open) return
    const within = (target: EventTarget | null) =>
      target instanceof Node && refs.current.some((ref) => ref.current?.contains(target))
    const outside = (event: Event) => {
      if (!within(event.target)) dismiss.current('outside')
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !within(event.target)) return
      event.preventDefault()
      event.stopPropagation()
      dismiss.current('escape')
    }
    document.addEventListener('pointerdown', outside)
    document.addEventListener('focusin', outside)
    // Capture, so the popup closes before a page-level Escape handler can see the key.
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('pointerdown', outside)
      document.removeEventListener('focusin', outside)
      document.removeEventListener('keydown', onKeyDown, true)
    }
  }, [open])
}
