import path from 'node:path'
import { endpointsFor } from './fetch/endpoints.ts'
import { createHttp, USER_AGENT, ValidatorCache } from './fetch/http.ts'
import { formatSummary, runFetch } from './fetch/run.ts'
import { SourcesFileError } from './fetch/sources-file.ts'

/**
 * `npm run fetch`: reads `sources` (or SOURCES_FILE) and brings postings/ (or POSTINGS_DIR)
 * up to date with what each source lists now. Exit status 1 when the sources file is bad or
 * any source (or role) failed; the others are fetched all the same.
 */
async function main() {
  const root = process.cwd()
  const sourcesFile = path.resolve(root, process.env.SOURCES_FILE ?? 'sources')
  const postingsDir = path.resolve(root, process.env.POSTINGS_DIR ?? 'postings')
  const cacheFile = path.resolve(root, process.env.FETCH_CACHE ?? '.cache/fetch-http.json')
  const contact = process.env.ROLEBOARD_CONTACT
  const cache = await ValidatorCache.load(cacheFile)
  const http = createHttp({
    cache,
    userAgent: contact ? `${USER_AGENT.slice(0, -1)}; ${contact})` : USER_AGENT,
    ...(process.env.FETCH_TIMEOUT_MS ? { timeoutMs: Number(process.env.FETCH_TIMEOUT_MS) } : {}),
    ...(process.env.FETCH_RETRIES ? { retries: Number(process.env.FETCH_RETRIES) } : {}),
    ...(process.env.FETCH_BACKOFF_MS ? { backoffMs: Number(process.env.FETCH_BACKOFF_MS) } : {}),
  })
  const started = performance.now()
  const summaries = await runFetch({
    sourcesFile,
    postingsDir,
    http,
    today: new Date().toISOString().slice(0, 10),
    endpoints: endpointsFor(process.env.FETCH_ENDPOINTS_BASE),
  })
  await cache.save(cacheFile)
  console.log(formatSummary(summaries))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const { requests, retries, notModified } = http.stats
  console.log(
    `\n${summaries.length} sources in ${seconds} s: ${requests} requests, ${retries} retries, ${notModified} not modified`,
  )
  if (summaries.some((s) => s.failed > 0)) process.exitCode = 1
}

main().catch((error) => {
  if (error instanceof SourcesFileError) {
    console.error(
      `The sources file has problems:\n${error.problems.map((p) => `  ${p}`).join('\n')}`,
    )
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`No sources file: ${(error as Error).message}. See README, "Fetch postings".`)
  } else console.error(error)
  process.exitCode = 1
})
