import { describe, expect, it } from 'vitest'
import { companyInLanguages } from './company-in-languages.ts'

const names = (text: string) => companyInLanguages(text).map((c) => c.value)

describe('companyInLanguages', () => {
  it('reads the company prose names in each language', () => {
    expect(names('Bei Eulenwerk entwickelst du Software.')).toEqual(['Eulenwerk'])
    expect(names('Die Kranich Cloud GmbH betreibt eine Plattform.')).toEqual(['Kranich Cloud'])
    expect(names('Chez Cigale, nous aimons le vélo.')).toEqual(['Cigale'])
    expect(names('Na Cajueiro, somos vinte pessoas.')).toEqual(['Cajueiro'])
    expect(names('In Gabbiano cerchiamo persone curiose.')).toEqual(['Gabbiano'])
    expect(names('Bij Zeemeeuw werk je aan planning.')).toEqual(['Zeemeeuw'])
    expect(names('Tulpstra is een bedrijf uit Utrecht.')).toEqual(['Tulpstra'])
  })

  it('reads the name a post gives itself in apposition: "Somos a X, uma …"', () => {
    expect(names('Somos a Vivalto Fisioterapia, uma rede de clínicas em Curitiba.')).toEqual([
      'Vivalto Fisioterapia',
    ])
    expect(names('Nous sommes Cigale, une équipe de douze personnes.')).toEqual(['Cigale'])
    expect(names('Wir sind die Kranich Cloud, ein Team aus Köln.')).toEqual(['Kranich Cloud'])
    expect(names("We're Kestrel, a small studio in Leeds.")).toEqual(['Kestrel'])
    // Without the apposition, what follows "we are" is no name.
    expect(names('Wir sind Marktführer im Bereich Logistik.')).toEqual([])
    expect(names('We are Hiring! Come join us.')).toEqual([])
  })

  it('does not take a function word or a team for the company', () => {
    expect(names('Unser Team sucht Verstärkung.')).toEqual([])
    expect(names('Notre équipe recrute un développeur.')).toEqual([])
  })

  it('reads every name written with its legal form, however far into the text', () => {
    const filler = 'Wir bauen Software für Logistik. '.repeat(20)
    expect(
      names(`${filler}Partner sind die Nordlicht AG Holding GmbH und   Blue Fox Ltd.`),
    ).toEqual(['Nordlicht AG Holding', 'Blue Fox'])
  })

  it('reads "Wir sind die X aus <Ort>", and no adverb before "suchen wir"', () => {
    expect(names('Wir sind die Rösterei Albrecht aus Bamberg und rösten seit 1990.')).toEqual([
      'Rösterei Albrecht',
    ])
    expect(names('Unser Entwickler geht in Rente. Deshalb suchen wir dich.')).toEqual([])
  })

  it('leaves the whole of a two-word legal form out of the name', () => {
    expect(names('Our client Kestrel Freight Pvt Ltd is hiring.')).toEqual(['Kestrel Freight'])
  })
})

describe('companyInLanguages: a name with a phrase about it between commas', () => {
  it('reads "X, what it is, seeks …" in each language', () => {
    expect(
      names(
        'Talvane, cabinet lyonnais de conseil en cybersécurité, recherche pour son client un ingénieur système.',
      ),
    ).toEqual(['Talvane'])
    expect(
      names(
        'Brückwerk, ein Personaldienstleister aus Kassel, sucht für einen Kunden eine Entwicklerin.',
      ),
    ).toEqual(['Brückwerk'])
    expect(
      names('Orvalia, consultora tecnológica con sede en Zaragoza, busca un desarrollador Java.'),
    ).toEqual(['Orvalia'])
    expect(names('Dunevaart, een IT-detacheerder uit Zwolle, zoekt een ervaren tester.')).toEqual([
      'Dunevaart',
    ])
  })

  it('does not read a clause without its closing comma as such a phrase', () => {
    expect(names('Talvane, cabinet lyonnais de conseil. Nous recherchons un ingénieur.')).toEqual(
      [],
    )
  })
})
