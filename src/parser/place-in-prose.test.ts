import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { remoteRegionsIn } from './work-mode.ts'

// The role's place stated only in a sentence. Postings written for this test; the places
// expected are written by hand.
function record(text: string) {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result.posting
}

function placesOf(sentence: string): string[] {
  return record(
    `Backend Engineer\n\nCinderpath builds software for ferries. We use Go and Postgres.\n\n${sentence}\n\nRequirements\n- Go experience\n`,
  ).locations.map((l) => `${l.city}, ${l.country}`)
}

describe('the role’s place in a sentence', () => {
  it.each([
    ['We are hiring in Austin, TX.', 'Austin, US'],
    ['The position is located in Munich.', 'Munich, DE'],
    ['This is an NYC-based role.', 'New York City, US'],
    ['You’ll join our team in Oslo.', 'Oslo, NO'],
    ['This role is based in Lisbon.', 'Lisbon, PT'],
    ['You will work directly with us in our Boston office (in-person only).', 'Boston, US'],
    ['We offer hybrid work in downtown Chicago, three days a week.', 'Chicago, US'],
    ["It's a full-time, on-site job in Zurich, near the station.", 'Zürich, CH'],
    ['This is an in-person role at our Denver office.', 'Denver, US'],
    ['You will join our data team in Gothenburg.', 'Göteborg, SE'],
    ['Cinderpath is a research and consulting firm based in Pittsburgh, PA.', 'Pittsburgh, US'],
    // The sentence goes on after the place; an abbreviation's full stop is the place's.
    ['You will join our ferry team in Da Nang. You will own our Go services.', 'Da Nang, VN'],
    ['You will join our ferry team in St. Louis. You will own our Go services.', 'St. Louis, US'],
    ['You will join our Platform team (6 people) in Turku.', 'Turku, FI'],
    // A site's own name before its office word, then its town.
    ['Our data team sits at our Riverside campus in Sacramento.', 'Sacramento, US'],
    ['This position is hybrid and based at our Tulsa, Oklahoma headquarters.', 'Tulsa, US'],
  ])('%s', (sentence, place) => {
    expect(placesOf(sentence)).toEqual([place])
  })

  it.each([
    [
      'El puesto se desempeñará en la sede del Consorcio, sita en Ponferrada (León), en jornada de mañana.',
      'Ponferrada, ES',
    ],
    ['Trabajarás en nuestra oficina, situada en Gijón, junto al puerto.', 'Gijón, ES'],
    ['O trabalho é na nossa fábrica, situada em Aveiro.', 'Aveiro, PT'],
    [
      'On se retrouve au bureau de Rennes deux jours par semaine, le reste du temps tu travailles où tu veux.',
      'Rennes, FR',
    ],
    ['Tu viendras à notre bureau de Lille le mardi.', 'Lille, FR'],
  ])('%s (the office "sita en", "situada em" the town)', (sentence, place) => {
    expect(placesOf(sentence)).toEqual([place])
  })

  it('reads every office of a list the role may be based in', () => {
    expect(
      placesOf(
        'This position can be based in any of our Tulsa, OK, Boise, ID or Omaha, NE offices.',
      ),
    ).toEqual(['Tulsa, US', 'Boise, US', 'Omaha, US'])
  })

  it('does not take a place from boilerplate about the company’s job ads', () => {
    expect(placesOf('We share pay ranges for all US-based job postings.')).toEqual([])
  })
})

describe('the work mode in a sentence', () => {
  it('reads "(in-person only)" as on site', () => {
    const posting = record(
      'Backend Engineer\n\nCinderpath builds software for ferries. You will work with us in our Boston office (in-person only).\n',
    )
    expect(posting.workMode).toBe('onsite')
  })
})

describe('the place in a hiring headline', () => {
  it('reads "X Is Hiring Engineers in Rotterdam"', () => {
    const posting = record('Harrow Labs Is Hiring Engineers in Rotterdam\n')
    expect(posting.locations.map((l) => l.city)).toEqual(['Rotterdam'])
  })
})

describe('remote with its region in brackets, in a sentence', () => {
  it('reads "Engineers - REMOTE (US)." as remote from the US', () => {
    const posting = record(
      'Tidewater Games is hiring for Senior Typescript Engineers - REMOTE (US).\n\nWe run fantasy sports products. You will build our betting slip in React and Node.\n',
    )
    expect(posting.workMode).toBe('remote')
    expect(posting.remoteCountries).toEqual(['US'])
  })
})

