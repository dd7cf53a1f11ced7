import path from 'node:path'
import type { Plugin } from 'vite'
import { ingestDir, ingestRecordsFile, postingsDir, postingsRecordsFile } from './ingest.ts'

const VIRTUAL_ID = 'virtual:postings'
const RESOLVED_ID = '\0' + VIRTUAL_ID

/**
 * Serves `virtual:postings`: every posting under `postings/` (or POSTINGS_DIR), parsed at
 * build time. A file that fails stops the build with its name and the reason.
 *
 * Benchmarks alone set POSTINGS_RECORDS=file.json to bundle pre-parsed (generated) records
 * instead; the build says so loudly.
 */
export function postingsPlugin(): Plugin {
  let dir = postingsDir()
  let records = postingsRecordsFile()
  return {
    name: 'roleboard-postings',
    configResolved(config) {
      dir = postingsDir(config.root)
      records = postingsRecordsFile(config.root)
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const source = records ?? dir
      this.addWatchFile(source)
      if (records)
        this.warn(`Bundling pre-parsed records from ${records} (POSTINGS_RECORDS), not postings/`)
      let postings
      try {
        postings = records ? await ingestRecordsFile(records) : await ingestDir(dir)
      } catch (error) {
        this.error(
          `Cannot build the board from ${path.relative(process.cwd(), source) || source}: ${(error as Error).message}`,
        )
      }
      // A JSON string parses faster than the same data as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(postings))})`
    },
    configureServer(server) {
      server.watcher.add(dir)
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (mod) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload)
    },
  }
}
