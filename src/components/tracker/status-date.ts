/** "3 Nov 2026" in the reader's own calendar: the day they set a status, as they lived it. */
export function statusDateLabel(at: string): string {
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) return at
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
}

/** "since 3 Nov 2026", or what is known when the date was never recorded. */
export function sinceLabel(at: string | null): string {
  return at ? `since ${statusDateLabel(at)}` : 'date not recorded'
}
