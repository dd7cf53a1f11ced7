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
}

export const bundledPostingsQuery = () =>
  queryOptions({
    queryKey: postingsKeys.bundled(),
    queryFn: loadBundledPostings,
    staleTime: Infinity,
  })
