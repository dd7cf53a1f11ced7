/** The longest posting text read (characters); real postings are a few thousand. */
export const MAX_TEXT_LENGTH = 1_000_000
/** The largest file read (bytes). */
export const MAX_FILE_BYTES = 1_000_000

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json'] as const

const megabytes = (n: number) => `${(n / 1_000_000).toFixed(n >= 10_000_000 ? 0 : 1)} MB`

export function tooLongMessage(length: number): string {
  return `That text is ${megabytes(length)} long; Roleboard reads postings up to ${megabytes(MAX_TEXT_LENGTH)}. Nothing was read. Paste only the posting itself.`
}

/** Why a file cannot be read, or null when it can. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? ''
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension))
    return `“${file.name}” is not a text, Markdown, HTML or JSON file (${ACCEPTED_EXTENSIONS.join(', ')}).`
  if (file.size > MAX_FILE_BYTES)
    return `“${file.name}” is ${megabytes(file.size)}; Roleboard reads files up to ${megabytes(MAX_FILE_BYTES)}. Nothing was read.`
  return null
}
