import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Plugin, ResolvedConfig, Rolldown, ViteDevServer } from 'vite'
import { comparePageHtml, postingPages } from '../src/app/static-pages.ts'
import {
  chunkOfRow,
  dataPaths,
  prerenderable,
  SIMILAR_SHOWN,
  type PostingCard,
} from '../src/model/board-files.ts'
import { BOARD_REPORT_PATH } from '../src/model/board-report.ts'
import { boardData, type BoardData, type BoardFile } from './board-data.ts'
import { cpuMs, type CpuMeter } from './build-cpu.ts'
import { staticClosure } from './chunk-graph.ts'
import { openPrerenderer, type Prerenderer } from './prerender.ts'
import { postingPath, siteOrigin, withCanonical } from './site-files.ts'
import {
  ingestDir,
  ingestRecordsFile,
  onErrorSetting,
  parseCacheDir,
  postingsDir,
  postingsRecordsFile,
  recordIdLedger,
  type Ingested,
} from './ingest.ts'

const VIRTUAL_ID = 'virtual:board-data'
const RESOLVED_ID = '\0' + VIRTUAL_ID

/**
 * "2,904 files → 2,870 postings (30 merged, 4 skipped) in 21.3 s", and with a parse cache
 * "; 12 files parsed, 2,892 from the parse cache".
 */
export function summaryLine({ report, cache }: Ingested, seconds: number): string {
  const n = (value: number) => value.toLocaleString('en-US')
  return (
    `postings: ${n(report.files)} file${report.files === 1 ? '' : 's'} → ${n(report.postings)} postings ` +
    `(${n(report.merged)} merged, ${n(report.skipped.length)} skipped) in ${seconds.toFixed(1)} s` +
    (cache
      ? `; ${n(cache.parsed)} file${cache.parsed === 1 ? '' : 's'} parsed, ${n(cache.reused)} from the parse cache`
      : '')
  )
}

type Board = { ingested: Ingested; data: BoardData }

/** The modules a prerendered route loads before the app's first render, beside the entry's. */
const ROUTE_MODULES = {
  posting: /[\\/]src[\\/]features[\\/]posting[\\/]components[\\/]posting-page\.tsx$/,
  compare: /[\\/]src[\\/]features[\\/]compare[\\/]components[\\/]compare-page\.tsx$/,
  // The store's backend, which every page opens before its first render (app-store.ts).
  store: /[\\/]src[\\/]storage[\\/](?:idb-backend|adopt-local-storage)\.ts$/,
}

/**
 * The script files (paths from the site's root) of the chunks whose entry module matches
 * one of `patterns`, with every chunk they import statically: what a prerendered page
 * preloads with the app's entry so its route renders without a second round of requests.
 */
export function routeChunks(bundle: Rolldown.OutputBundle, patterns: readonly RegExp[]): string[] {
  const roots = Object.entries(bundle)
    .filter(
      ([, chunk]) =>
        chunk.type === 'chunk' &&
        chunk.facadeModuleId !== null &&
        patterns.some((p) => p.test(chunk.facadeModuleId!)),
    )
    .map(([file]) => file)
  return [...staticClosure(bundle, roots)].map((file) => `/${file}`)
}

/**
 * Builds the board from every posting under `postings/` (or POSTINGS_DIR), parsed at build
 * time. Every failed file is named in one error that stops the build; POSTINGS_ON_ERROR=skip
 * builds without them instead. The build prints a summary line and writes:
 * - the board's data files under `/data/<hash>/` (README, "Data files"); the app learns
 *   the folder from `virtual:board-data`;
 * - the build's report (`data/report.json`: counts, merges, skipped files) for the About page;
 * - a static page per posting, `/jobs/<id>.html`: the app's posting page rendered at build
 *   time (painted before any script runs) with its JSON-LD, preloads of its file and its
 *   similar roles' cards, and with SITE_ORIGIN its canonical link;
 * - `compare.html`, the compare page's shell while its roles load (answers /compare);
 * - index.html with the board's shell (painted before any script runs) and preloads of
 *   the board's index file and the cards its default view shows first.
 * The pages are the app's own components rendered with react-dom/server (scripts/prerender.ts).
 * The dev server serves the same files from memory.
 *
 * Benchmarks alone set POSTINGS_RECORDS=file.json to use pre-parsed (generated) records
 * instead; the build says so loudly.
 *
 * `cpu` counts the CPU time of the ingest, the data files and the pages, for the
 * build's summary (scripts/build-cpu.ts).
 */
