import { queryOptions } from '@tanstack/react-query'
import type { Posting } from '@/model/posting'

/** The bundled postings, parsed at build time; loaded as their own chunk. */
async function loadBundledPostings(): Promise<Posting[]> {
  const module = await import('virtual:postings')
  return module.default
}

export const postingsKeys = {
  all: ['postings'] as const,
  bundled: () => [...postingsKeys.all, 'bundled'] as const,
  board: () => [...postingsKeys.all, 'board'] as const,
}

export const bundledPostingsQuery = () =>
  queryOptions({
    queryKey: postingsKeys.bundled(),
    queryFn: loadBundledPostings,
    staleTime: Infinity,
  })

/** Every posting on the user's board: the bundled ones, and later their own pasted ones. */
export const boardPostingsQuery = () =>
  queryOptions({
    queryKey: postingsKeys.board(),
    queryFn: loadBundledPostings,
    staleTime: Infinity,
  })
