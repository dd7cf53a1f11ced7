import { describe, expect, it } from 'vitest'
import { spokenLanguages } from './languages.ts'

describe('spokenLanguages', () => {
  it.each([
    ['Fluent English and German are required.', ['English', 'German']],
    ['Sehr gute Deutsch- und Englischkenntnisse', ['German', 'English']],
    ['Deutsch fließend in Wort und Schrift.', ['German']],
    ['Anglais courant, espagnol apprécié.', ['English', 'Spanish']],
    ['Nivel de inglés avanzado (C1).', ['English']],
    ['Inglês fluente é obrigatório.', ['English']],
    ["Buona conoscenza dell'inglese.", ['English']],
    ['Je spreekt vloeiend Nederlands en Engels.', ['Dutch', 'English']],
    ['Bardzo dobra znajomość języka angielskiego.', ['English']],
    ['Written and spoken english & spanish.', ['English', 'Spanish']],
    ['Bilingual (FR/EN) candidates welcome.', ['French', 'English']],
  ])('%s', (text, expected) => {
    expect(spokenLanguages(text)).toEqual(expected)
  })

  it('leaves nationalities, markets and ordinary words alone', () => {
    expect(spokenLanguages('We grow fast in the German market with French partners.')).toEqual([])
    expect(spokenLanguages('You will polish the UI and fix bugs.')).toEqual([])
    expect(spokenLanguages('Our tool lets anyone build reports; data pools are shared.')).toEqual(
      [],
    )
  })
})
