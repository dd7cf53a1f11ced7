import { useSyncExternalStore } from 'react'

/*
 * Which role's note dialog is open, kept outside the card: a card can be drawn again from
 * scratch while the dialog is open (the virtual list drops the rows that scroll out of
 * view and draws them anew), and the dialog must stay open with what is being typed.
 */
let openFor: string | null = null
const listeners = new Set<() => void>()

function set(id: string | null) {
  openFor = id
  for (const listener of listeners) listener()
}

export const openNote = (postingId: string) => set(postingId)
export const closeNote = () => set(null)

export function useOpenNote(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    () => openFor,
    () => null,
  )
}
