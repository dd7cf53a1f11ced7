import { describe, expect, it } from 'vitest'
import { LowerCasePattern, lowerCased, lowerCaseTwin } from './lower-case.ts'

describe('lowerCased', () => {
  it('lower-cases Latin-script text of the posting languages', () => {
    expect(lowerCased('Développeur·euse Full-Stack (H/F) – Łódź, Straße')).toBe(
      'développeur·euse full-stack (h/f) – łódź, straße',
    )
  })

  it('refuses what `iu` compares otherwise, or what changes length in lower case', () => {
    expect(lowerCased('ſenior')).toBeNull()
    expect(lowerCased('İstanbul')).toBeNull()
    expect(lowerCased('ΣΟΦΙΑ')).toBeNull()
    expect(lowerCased('5 µm')).toBeNull()
  })

  it('refuses numerals beyond Latin Extended-A, which a twin does not count as digits', () => {
    expect(lowerCased('Level ①')).toBeNull()
    expect(lowerCased('٣ days')).toBeNull()
    expect(lowerCased('Rust² – 2½ days, €')).toBe('rust² – 2½ days, €')
  })
})

describe('lowerCaseTwin', () => {
  it('matches lower-cased text as the `iu` pattern matches the text', () => {
    const pattern = /(?<![\p{L}\p{N}])(?:entwickler|développeur)(?:\s+|-)in(?![\p{L}\p{N}])/giu
    const twin = lowerCaseTwin(pattern)
    expect(twin.flags).toBe('gu')
    for (const text of ['Senior ENTWICKLER in Berlin', 'Développeur-in', 'Softwareentwickler in']) {
      const lower = lowerCased(text) ?? ''
      expect([...lower.matchAll(twin)].map((m) => m.index)).toEqual(
        [...text.matchAll(pattern)].map((m) => m.index),
      )
    }
  })

  it('finds word boundaries by the short Latin classes as by the Unicode ones', () => {
    const pattern = /(?<![\p{L}\p{N}])go(?![\p{L}\p{N}])/giu
    const twin = lowerCaseTwin(pattern)
    expect(twin.source).not.toContain('\\p{')
    const texts = ['Go, Ego, ²go, go² goé, Łgo, ½go – go’s, gołąb, 🚀go, go🚀, ſgo, ñgo']
    for (const text of texts) {
      const lower = lowerCased(text.replace('ſ', 's')) ?? ''
      expect([...lower.matchAll(twin)].map((m) => m.index)).toEqual(
        [...text.replace('ſ', 's').matchAll(pattern)].map((m) => m.index),
      )
    }
  })

  it('refuses a pattern that depends on case', () => {
    expect(() => lowerCaseTwin(/Engineer/i)).toThrow(/depends on case/)
    expect(() => lowerCaseTwin(/\p{Lu}\w+/iu)).toThrow(/depends on case/)
    expect(() => lowerCaseTwin(/\bgo\b/i)).toThrow(/depends on case/)
  })
})

describe('LowerCasePattern', () => {
  it('tests as its case-insensitive pattern does, and execs as it does', () => {
    const pattern = new LowerCasePattern(
      /(?<![\p{L}\p{N}])(?:ingénieur|engineer)s?(?![\p{L}\p{N}])/iu,
    )
    expect(
      ['Senior ENGINEER', 'Ingénieure', 'INGÉNIEUR logiciel', 'ſenior engineer'].map((t) =>
        pattern.test(t),
      ),
    ).toEqual([true, false, true, true])
    expect(pattern.exec('Staff Engineers, Berlin')?.[0]).toBe('Engineers')
    expect(pattern.source).toContain('ingénieur')
  })

  it('execs the lower-cased text and gives the match, its groups and places as written', () => {
    const pattern = new LowerCasePattern(/(?<level>senior|staff) (entwickler|engineer)(in)?/giu)
    const text = 'A STAFF Engineer, a Senior EntwicklerIn and a ſenior engineer'
    const found = [...'x'.repeat(3)].map(() => pattern.exec(text))
    expect(found.map((m) => [m?.index, m?.[0], m?.[2], m?.[3], m?.groups?.level])).toEqual([
      [2, 'STAFF Engineer', 'Engineer', undefined, 'STAFF'],
      [20, 'Senior EntwicklerIn', 'Entwickler', 'In', 'Senior'],
      [46, 'ſenior engineer', 'engineer', undefined, 'ſenior'],
    ])
    expect(pattern.exec(text)).toBeNull()
    expect(pattern.lastIndex).toBe(0)
    expect(text.replace(pattern, '<$1>')).toBe('A <STAFF>, a <Senior> and a <ſenior>')
  })

  it('answers a repeated test as the first, and a global pattern’s test still moves on', () => {
    const once = new LowerCasePattern(/(?<!\p{L})engineer(?!\p{L})/iu)
    const answers = ['Engineer', 'Engineers', 'Engineer', 'Engineers'].map((t) => once.test(t))
    expect(answers).toEqual([true, false, true, false])
    const global = new LowerCasePattern(/engineer/giu)
    const text = 'Engineer and ENGINEER'
    expect([global.test(text), global.test(text), global.test(text)]).toEqual([true, true, false])
    expect(global.lastIndex).toBe(0)
  })
})
