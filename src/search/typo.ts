/**
 * One typo forgiven: a query word of at least TYPO_MIN_LENGTH letters that starts no word
 * on the board matches words that start with it give or take one edit (a letter wrong,
 * missing, extra, or two letters swapped): "kubernets" finds Kubernetes, "pyhton" Python.
 * Shorter words are too easily another real word ("react" is one edit from "reach").
 */
export const TYPO_MIN_LENGTH = 5

/** Optimal string alignment distance of at most one (adjacent swaps count as one edit). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) {
    // One substitution, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  // One letter more on one side.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Does `word` start with `term` give or take one edit? (`term` already folded.) */
export function startsWithTypo(word: string, term: string): boolean {
  if (term.length < TYPO_MIN_LENGTH) return false
  for (let length = term.length - 1; length <= term.length + 1; length++) {
    if (length > word.length) break
    if (withinOneEdit(term, word.slice(0, length))) return true
  }
  return false
}
