import { readdir } from 'node:fs/promises'
import path from 'node:path'

export const POSTING_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json']

/** A file the build cannot use, with the reason people will read. */
export type FileProblem = { file: string; reason: string }

export type Listing = {
  /** Regular files to parse, absolute paths, sorted by their path in the folder. */
  files: string[]
  /** Entries that look like postings but cannot be read as one (links, devices ...). */
  problems: FileProblem[]
}

/** Names that are drafts or system files by convention: `_draft.txt`, `.DS_Store`, `_drafts/`, `.git/`. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.')
}

/**
 * Roles their source no longer lists: `npm run fetch` moves them to `postings/.closed/`
 * with `closedAt:`. The one dot-folder the build reads (at the top of the postings folder
 * only), so a link or bookmark to a closed role still opens and says it is closed; the
 * board does not list them.
 */
export const CLOSED_FOLDER = '.closed'

/** A path inside the postings folder, with forward slashes on every system. */
export function relativeName(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

/**
 * Every posting file below `dir`. Files and folders whose name starts with `_` or `.` are
 * not published, at any depth, except the top `.closed/` folder (closed roles, listed last). A symbolic link is not followed (it could publish a file
 * from outside the folder, or loop) but reported, as is anything else that is not a
 * regular file, so that nothing is left out without a word.
 */
export async function listPostingFiles(dir: string): Promise<Listing> {
  const files: string[] = []
  const problems: FileProblem[] = []
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true })
    for (const entry of entries) {
      const closedFolder = folder === dir && entry.name === CLOSED_FOLDER && entry.isDirectory()
      if (isIgnoredName(entry.name) && !closedFolder) continue
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) files.push(full)
      else if (entry.isSymbolicLink())
        problems.push({
          file: relativeName(dir, full),
          reason:
            'a symbolic link: links are not followed, so copy the file into the postings folder',
        })
      else problems.push({ file: relativeName(dir, full), reason: 'not a regular file' })
    }
  }
  await walk(dir)
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  // Closed roles after open ones: when a role closed and opened again under a new id, the
  // open file is the one the merged posting shows.
  const closed = (file: string) => relativeName(dir, file).startsWith(`${CLOSED_FOLDER}/`)
  files.sort(
    (a, b) =>
      Number(closed(a)) - Number(closed(b)) || byName(relativeName(dir, a), relativeName(dir, b)),
  )
  problems.sort((a, b) => byName(a.file, b.file))
  return { files, problems }
}
