import path from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { BOARD_REPORT_PATH } from '../src/model/board-report.ts'
import {
  ingestDir,
  ingestRecordsFile,
  onErrorSetting,
  postingsDir,
  postingsRecordsFile,
  type Ingested,
} from './ingest.ts'

const VIRTUAL_ID = 'virtual:postings'
const RESOLVED_ID = '\0' + VIRTUAL_ID

/** "2,904 files → 2,870 postings (30 merged, 4 skipped) in 21.3 s" */
export function summaryLine({ report }: Ingested, seconds: number): string {
  const n = (value: number) => value.toLocaleString('en-US')
  return (
    `postings: ${n(report.files)} file${report.files === 1 ? '' : 's'} → ${n(report.postings)} postings ` +
    `(${n(report.merged)} merged, ${n(report.skipped.length)} skipped) in ${seconds.toFixed(1)} s`
  )
}

/**
 * Serves `virtual:postings`: every posting under `postings/` (or POSTINGS_DIR), parsed at
 * build time, and writes the build's report (`data/report.json`: counts, merges, skipped
 * files) for the About page. Every failed file is named in one error that stops the build;
 * POSTINGS_ON_ERROR=skip builds without them instead. The build prints a summary line.
 *
 * Benchmarks alone set POSTINGS_RECORDS=file.json to bundle pre-parsed (generated) records
 * instead; the build says so loudly.
 */
export function postingsPlugin(): Plugin {
  let dir = postingsDir()
  let records = postingsRecordsFile()
  let config: ResolvedConfig | undefined
  let pending: Promise<Ingested> | null = null

  const run = async (): Promise<Ingested> => {
    const started = performance.now()
    const onError = onErrorSetting()
    if (records)
      config?.logger.warn(
        `Bundling pre-parsed records from ${records} (POSTINGS_RECORDS), not postings/`,
      )
    const ingested = records ? await ingestRecordsFile(records) : await ingestDir(dir, { onError })
    for (const skipped of ingested.report.skipped)
      config?.logger.warn(`Skipped ${skipped.file}: ${skipped.reason}`)
    config?.logger.info(summaryLine(ingested, (performance.now() - started) / 1000))
    return ingested
  }
  const ingest = () => (pending ??= run())

  return {
    name: 'roleboard-postings',
    configResolved(resolved) {
      config = resolved
      dir = postingsDir(resolved.root)
      records = postingsRecordsFile(resolved.root)
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      this.addWatchFile(records ?? dir)
      let ingested: Ingested
      try {
        ingested = await ingest()
      } catch (error) {
        pending = null
        const source = records ?? dir
        this.error(
          `Cannot build the board from ${path.relative(process.cwd(), source) || source}: ${(error as Error).message}`,
        )
      }
      // A JSON string parses faster than the same data as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(ingested.postings))})`
    },
    async generateBundle() {
      const { report } = await ingest()
      this.emitFile({ type: 'asset', fileName: BOARD_REPORT_PATH, source: JSON.stringify(report) })
    },
    configureServer(server) {
      server.watcher.add(dir)
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return
        pending = null
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (mod) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload)
      server.middlewares.use(`${server.config.base}${BOARD_REPORT_PATH}`, (_req, res, next) => {
        ingest().then(
          ({ report }) => {
            res.setHeader('Content-Type', 'application/json')
            res.end(JSON.stringify(report))
          },
          (error: unknown) => next(error),
        )
      })
    },
  }
}
