import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { endpointsFor } from '../endpoints.ts'
import { createHttp, ValidatorCache } from '../http.ts'
import { runFetch } from '../run.ts'
import { afterEach, beforeEach } from 'vitest'
import { startRecordedServer, type RecordedServer, type Route } from './server.ts'

/** A scratch project folder with a `sources` file and postings/, removed by `cleanup`. */
export async function scratch() {
  const root = await mkdtemp(path.join(tmpdir(), 'roleboard-fetch-'))
  const postings = path.join(root, 'postings')
  const cache = new ValidatorCache()
  return {
    root,
    postings,
    cache,
    /**
     * Runs `npm run fetch`'s work against the recorded server, with small pages and quick
     * retries. The timeout is generous by default: on a busy shared machine a local answer
     * can take longer than a short one, which failed tests that never meant to time out.
     */
    async fetch(
      server: RecordedServer,
      sources: string,
      today: string,
      { timeoutMs = 5_000 }: { timeoutMs?: number } = {},
    ) {
      await writeFile(path.join(root, 'sources'), sources)
      const http = createHttp({
        cache,
        retries: 1,
        backoffMs: 1,
        timeoutMs,
        sleep: async () => {},
      })
      return runFetch({
        sourcesFile: path.join(root, 'sources'),
        postingsDir: postings,
        http,
        today,
        endpoints: endpointsFor(server.base),
        pageSize: 2,
      })
    },
    /** Every file under postings/ (dot-folders included), path → text. */
    async tree(): Promise<Record<string, string>> {
      const out: Record<string, string> = {}
      let entries
      try {
        entries = await readdir(postings, { recursive: true, withFileTypes: true })
      } catch {
        return out
      }
      for (const e of entries) {
        if (!e.isFile()) continue
        const file = path.join(e.parentPath, e.name)
        out[path.relative(postings, file).split(path.sep).join('/')] = await readFile(file, 'utf8')
      }
      return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)))
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  }
}

/** The front matter of a raw file as key → value, in file order. */
export function frontMatter(text: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!m?.[1]) return {}
  return Object.fromEntries(
    m[1].split('\n').map((line) => {
      const i = line.indexOf(': ')
      return [line.slice(0, i), line.slice(i + 2)]
    }),
  )
}

/** The description below the front matter. */
export function body(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '')
}

/** Greenhouse escapes its HTML: `<p>` arrives as `&lt;p&gt;`. */
export function escapeHtml(html: string): string {
  return html
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

export type Scratch = Awaited<ReturnType<typeof scratch>>

/**
 * A recorded-response server (with `routes`) and a scratch project, new for every test of
 * the file and closed after it; `use` receives each pair.
 */
export function withRecordedProject(
  use: (server: RecordedServer, project: Scratch) => void,
  routes: Record<string, Route> = {},
): void {
  let current: [RecordedServer, Scratch] | null = null
  beforeEach(async () => {
    current = [await startRecordedServer(routes), await scratch()]
    use(...current)
  })
  afterEach(async () => {
    if (!current) return
    const [server, project] = current
    current = null
    await server.close()
    await project.cleanup()
  })
}
