/**
 * The role hidden last, so a toast can offer to undo it: the card (and the focused button)
 * leave the board the moment a role is hidden.
 */
type LastHidden = { postingId: string; title: string; at: number } | null

let last: LastHidden = null
const listeners = new Set<() => void>()

export const hideUndo = {
  get: () => last,
  // An arrow function: React calls it unbound (useSyncExternalStore).
  subscribe: (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  set(next: LastHidden) {
    last = next
    for (const listener of listeners) listener()
  },
}
