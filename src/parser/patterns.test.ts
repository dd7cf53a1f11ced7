import { describe, expect, it } from 'vitest'
import * as patterns from './patterns.ts'

/** Every RegExp the module exports, found in plain exports, arrays, records and {pattern} rows. */
function collect(value: unknown, name: string, into: [string, RegExp][]): void {
  if (value instanceof RegExp) into.push([name, value])
  else if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${name}[${i}]`, into))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) collect(v, `${name}.${key}`, into)
  }
}

const all: [string, RegExp][] = []
for (const [name, value] of Object.entries(patterns)) collect(value, name, all)

const N = 20_000
const ADVERSARIAL = [
  ' '.repeat(N),
  `a${' '.repeat(N)}`,
  '1'.repeat(N),
  '1,000 '.repeat(N / 6),
  '1 '.repeat(N / 2),
  '$1'.repeat(N / 2),
  '.-'.repeat(N / 2),
  'Aa '.repeat(N / 3),
  'Senior '.repeat(N / 7),
  'A'.repeat(N),
  'a'.repeat(N),
  '- - - '.repeat(N / 6),
  '* * '.repeat(N / 4),
  '[a'.repeat(N / 2),
  '](x'.repeat(N / 3),
  '<a '.repeat(N / 3),
  '\n'.repeat(N),
  '\n \n'.repeat(N / 3),
  'days '.repeat(N / 5),
  'remote or '.repeat(N / 10),
  'office in A, '.repeat(N / 13),
  'at At '.repeat(N / 6),
  '🌎'.repeat(N / 2),
]

describe('patterns', () => {
  it('are all found', () => {
    expect(all.length).toBeGreaterThan(100)
  })

  it.each(all)('%s runs in linear time on adversarial input', (_, pattern) => {
    const start = performance.now()
    for (const text of ADVERSARIAL) {
      if (pattern.global) {
        pattern.lastIndex = 0
        let count = 0
        for (const _m of text.matchAll(pattern)) if (++count > 100_000) break
      } else {
        pattern.test(text)
      }
    }
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