export function postingsPlugin({ cpu }: { cpu?: CpuMeter } = {}): Plugin {
  let dir = postingsDir()
  let records = postingsRecordsFile()
  // With SITE_ORIGIN each posting page names itself as its canonical URL (scripts/site-files.ts),
  // written here with the page rather than read back and written again.
  const origin = siteOrigin(process.env.SITE_ORIGIN)
  let config: ResolvedConfig | undefined
  let outDir = 'dist'
  let pending: Promise<Board> | null = null
  let failed = false

  const run = async (): Promise<Board> => {
    const started = performance.now()
    const onError = onErrorSetting()
    if (records)
      config?.logger.warn(
        `Building the board from pre-parsed records in ${records} (POSTINGS_RECORDS), not postings/`,
      )
    let ingested: Ingested
    try {
      ingested = records
        ? await ingestRecordsFile(records)
        : await ingestDir(dir, { onError, cacheDir: config && parseCacheDir(config.cacheDir) })
    } catch (error) {
      const source = records ?? dir
      throw new Error(
        `Cannot build the board from ${path.relative(process.cwd(), source) || source}: ${(error as Error).message}`,
      )
    }
    if (!records)
      await recordIdLedger(dir, ingested, {
        info: (message) => config?.logger.info(message),
        warn: (message) => config?.logger.warn(message),
      })
    if (ingested.cache?.unsaved)
      config?.logger.warn(`The parse cache could not be written: ${ingested.cache.unsaved}`)
    for (const skipped of ingested.report.skipped)
      config?.logger.warn(`Skipped ${skipped.file}: ${skipped.reason}`)
    config?.logger.info(summaryLine(ingested, (performance.now() - started) / 1000))
    return { ingested, data: boardData(ingested.postings) }
  }
  const ingest = () => (pending ??= run())
  const base = (hash: string) => `/data/${hash}/`
  const boardDataModule = (data: BoardData) =>
    `export default ${JSON.stringify({ base: base(data.hash), firstChunks: data.firstChunks })}`
  // One renderer a build, for the board's first view (index.html) and then every other page.
  let renderer: Promise<Prerenderer> | null = null
  const prerenderer = (data: BoardData) =>
    (renderer ??= openPrerenderer(config?.root ?? process.cwd(), boardDataModule(data)))
  const closeRenderer = async () => {
    const open = renderer
    renderer = null
    if (open) await (await open).close()
  }
  // The board's first view as the app renders it, with its first cards: one render a build.
  let firstView: Promise<string> | null = null
  const renderFirstView = (data: BoardData) =>
    (firstView ??= prerenderer(data).then((render) =>
      render.board({
        index: data.indexFile(),
        cards: new Map(data.firstChunks.map((chunk) => [chunk, data.cardChunk(chunk)])),
      }),
    ))

  /**
   * The data files, and beside each prerenderable posting's file its page (rendered from
   * the value that file is the JSON of: the app reads the same), so the files are never all
   * held at once.
   */
  const writeFiles = async ({ data }: Board, bundle: Rolldown.OutputBundle) => {
    const postingModules = routeChunks(bundle, [ROUTE_MODULES.posting, ROUTE_MODULES.store])
    const compareModules = routeChunks(bundle, [ROUTE_MODULES.compare, ROUTE_MODULES.store])
    const render = await prerenderer(data)
    const root = path.join(outDir, base(data.hash))
    const indexHtml = await readFile(path.join(outDir, 'index.html'), 'utf8')
    const postingPageHtml = postingPages(indexHtml, postingModules)
    mkdirSync(path.join(outDir, 'jobs'), { recursive: true })
    const pages = new Map(
      [...data.rows, ...data.closed]
        .filter((posting) => prerenderable(posting.id))
        .map((posting) => [dataPaths.posting(posting.id), posting]),
    )
    const made = new Set<string>()
    // Each chunk's cards are made once: a chunk holds the similar roles of many pages.
    const chunkCards = new Map<number, PostingCard[]>()
    const cardChunk = (chunk: number) => {
      let cards = chunkCards.get(chunk)
      if (!cards) chunkCards.set(chunk, (cards = data.cardChunk(chunk)))
      return cards
    }
    // CPU time of the loop, split between the data files and the pages by their shares of
    // its wall time: the two alternate thousands of times, and a CPU reading each time
    // (getrusage) cost seconds of a 10k build.
    const loopCpu = cpuMs()
    const loopStarted = performance.now()
    let pagesWall = 0
    for (const { path: file, content, postingFile } of data.files()) {
      const target = path.join(root, file)
      const folder = path.dirname(target)
      // Written synchronously: some 20,000 small files, each an open, a write and a close
      // that the thread pool would hand back and forth (on one core, about 3x the CPU).
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true })
        made.add(folder)
      }
      writeFileSync(target, content)
      const posting = pages.get(file)
      if (!posting || !postingFile) continue
      const pageStarted = performance.now()
      // jobs/<id>.html answers /jobs/<id> on vite preview and the common static hosts.
      // The cards of the similar roles the page shows (as the app does with none hidden).
      const chunks = [...new Set(postingFile.similar.slice(0, SIMILAR_SHOWN).map(chunkOfRow))]
      const cards = new Map<number, PostingCard[]>(chunks.map((chunk) => [chunk, cardChunk(chunk)]))
      const markup = await render.posting(postingFile, cards)
      const preloads = [file, ...chunks.map(dataPaths.card)].map((own) => base(data.hash) + own)
      const page = postingPageHtml(posting, markup, preloads)
      writeFileSync(
        path.join(outDir, 'jobs', `${posting.id}.html`),
        origin ? withCanonical(page, origin + postingPath(posting.id)) : page,
      )
      pagesWall += performance.now() - pageStarted
    }
    const loopCpuSpent = cpuMs() - loopCpu
    const pagesShare = pagesWall / Math.max(performance.now() - loopStarted, 1e-3)
    cpu?.add('data files', loopCpuSpent * (1 - pagesShare))
    cpu?.add('pages', loopCpuSpent * pagesShare)
    const compareCpu = cpuMs()
    // compare.html answers /compare the same way: its shell while the roles load.
    const [first, second] = data.rows
    if (first && second)
      await writeFile(
        path.join(outDir, 'compare.html'),
        comparePageHtml(
          indexHtml,
          await render.compareShell([first.id, second.id]),
          `${base(data.hash)}${path.posix.dirname(dataPaths.posting(first.id))}/`,
          compareModules,
        ),
      )
    cpu?.add('pages', cpuMs() - compareCpu)
  }

  return {
    name: 'roleboard-postings',
    // For the plugins that write files from the same board (site files, offline precache).
    api: { board: async () => (await ingest()).data },
    configResolved(resolved) {
      config = resolved
      dir = postingsDir(resolved.root)
      records = postingsRecordsFile(resolved.root)
      outDir = path.resolve(resolved.root, resolved.build.outDir)
    },
    // A build ingests first, before any module is bundled: nothing else runs beside it, so
    // its CPU time is its own (the bundle waits for it anyway, in index.html's transform).
    async buildStart() {
      failed = false
      if (config?.command !== 'build') return
      try {
        await (cpu ? cpu.time('ingest', ingest) : ingest())
      } catch (error) {
        pending = null
        this.error((error as Error).message)
      }
    },
    buildEnd(error) {
      failed = Boolean(error)
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      this.addWatchFile(records ?? dir)
      let board: Board
      try {
        board = await ingest()
      } catch (error) {
        pending = null
        this.error((error as Error).message)
      }
      return boardDataModule(board.data)
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { data } = await ingest()
        // The dev server renders the app itself (its modules change under it).
        const shell = config?.command === 'build' ? await renderFirstView(data) : ''
        return {
          html: html.replace(
            /<div id="root">\s*<\/div>/,
            `<div id="root" data-view="board">${shell}<!--/root--></div>`,
          ),
          // The index and the cards of the default view's first screen load with the script.
          tags: [dataPaths.index, ...data.firstChunks.map(dataPaths.card)].map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base(data.hash)}${file}`,
              as: 'fetch',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          })),
        }
      },
    },
    async generateBundle() {
      const { ingested } = await ingest()
      this.emitFile({
        type: 'asset',
        fileName: BOARD_REPORT_PATH,
        source: JSON.stringify(ingested.report),
      })
    },
    async writeBundle(_options, bundle) {
      if (failed) return await closeRenderer()
      try {
        await writeFiles(await ingest(), bundle)
      } finally {
        await closeRenderer()
      }
    },
    // A build that stopped before writing its files still lets go of the renderer.
    closeBundle: () => closeRenderer(),
    configureServer(server) {
      server.watcher.add(dir)
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return
        pending = null
        firstView = null
        void closeRenderer()
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (mod) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload)
      server.middlewares.use(`${server.config.base}${BOARD_REPORT_PATH}`, (_req, res, next) => {
        ingest().then(
          ({ ingested }) => {
            res.setHeader('Content-Type', 'application/json')
            res.end(JSON.stringify(ingested.report))
          },
          (error: unknown) => next(error),
        )
      })
      serveDataInDev(server, async () => (await ingest()).data)
    },
  }
}

/** Files as path → content. */
const contents = (files: Iterable<BoardFile>) =>
  [...files].map(({ path, content }): [string, string] => [path, content])

/** The dev server answers /data/<hash>/… from the same files the build would write. */
function serveDataInDev(server: ViteDevServer, load: () => Promise<BoardData>) {
  let files: { hash: string; byPath: Map<string, string> } | null = null
  server.middlewares.use((req, res, next) => {
    const match = /^\/data\/([0-9a-f]+)\/(.+)$/.exec(req.url?.split('?')[0] ?? '')
    if (!match) return next()
    load().then(
      (board) => {
        if (files?.hash !== board.hash)
          files = { hash: board.hash, byPath: new Map(contents(board.files())) }
        const body = match[1] === board.hash ? files.byPath.get(match[2]!) : undefined
        if (body === undefined) {
          res.statusCode = 404
          res.end()
          return
        }
        res.setHeader('Content-Type', 'application/json')
        res.end(body)
      },
      (error: Error) => next(error),
    )
  })
}