describe('the work mode written in capitals in a sentence', () => {
  it('reads "REMOTE LATAM" run into prose as remote', () => {
    const posting = record(
      'Hiring Platform Engineer and QA Lead – REMOTE LATAM - We build scheduling software for dental clinics, and our first product books a quarter of a million visits a month. We are now growing into billing.\n\nStack: TypeScript, Postgres, AWS.\n',
    )
    expect(posting.workMode).toBe('remote')
    expect(posting.remoteRegions).toEqual(['LATAM'])
  })

  it('does not take "remote" in lower case prose as the mode', () => {
    const posting = record(
      'Backend Engineer\n\nWe build remote monitoring for wind turbines in Aarhus, Denmark. You will write Go services.\n\nRequirements\n- Go experience\n',
    )
    expect(posting.workMode).toBeNull()
  })
})

describe('towns in a sentence about where a remote hire may live', () => {
  it('are offices, not regions: "hiring in Lisbon, Berlin and remote within the EU"', () => {
    expect(remoteRegionsIn('We are hiring in Lisbon, Berlin and remote within the EU.')).toEqual([
      'EU',
    ])
  })

  it('leave states that share a town’s name regions ("open to candidates in Oregon and Washington")', () => {
    expect(
      remoteRegionsIn('This is a remote position open to candidates in Oregon and Washington.'),
    ).toEqual(['US-OR', 'US-WA'])
  })
})

describe('several places joined by "or" or "and" in a sentence', () => {
  it.each([
    [
      'This role is remote; you must be based in the United States or the United Kingdom.',
      ['null, US', 'null, GB'],
    ],
    ['You need to be located in the US or Canada.', ['null, US', 'null, CA']],
    ['I am looking for a Senior Data Engineer to join us in Dublin.', ['Dublin, IE']],
    [
      'This position is 100% remote. You must live and be authorized to work in the United States.',
      ['null, US'],
    ],
    [
      'You should be based and eligible to work in Ireland or the United Kingdom.',
      ['null, IE', 'null, GB'],
    ],
    ['This position is based in Leeds and Manchester.', ['Leeds, GB', 'Manchester, GB']],
  ])('%s', (sentence, places) => {
    expect(placesOf(sentence)).toEqual(places)
  })
})

describe('the office a role’s days are spent at, named in a sentence', () => {
  it('reads the town after "in the office in" and after Italian cues, in its local name', () => {
    expect(placesOf('Hybrid: 1-2 days a week in the office in Turin, the rest remote.')).toEqual([
      'Turin, IT',
    ])
    expect(placesOf('Lavorerai nel nostro ufficio di Torino.')).toEqual(['Turin, IT'])
    expect(placesOf('Modalità ibrida: due giorni a settimana in ufficio a Torino.')).toEqual([
      'Turin, IT',
    ])
  })
})

describe('a place tagged in a social post', () => {
  it('is read after its cue, past the hash sign', () => {
    expect(placesOf('Wir suchen Verstärkung für unser Team in #Kassel.')).toEqual(['Kassel, DE'])
  })
})

describe('a recruiter’s message titled by the role, its client and its place', () => {
  it('reads the client after the role’s long dash, its place in brackets left to the text', () => {
    const posting = record(
      `Senior Frontend Developer – Ardesia Pagamenti (Torino, ibrido)\n\nCiao Luca,\nsto supportando Ardesia Pagamenti, scale-up fintech torinese, nella ricerca di un Senior Frontend Developer.\n\nStack: React, TypeScript.\n\nModalità: ibrida, 2 giorni a settimana in ufficio a Torino.`,
    )
    expect([posting.company, posting.title]).toEqual([
      'Ardesia Pagamenti',
      'Senior Frontend Developer',
    ])
  })
})

describe('a press release’s dateline', () => {
  const body =
    'Maasdelta Koeltransport opent op 1 juli een eigen datahub en zoekt een Lead Data Engineer. Het platform draait op Azure en Databricks. Ervaring met Python is vereist; het salaris ligt tussen € 6.000 en € 7.500. Solliciteren kan tot 15 juni via de vacature op onze site.'
  it.each([
    ['EINDHOVEN – ', 'Eindhoven', 'NL'],
    ['ROTTERDAM (ANP) – ', 'Rotterdam', 'NL'],
    ['Leipzig, 12. Mai 2026 – ', 'Leipzig', 'DE'],
  ])('"%s" opening the first paragraph names the town', (dateline, city, country) => {
    const posting = record(`Persbericht\n\nDatahub geopend\n\n${dateline}${body}\n`)
    expect(posting.locations).toMatchObject([{ city, country }])
  })
  it('is not a short line’s first words, nor a technology before a dash', () => {
    const posting = record(
      `Lead Data Engineer\nMaasdelta Koeltransport\n\nAZURE – ${body} Je werkt vanuit huis.\n`,
    )
    expect(posting.locations).toEqual([])
  })
})
