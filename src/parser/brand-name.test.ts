import { describe, expect, it } from 'vitest'
import { brandOf, proseSpelling } from './brand-name.ts'
import { parsePosting } from './index.ts'

describe('brandOf', () => {
  it('takes the brand the prose uses over a legal name written only with its form', () => {
    const text = [
      'Backend Developer (m/w/d)',
      'Hafenlicht Software GmbH',
      'Hafenlicht baut Software für Reedereien in Bremen.',
      'Impressum: Hafenlicht Software GmbH, Am Wall 1, Bremen',
    ].join('\n')
    expect(brandOf('Hafenlicht Software', text)).toBe('Hafenlicht')
  })

  it('keeps a name the prose writes without its legal form', () => {
    const text = [
      'Quillmoor Insurance Group plc',
      'Quillmoor Insurance Group has insured homes since 1950.',
      'Quillmoor is an equal opportunity employer.',
    ].join('\n')
    expect(brandOf('Quillmoor Insurance Group', text)).toBe('Quillmoor Insurance Group')
  })

  it('keeps a unit named by an acronym after its parent', () => {
    const text = [
      'Stadtwerke Ostheide IT GmbH',
      'Als IT-Dienstleister der Stadtwerke Ostheide betreiben wir Netze.',
    ].join('\n')
    expect(brandOf('Stadtwerke Ostheide IT', text)).toBe('Stadtwerke Ostheide IT')
  })

  it('does not shorten a name to a frequent word or to a name that goes on', () => {
    expect(brandOf('Digital Harbour', 'Digital Harbour Ltd\nDigital products are ours.')).toBe(
      'Digital Harbour',
    )
    const joined = 'Pennick and Rowe Co\nPennick & Rowe, with stores in Ohio.'
    expect(brandOf('Pennick and Rowe', joined)).toBe('Pennick and Rowe')
  })

  it('does not take a name in a signature or an address for the brand', () => {
    const text = 'Marlow Recruiting GmbH\nIhre Ansprechpartnerin bei Marlow, Frau Ott.'
    expect(brandOf('Marlow Recruiting', text)).toBe('Marlow Recruiting')
  })
})

describe('the company of a posting whose legal name differs from its brand', () => {
  it('is the brand where only the imprint names the legal name', () => {
    const text = [
      'Senior Frontend Engineer',
      'Toronto, ON · Full-time',
      '',
      'Corvina builds reading tools for primary schools. You will work on our React app.',
      '',
      'Corvina Learning Inc. is an equal opportunity employer.',
    ].join('\n')
    const result = parsePosting(text, { file: 'corvina.txt' })
    expect(result.ok && result.posting.company).toBe('Corvina')
  })
  it('is the name the header shows, though the prose uses a shorter brand', () => {
    // As a reader labels it: the header's "Renaissance Learning" over "Renaissance is …".
    for (const line of [
      'Corvina Learning Inc. · Toronto, ON · Full-time',
      'Corvina Learning Inc.',
    ]) {
      const text = [
        'Senior Frontend Engineer',
        line,
        '',
        'Corvina builds reading tools for primary schools. You will work on our React app in Toronto.',
        '',
        'Corvina Learning Inc. is an equal opportunity employer.',
      ].join('\n')
      const result = parsePosting(text, { file: 'corvina.txt' })
      expect(result.ok && result.posting.company).toBe('Corvina Learning')
    }
  })
  it('is the name a board’s company field gives, though the prose uses a shorter brand', () => {
    const text = [
      'PROGRAMADOR WEB PHP (M/F)',
      '',
      'Empresa: Tamega - Soluções Informáticas, Lda.',
      'Zona: Braga',
      '',
      'A Tamega é uma empresa de software sediada em Braga. Trabalharás com PHP e Laravel.',
    ].join('\n')
    const result = parsePosting(text, { file: 'tamega.txt' })
    expect(result.ok && result.posting.company).toBe('Tamega - Soluções Informáticas')
  })
})

describe('proseSpelling', () => {
  it('spells a name written in capitals as the text writes it elsewhere', () => {
    const text =
      'QUILLSTONE | Backend Engineer | Remote\nQuillstone makes invoicing tools. quillstone.example.com'
    expect(proseSpelling('QUILLSTONE', text)).toBe('Quillstone')
  })

  it('leaves an acronym and a name the text never writes otherwise', () => {
    expect(proseSpelling('IBM', 'IBM is hiring. Ibm')).toBe('IBM')
    expect(
      proseSpelling('VELDORA', 'VELDORA | Engineer\nWe build things. veldora.example.com'),
    ).toBe('VELDORA')
  })
})

describe('a marketplace’s card of the company', () => {
  it('names the employer over its facts line', () => {
    const text = [
      'Subject: A new interview request',
      '',
      'Hi Ana,',
      'A company would like to meet you for their Staff Backend Engineer role.',
      '',
      '  FERNLIGHT',
      '  Healthtech · Series A · 60 employees',
      '',
      '  Staff Backend Engineer',
      '  📍 Office          Lisbon, Portugal',
      '  🛠 Tech stack      Kotlin · PostgreSQL · AWS',
      '',
      'Message from Rita Sousa:',
      '"We think you would enjoy the team here at Fernlight. We would love to chat!"',
    ].join('\n')
    const result = parsePosting(text, { file: 'card.txt' })
    expect(result.ok && result.posting.company).toBe('Fernlight')
  })
})
