import { createContext, useContext } from 'react'
import type { PostingCard, PostingFile } from '@/model/board-files'

/**
 * The data files a page prerendered at build time shows (scripts/prerender.ts): a posting
 * page's own file and the card chunks of its similar roles. In a prerender (Vite's SSR
 * modules, `import.meta.env.SSR`) the posting hooks read these instead of running TanStack
 * Query: the build renders thousands of pages, and each query's observer, option merging
 * and cache entry cost more than the rest of the page. A file that is not here reads as
 * one still loading, as a query with no data does. The browser's build never has this
 * path (the bundler drops it with `import.meta.env.SSR`).
 */
export type PrerenderedFiles = {
  postings: ReadonlyMap<string, PostingFile>
  cards: ReadonlyMap<number, PostingCard[]>
}

export const NO_PRERENDERED_FILES: PrerenderedFiles = { postings: new Map(), cards: new Map() }

/** Its provider (the context itself, React 19) is the prerender's: src/app/prerender-route.tsx. */
// Pure, so the browser's build, which never reads it, drops it.
export const PrerenderedFilesContext = /* @__PURE__ */ createContext(NO_PRERENDERED_FILES)

export const usePrerenderedFiles = (): PrerenderedFiles => useContext(PrerenderedFilesContext)
