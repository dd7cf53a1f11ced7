/** The UI shows at most this many notes about one address; the rest are summed up. */
export const MAX_NOTES = 8

const MAX_QUOTED = 40

/** A value as the note quotes it: short enough to read, whatever the address held. */
export function quote(value: string): string {
  const chars = [...value]
  const shown = chars.length > MAX_QUOTED ? chars.slice(0, MAX_QUOTED).join('') + '…' : value
  return `“${shown}”`
}

/** "a", "a or b", "a, b or c" */
export function either(options: readonly string[]): string {
  if (options.length <= 1) return options.join('')
  return `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`
}

/** Collects notes about an address, keeping the list short however broken it is. */
export function createNotes() {
  const notes: string[] = []
  let dropped = 0
  return {
    add(note: string) {
      if (notes.length < MAX_NOTES) notes.push(note)
      else dropped++
    },
    list(): string[] {
      if (dropped === 0) return notes
      return [
        ...notes,
        `${dropped} more ${dropped === 1 ? 'problem' : 'problems'} in the address ${dropped === 1 ? 'was' : 'were'} ignored too.`,
      ]
    },
  }
}

/** One note for all unknown parameters, naming the first few. */
export function unknownParamsNote(keys: string[]): string | null {
  if (keys.length === 0) return null
  if (keys.length === 1) return `Ignored the unknown parameter ${quote(keys[0]!)}.`
  const named = keys.slice(0, 3).map(quote)
  const rest = keys.length - named.length
  return `Ignored ${keys.length} unknown parameters: ${named.join(', ')}${rest ? ` and ${rest} more` : ''}.`
}
