import type { Rolldown } from 'vite'

/**
 * The chunk files of `roots` with every chunk they import statically, each once: what a page
 * must preload beside a chunk so that evaluating it never waits for another round of requests.
 */
export function staticClosure(bundle: Rolldown.OutputBundle, roots: Iterable<string>): Set<string> {
  const found = new Set<string>()
  const visit = (file: string) => {
    const chunk = bundle[file]
    if (found.has(file) || chunk?.type !== 'chunk') return
    found.add(file)
    chunk.imports.forEach(visit)
  }
  for (const root of roots) visit(root)
  return found
}
