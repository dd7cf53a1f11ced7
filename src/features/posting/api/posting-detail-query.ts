import { queryOptions } from '@tanstack/react-query'
import { everyPostingQuery } from '@/data/postings-query'
import type { Posting } from '@/model/posting'

/**
 * One role by id, hidden ones included (a link or a bookmark still opens); null when
 * there is no such role. A selection over the shared list rather than its own cache
 * entry, so pasting or removing a posting (which refreshes that list) shows here at once.
 */
export const postingDetailQuery = (id: string) =>
  queryOptions({
    ...everyPostingQuery(),
    select: (postings: Posting[]) => postings.find((posting) => posting.id === id) ?? null,
  })
