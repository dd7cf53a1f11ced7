import { queryOptions } from '@tanstack/react-query'
import type { Posting } from '@/model/posting'
import { getAppStore } from '@/storage/app-store'

/** The bundled postings, parsed at build time; loaded as their own chunk. */
async function loadBundledPostings(): Promise<Posting[]> {
  const module = await import('virtual:postings')
  return module.default
}

/** Bundled postings and the user's pasted ones; a bundled posting wins an id clash. */
async function loadEveryPosting(): Promise<Posting[]> {
  const bundled = await loadBundledPostings()
  const ids = new Set(bundled.map((posting) => posting.id))
  const pasted = [...getAppStore().getSnapshot().pasted.values()]
    .map((record) => record.posting)
    .filter((posting) => !ids.has(posting.id))
  return [...bundled, ...pasted]
}

export const postingsKeys = {
  all: ['postings'] as const,
  bundled: () => [...postingsKeys.all, 'bundled'] as const,
  /** Hidden roles included: for finding a posting by id (posting page, compare, saved). */
  every: () => [...postingsKeys.all, 'every'] as const,
  board: () => [...postingsKeys.all, 'board'] as const,
}

export const bundledPostingsQuery = () =>
  queryOptions({
    queryKey: postingsKeys.bundled(),
    queryFn: loadBundledPostings,
    staleTime: Infinity,
  })

/**
 * Every posting the user has: bundled and pasted, hidden ones included. Use it to look a
 * posting up by id, so a hidden role still opens from a link, a bookmark or compare.
 */
export const everyPostingQuery = () =>
  queryOptions({
    queryKey: postingsKeys.every(),
    queryFn: loadEveryPosting,
    staleTime: Infinity,
  })

/** What the board lists: bundled and pasted postings, minus the roles the user hid. */
export const boardPostingsQuery = () =>
  queryOptions({
    queryKey: postingsKeys.board(),
    queryFn: async () => {
      const hidden = getAppStore().getSnapshot().hidden
      return (await loadEveryPosting()).filter((posting) => !hidden.has(posting.id))
    },
    staleTime: Infinity,
  })
