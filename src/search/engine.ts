import type { Posting } from '../model/posting.ts'
import { createIndexedEngine } from './indexed-engine.ts'
import type { StackAliases } from './stack-aliases.ts'
import type { SearchEngine } from './types.ts'

/** The engine the app uses: indexed once, then every search is bitset arithmetic. */
export function createSearchEngine(postings: Posting[], aliases: StackAliases = {}): SearchEngine {
  return createIndexedEngine(postings, aliases)
}
