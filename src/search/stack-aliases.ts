import { TECHS } from '../parser/taxonomy.ts'
import { fold, tokenize } from './text.ts'

/**
 * Query words that name a technology by another name: folded single-word aliases of the
 * parser's taxonomy ("golang" → Go, "k8s" → Kubernetes, "js" → JavaScript, "postgres" →
 * PostgreSQL), to canonical stack names. The build ships this map in the board's index, so
 * the browser never loads the taxonomy; a search for an alias finds roles with that stack.
 */
export type StackAliases = Readonly<Record<string, readonly string[]>>

export function stackAliases(): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const tech of TECHS) {
    const own = tokenize(fold(tech.name))
    for (const [alias] of tech.aliases) {
      const words = tokenize(fold(alias))
      if (words.length !== 1) continue
      const word = words[0]!
      // The name itself (or a word of it) already matches by prefix.
      if (own.length === 1 && own[0] === word) continue
      const names = Object.hasOwn(out, word) ? out[word]! : (out[word] = [])
      if (!names.includes(tech.name)) names.push(tech.name)
    }
  }
  return out
}
