import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { officeChoices } from './office-choice.ts'

// A role offered at one of several of the company's offices, named in one sentence of the
// body. Sentences and postings written for this test; the places expected are written by hand.
const towns = (text: string) =>
  officeChoices(text).map((places) => places.map((l) => `${l.city}, ${l.country}`))

describe('the offices a sentence offers the role at', () => {
  it.each([
    [
      'You can join us in either our Manchester (Ancoats) or Leeds (Wellington Place) office.',
      [['Manchester, GB', 'Leeds, GB']],
    ],
    [
      'This role can be based in our Kansas City, MO office (Crossroads) or our Omaha, NE office.',
      [['Kansas City, US', 'Omaha, US']],
    ],
    ['Work from our Porto or Lisbon hub, whichever suits you.', [['Porto, PT', 'Lisbon, PT']]],
    [
      'Puoi scegliere la nostra sede di Verona (Borgo Trento) oppure l’ufficio di Padova.',
      [['Verona, IT', 'Padova, IT']],
    ],
    ['Tu choisis : notre bureau de Lille ou notre bureau de Rouen.', [['Lille, FR', 'Rouen, FR']]],
    [
      'You can be based in either Pittsburgh, PA or Columbus, OH.',
      [['Pittsburgh, US', 'Columbus, US']],
    ],
    [
      'You can be based at either the Leeds (Wellington Place) or Manchester (Spinningfields) office.',
      [['Leeds, GB', 'Manchester, GB']],
    ],
    [
      'This position can sit in either of our technology hubs: Columbus, Ohio (Short North) or Indianapolis, Indiana (Mass Ave).',
      [['Columbus, US', 'Indianapolis, US']],
    ],
    [
      'Work fully remotely, or use our hubs in Braga (Avenida Central) or Coimbra as often as you like.',
      [['Braga, PT', 'Coimbra, PT']],
    ],
    [
      'Hybride: 2 dagen per week op kantoor in Eindhoven of Tilburg.',
      [['Eindhoven, NL', 'Tilburg, NL']],
    ],
    ['Zwei Tage pro Woche im Büro in Köln oder Bonn.', [['Köln, DE', 'Bonn, DE']]],
    ['Deux jours par semaine au bureau de Lille ou de Nantes.', [['Lille, FR', 'Nantes, FR']]],
    [
      'Due giorni a settimana nel nostro ufficio di Bologna o Modena.',
      [['Bologna, IT', 'Modena, IT']],
    ],
    ['Dwa dni w tygodniu w biurze w Gdańsku lub Gdyni.', [['Gdańsk, PL', 'Gdynia, PL']]],
    [
      'Join us at our Seattle (Fremont), Portland (Pearl District) or Boise office, or at our Spokane office.',
      [['Seattle, US', 'Portland, US', 'Boise, US', 'Spokane, US']],
    ],
    [
      'Work from our Leeds, York or Hull office.',
      [['Leeds, GB', 'York, GB', 'Kingston upon Hull, GB']],
    ],
    [
      "Le poste est ouvert à Rennes (Cesson) comme à Nantes : l'équipe est répartie sur nos deux bureaux.",
      [['Rennes, FR', 'Nantes, FR']],
    ],
    ['The role is open in Leeds or York.', [['Leeds, GB', 'York, GB']]],
    [
      'Je kiest zelf je standplaats: Zwolle (bij het station) of Deventer.',
      [['Zwolle, NL', 'Deventer, NL']],
    ],
    ['Location: BOSTON (Back Bay) or Chicago (Loop) - hybrid', [['Boston, US', 'Chicago, US']]],
    [
      'Spend one day a week with colleagues, either at our Leeds office on Wellington Street or at our Bristol office near Temple Meads.',
      [['Leeds, GB', 'Bristol, GB']],
    ],
    [
      'Poste basé à Rennes (quartier de la gare), ou à Vannes selon votre préférence.',
      [['Rennes, FR', 'Vannes, FR']],
    ],
    [
      'Sede: Bologna (Bolognina) oppure Modena, modalità ibrida con un giorno in ufficio.',
      [['Bologna, IT', 'Modena, IT']],
    ],
    [
      '• Arbeitsort Linz (Tabakfabrik) oder Salzburg – du entscheidest',
      [['Linz, AT', 'Salzburg, AT']],
    ],
    ['Einsatzort: Kassel oder Göttingen', [['Kassel, DE', 'Göttingen, DE']]],
    [
      'Hybrid, in the office Tue–Thu, either Boise, ID or Spokane, WA.',
      [['Boise, US', 'Spokane, US']],
    ],
    [
      'Hyderabad (Hitec City) or Chennai (Guindy). Hybrid – three days a week in the office.',
      [['Hyderabad, IN', 'Chennai, IN']],
    ],
  ])('%s', (sentence, expected) => expect(towns(sentence)).toEqual(expected))

  it('reads no choice from one office, or from offices in a list of the company’s', () => {
    expect(towns('You will work from our Leeds office three days a week.')).toEqual([])
    expect(towns('We have offices in Leeds, York and Hull.')).toEqual([])
    expect(towns('Some roles need to be near our San Francisco or Dallas offices.')).toEqual([])
    expect(towns('Wir haben Büros in Köln und Bonn.')).toEqual([])
    expect(towns('Java or Kotlin, and PostgreSQL.')).toEqual([])
  })
})

describe('a second office named only in the body', () => {
  const posting = (header: string, sentence: string) => {
    const result = parsePosting(
      `Senior Data Engineer\nBrackenwood Analytics\n${header}\n\nBrackenwood builds forecasting tools for grocers. ${sentence} You will build our pipelines in Python and dbt.\n\nRequirements\n- Five years of Python\n`,
    )
    if (!result.ok) throw new Error(result.error)
    return result.posting.locations.map((l) => l.city)
  }
  it('joins the header’s town when the sentence names that town too', () => {
    expect(
      posting('Manchester', 'The role sits in either our Manchester or Leeds office.'),
    ).toEqual(['Manchester', 'Leeds'])
  })
  it('adds nothing when the sentence does not name the header’s town', () => {
    expect(posting('Manchester', 'Our Leeds or York office hosts the data team.')).toEqual([
      'Manchester',
    ])
  })
  it('reads both when the header names no town', () => {
    expect(
      posting('Full-time', 'This role can be based in our Manchester office or our Leeds office.'),
    ).toEqual(['Manchester', 'Leeds'])
  })
})
