import { highlightParts } from '@/search/highlight'

/** Renders `text` with the terms of `query` in <mark>; the text is never treated as HTML. */
export function Highlight({
  text,
  query,
  words,
}: {
  text: string
  query?: string | undefined
  /** Whole words to mark too (alias names, words a typo meant). */
  words?: readonly string[] | undefined
}) {
  if (!query) return <>{text}</>
  return (
    <>
      {highlightParts(text, query, words).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  )
}
