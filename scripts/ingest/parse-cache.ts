import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import type { Posting } from '../../src/model/posting.ts'

/**
 * What parsing one file gave: its validated postings, or why it gives none (the reason an
 * IngestError carries). A file that cannot be read or has an unsupported type is not
 * cached: that is known without parsing.
 */
export type ParseOutcome = { postings: Posting[] } | { error: string }

const REPO = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The modules whose code decides a file's outcome: the parser, the Posting schema it is
 * validated against, and the ingest's own checks and messages. Everything they import,
 * in the repository, is followed from them.
 */
const OUTCOME_ROOTS = ['src/parser/index.ts', 'src/model/posting.ts', 'scripts/ingest.ts']

/** Import and export specifiers of a module (static, `export … from` and dynamic). */
const SPECIFIER = /\b(?:from|import)\s*(?:\(\s*)?['"]([^'"]+)['"]/g

/** A relative or `@/` specifier as a file of the repository, as the bundler resolves it. */
function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(REPO, 'src', specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null
  if (base === null) return null
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
  ]
  const found = candidates.find((file) => existsSync(file) && statSync(file).isFile())
  // Never a silent gap in the fingerprint: a module it cannot find fails the build loudly.
  if (!found) throw new Error(`parse cache: cannot resolve ${specifier} from ${from}`)
  return found
}

/** Every repository file `roots` (paths from the repository root) reach through imports. */
export function moduleClosure(roots: readonly string[]): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    if (!/\.(?:ts|tsx|js|mjs)$/.test(file)) return
    const code = readFileSync(file, 'utf8')
    for (const [, specifier] of code.matchAll(SPECIFIER)) {
      const local = resolveLocal(file, specifier!)
      if (local) visit(local)
    }
  }
  for (const root of roots) visit(path.join(REPO, root))
  return [...seen].sort()
}

/**
 * A fingerprint of everything a file's outcome depends on besides the file: the code of
 * every module in OUTCOME_ROOTS' closure, the installed packages (the lockfile: valibot,
 * i18n-iso-countries …) and the runtime (its Intl data reads languages, regions and
 * numbers). Any change to one of them changes it, and the cache starts afresh.
 */
export function outcomeFingerprint(): string {
  const hash = createHash('sha256')
  const { node, v8, icu, unicode, cldr } = process.versions
  hash.update(JSON.stringify({ node, v8, icu, unicode, cldr }))
  for (const file of moduleClosure(OUTCOME_ROOTS)) {
    hash.update(`\0${path.relative(REPO, file)}\0`)
    hash.update(readFileSync(file))
  }
  const lockfile = path.join(REPO, 'package-lock.json')
  hash.update(existsSync(lockfile) ? readFileSync(lockfile) : 'no lockfile')
  return hash.digest('hex')
}

/** A file's key: its name in the folder (the parser records it) and its content. */
function keyOf(name: string, raw: string): string {
  return createHash('sha256').update(name).update('\0').update(raw).digest('base64url')
}

type Stored = { fingerprint: string; outcomes: Map<string, Buffer> }

/** Cache files kept in the cache folder: the folders built most recently. */
const KEPT_FOLDERS = 8

/**
 * Outcomes of parsing a postings folder's files, kept between builds, so a build parses
 * only the files that changed since the last one (the parser costs about 3 ms a posting:
 * 30 s of CPU at 10,000). An entry is found by the file's name and content, and the
 * whole cache is valid only for the fingerprint it was written with (outcomeFingerprint).
 * Outcomes are kept as V8's serialisation of the values the parser gave, so a cached
 * posting is the same value, key order and all, as a parsed one, and each use gets its
 * own copy (nothing the build does to a posting reaches the cache).
 *
 * One file per postings folder in `dir`; writing it keeps only the entries this build used,
 * and only the most recently built folders' files stay (KEPT_FOLDERS).
 */
export class ParseCache {
  private readonly used = new Map<string, Buffer>()
  private added = 0

  private constructor(
    private readonly file: string,
    private readonly fingerprint: string,
    private readonly stored: Map<string, Buffer>,
  ) {}

  /** The cache of `postingsDir` in `dir`; empty when there is none, or it is stale or unreadable. */
  static async open(dir: string, postingsDir: string, fingerprint = outcomeFingerprint()) {
    const name = createHash('sha256').update(path.resolve(postingsDir)).digest('hex').slice(0, 16)
    const file = path.join(dir, `postings-${name}.bin`)
    let outcomes = new Map<string, Buffer>()
    try {
      const stored = deserialize(await readFile(file)) as Stored
      if (stored.fingerprint === fingerprint && stored.outcomes instanceof Map)
        outcomes = stored.outcomes
    } catch {
      // No cache yet, or one this code cannot read: every file is parsed.
    }
    return new ParseCache(file, fingerprint, outcomes)
  }

  /** The outcome of `raw` as `name`, from `parse` or from an earlier build. */
  outcome(name: string, raw: string, parse: () => ParseOutcome): ParseOutcome {
    const key = keyOf(name, raw)
    const stored = this.stored.get(key)
    if (stored !== undefined) {
      this.used.set(key, stored)
      return deserialize(stored) as ParseOutcome
    }
    // A file parsed now: the cache keeps its serialisation, and the build gets the value
    // itself, as a build without a cache does (no copy made back from the bytes just
    // written: about 0.3 s of a cold build at 10,000 files).
    const parsed = parse()
    this.used.set(key, serialize(parsed))
    this.added++
    return parsed
  }

  /** How many outcomes this build found in the cache, and how many it parsed. */
  get counts(): { reused: number; parsed: number } {
    return { reused: this.used.size - this.added, parsed: this.added }
  }

  /**
   * Writes the entries this build used, when they differ from what was read (atomically:
   * a build reading it meanwhile sees the old file or the new one).
   */
  async save(): Promise<void> {
    const dir = path.dirname(this.file)
    if (this.added === 0 && this.used.size === this.stored.size) {
      // Unchanged: marked as used, so pruning keeps the folders built most recently.
      const now = new Date()
      await utimes(this.file, now, now).catch(() => undefined)
      return
    }
    await mkdir(dir, { recursive: true })
    const temp = `${this.file}.${process.pid}.tmp`
    const stored: Stored = { fingerprint: this.fingerprint, outcomes: this.used }
    try {
      await writeFile(temp, serialize(stored))
      await rename(temp, this.file)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    await pruneFolders(dir)
  }
}

/** Leaves the KEPT_FOLDERS most recently written cache files (temporary folders come and go). */
async function pruneFolders(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => /^postings-[0-9a-f]+\.bin$/.test(name))
  if (names.length <= KEPT_FOLDERS) return
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      at: await stat(path.join(dir, name)).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    })),
  )
  dated.sort((a, b) => b.at - a.at)
  await Promise.all(
    dated.slice(KEPT_FOLDERS).map(({ name }) => rm(path.join(dir, name), { force: true })),
  )
}
