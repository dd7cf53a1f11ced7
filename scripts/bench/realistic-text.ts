import type { Posting } from '../../src/model/posting.ts'

/**
 * Lengthens generated postings' own text to the size of real ones (about 7 KB a posting)
 * with a realistic word distribution: a few hundred common words plus a long tail of
 * ~30,000 rarer ones (Zipf-like), so the search index and its fragments have the shape
 * real text gives them. Used only by benchmarks, until the generator itself is calibrated.
 */
export function withRealisticText(postings: Posting[], seed: number, bytes = 7000): Posting[] {
  let state = seed >>> 0 || 1
  const rnd = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
  const syllables = [
    'ka',
    'lo',
    'ren',
    'ti',
    'mar',
    'sol',
    've',
    'dun',
    'pri',
    'ca',
    'ston',
    'el',
    'ba',
    'qui',
    'nor',
    'fe',
    'ga',
    'lint',
    'rup',
    'zo',
    'ha',
    'mi',
    'trel',
    'os',
    'wen',
  ]
  const words: string[] = []
  for (let i = 0; i < 30_000; i++) {
    let word = ''
    let n = i + 7
    do {
      word += syllables[n % syllables.length]
      n = Math.floor(n / syllables.length)
    } while (n > 0)
    words.push(word)
  }
  // Zipf over ranks: word k is drawn with weight 1 / (k + 10).
  const cumulative = new Float64Array(words.length)
  let sum = 0
  for (let k = 0; k < words.length; k++) cumulative[k] = sum += 1 / (k + 10)
  const word = () => {
    const x = rnd() * sum
    let lo = 0
    let hi = words.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cumulative[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return words[lo]!
  }
  const sentence = () => {
    const length = 8 + Math.floor(rnd() * 14)
    const out = Array.from({ length }, word)
    out[0] = out[0]![0]!.toUpperCase() + out[0]!.slice(1)
    return `${out.join(' ')}.`
  }
  return postings.map((posting) => {
    const sections = { ...posting.sections }
    let size = JSON.stringify(sections).length
    const keys = ['responsibilities', 'requirements', 'about', 'benefits'] as const
    for (let k = 0; size < bytes; k++) {
      const key = keys[k % keys.length]!
      const line = sentence()
      sections[key] = [...sections[key], line]
      size += line.length + 3
    }
    return { ...posting, sections }
  })
}
