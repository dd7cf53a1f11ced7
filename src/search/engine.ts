import type { Posting } from '../model/posting.ts'
import { createReferenceEngine } from './reference-engine.ts'
import type { SearchEngine } from './types.ts'

/** The engine the app uses. */
export function createSearchEngine(postings: Posting[]): SearchEngine {
  return createReferenceEngine(postings)
}
