import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { readPlaces } from './places.ts'

// Places as job boards and posts in other languages state them. Postings written for this
// test; the records expected are written by hand.
function record(text: string) {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result.posting
}
const towns = (text: string) => record(text).locations.map((l) => `${l.city}, ${l.country}`)

describe('places in the supported languages', () => {
  it('reads a large city named alone in its own language ("München", "Genève")', () => {
    expect(readPlaces('München').locations).toEqual([
      { city: 'Munich', region: 'Bavaria', country: 'DE' },
    ])
    expect(readPlaces('Genève').locations.map((l) => l.country)).toEqual(['CH'])
  })

  it('reads a town with its province, named after the province’s largest town, and its region', () => {
    const dalmine = [{ city: 'Dalmine', region: 'Lombardy', country: 'IT' }]
    expect(readPlaces('Lombardia – Bergamo – Dalmine').locations).toEqual(dalmine)
    expect(readPlaces('Dalmine, Bergamo, Lombardia').locations).toEqual(dalmine)
    expect(readPlaces('Dalmine, Bergamo, Italia').locations).toEqual(dalmine)
    expect(
      towns(
        'Sviluppatore Java\nOfficina Orobica Srl\n\nSede: Lombardia – Bergamo – Dalmine\nContratto: tempo indeterminato\n\nRequisiti\n- Java e Spring Boot\n',
      ),
    ).toEqual(['Dalmine, IT'])
    // Two towns of one province, with no region or country beside them, may be two places.
    expect(readPlaces('Treviglio, Dalmine').locations.map((l) => l.city)).toEqual([
      'Treviglio',
      'Dalmine',
    ])
  })

  it('reads a town before its work mode and office days in another language', () => {
    expect(
      readPlaces(
        'Nantes 3e (près de la gare), en hybride : 3 jours par semaine au bureau, 2 en télétravail.',
      ).locations.map((l) => [l.city, l.country]),
    ).toEqual([['Nantes', 'FR']])
    expect(readPlaces('Paris 11e, en hybride').locations.map((l) => l.city)).toEqual(['Paris'])
    expect(
      readPlaces('Bilbao, 2 días por semana en la oficina').locations.map((l) => l.city),
    ).toEqual(['Bilbao'])
  })

  it('reads the place of work a bullet names without a verb ("Arbeitsort München")', () => {
    expect(
      towns(
        'Backend Entwickler (m/w/d)\n\nDie Sandbank Software GmbH baut Kassensysteme.\n\nWir bieten\n- Arbeitsort München, 2 Tage Homeoffice pro Woche\n- 30 Tage Urlaub\n',
      ),
    ).toEqual(['Munich, DE'])
  })

  it('reads a company’s seat after its legal form ("GmbH aus Leipzig")', () => {
    expect(
      towns(
        'Frontend Entwickler (m/w/d)\n\nDie Kieselgrund GmbH aus Leipzig entwickelt Apps für Bäckereien.\n\nDein Profil\n- React und TypeScript\n',
      ),
    ).toEqual(['Leipzig, DE'])
  })

  it('reads "Lyon (69) - CDI - Télétravail partiel": a place, a contract and a work mode', () => {
    const posting = record(
      'Développeuse Backend (H/F)\nLyon (69) - CDI - Télétravail partiel\n\nL’entreprise\nBoussole Verte est une coopérative de logiciels.\n\nMissions\n- Développer notre API en Node.js\n',
    )
    expect(posting.locations).toEqual([
      { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR' },
    ])
    expect(posting.company).toBe('Boussole Verte')
    expect(posting.workMode).toBe('hybrid')
    expect(posting.employmentType).toBe('full-time')
  })

  it('takes a smaller town before the board’s facts for the place, not the company', () => {
    const posting = record(
      'Développeur Backend (H/F)\nRennes - CDI\n\nL’entreprise\nMaison des Graines est une coopérative de semences.\n\nMissions\n- Développer notre API en Node.js\n',
    )
    expect(posting.company).toBe('Maison des Graines')
    expect(posting.locations.map((l) => l.city)).toEqual(['Rennes'])
  })
})

describe('a German-speaking town named with its river or area', () => {
  it('reads "Esslingen am Neckar" as the Esslingen on the Neckar, not another Frankfurt', () => {
    expect(readPlaces('Esslingen am Neckar').locations).toEqual([
      { city: 'Esslingen', region: 'Baden-Württemberg', country: 'DE' },
    ])
    expect(
      towns(
        'Embedded Entwickler (m/w/d)\n\nStandort: Esslingen am Neckar\n\nIhre Aufgaben\n- C++\n',
      ),
    ).toEqual(['Esslingen, DE'])
    // The data knows Frankfurt am Main as "Frankfurt" too: that is no Frankfurt an der Oder.
    expect(readPlaces('Frankfurt an der Oder').locations).toEqual([])
  })
})

describe('a place as Italian boards write it', () => {
  const at = (text: string) => readPlaces(text).locations
  it('reads the province’s code after the town ("00185 Roma RM", "Torino TO")', () => {
    expect(at('00185 Roma RM')).toEqual([{ city: 'Rome', region: 'Lazio', country: 'IT' }])
    expect(at('Torino TO')).toEqual([{ city: 'Turin', region: 'Piedmont', country: 'IT' }])
  })

  it('reads "Milano MI" in Lombardy, and "Milan, MI" with its comma still in Michigan', () => {
    expect(at('Milano MI')).toEqual([{ city: 'Milan', region: 'Lombardy', country: 'IT' }])
    expect(at('Milan, MI')).toEqual([{ city: 'Milan', region: 'Michigan', country: 'US' }])
  })

  it('reads the province’s code in brackets after the town ("Milano (MI)", "Bari (BA)")', () => {
    expect(at('Milano (MI)')).toEqual([{ city: 'Milan', region: 'Lombardy', country: 'IT' }])
    // A board's line under the title: the town, not the employer.
    const posting = record(
      'Sviluppatore PHP\nBari (BA)\n8 ago alle 11:47\n\nDescrizione\nGRANOLA WEB cerca uno sviluppatore PHP per la sede di Bari.\n',
    )
    expect(posting.locations).toEqual([{ city: 'Bari', region: 'Apulia', country: 'IT' }])
    expect(posting.company).not.toBe('Bari (BA)')
  })

  it('reads the province’s code between commas when the country after it is the town’s', () => {
    expect(at('Bologna, BO, IT')).toEqual([
      { city: 'Bologna', region: 'Emilia-Romagna', country: 'IT' },
    ])
    expect(at('Milano, MI, Italia')).toEqual([{ city: 'Milan', region: 'Lombardy', country: 'IT' }])
  })

  it('reads the place of a posting whose header gives only "Ibrido a 00185 Roma RM"', () => {
    expect(
      towns(
        'Sviluppatore Backend Java\nAcquaviva Software S.r.l.\nIbrido a 00185 Roma RM\n\nAcquaviva Software sviluppa gestionali per studi medici.\n\nRequisiti\n- Esperienza con Java e Spring\n',
      ),
    ).toEqual(['Rome, IT'])
  })
})

describe('a board’s work mode before the place, in the supported languages', () => {
  const at = (text: string) => readPlaces(text).locations.map((l) => `${l.city}, ${l.country}`)
  it.each([
    ['Teilweise Homeoffice in 20457 Hamburg', 'Hamburg, DE'],
    ['Hybrides Arbeiten in 04109 Leipzig', 'Leipzig, DE'],
    ['Télétravail partiel à 75002 Paris', 'Paris, FR'],
    ['Parzialmente da remoto a 40121 Bologna BO', 'Bologna, IT'],
    ['Deels thuiswerken in Utrecht', 'Utrecht, NL'],
    ['Praca hybrydowa w Warszawie', 'Warsaw, PL'],
  ])('reads "%s"', (text, place) => {
    expect(at(text)).toEqual([place])
  })

  it.each([
    ['Nantes (44) – sur site partiel', 'Nantes, FR'],
    ['Rennes – télétravail partiel', 'Rennes, FR'],
    ['Bilbao – remoto parcial', 'Bilbao, ES'],
    ['Bologna – da remoto parziale', 'Bologna, IT'],
  ])('reads "%s", the work mode and its part after the place', (text, place) => {
    expect(at(text)).toEqual([place])
  })

  it('leaves alternatives to the place field: "Tokyo or Remote in Japan" keeps Tokyo', () => {
    expect(at('Tokyo or Remote in Japan')).toContain('Tokyo, JP')
  })
})

describe('the title', () => {
  it('drops a contract or work mode a board appends after a dash, in any language', () => {
    expect(
      record(
        'DevOps Engineer (all genders) – Teilzeit oder Vollzeit\n\nDie Quarzwerk GmbH aus Bremen betreibt Rechenzentren.\n\nAufgaben\n- Terraform und Ansible\n',
      ).title,
    ).toBe('DevOps Engineer')
  })

  it('keeps a dash suffix that names more than the contract', () => {
    expect(
      record(
        'Software Engineer - Human Data (Full-Time)\n\nAt Lanternfish, we label data for research labs.\n\nRequirements\n- Python\n',
      ).title,
      // The brackets' contract goes, as a dash's does.
    ).toBe('Software Engineer - Human Data')
  })
})

describe('a remote field that lists groups of countries among countries', () => {
  it.each([
    ['Remote US/EU/UK', ['US', 'EU', 'GB']],
    ['Remote - UK, Ireland, EU', ['EU', 'GB', 'IE']],
    ['Americas, Europe REMOTE', ['Americas', 'Europe']],
  ])('%s', (field, regions) => {
    expect(readPlaces(field).remoteRegions).toEqual(regions)
  })

  it('keeps the countries as the role’s places', () => {
    expect(readPlaces('Remote US/EU/UK').locations.map((l) => l.country)).toEqual(['US', 'GB'])
  })
})

describe('a header line with remote and countries as separate segments', () => {
  const header = (line: string) =>
    record(
      `Senior Data Engineer\nQuillstone Analytics\n${line}\n\nAbout the role\nYou will build pipelines in Python and Spark.\n\nRequirements\n- 5 years of Python\n`,
    )

  it.each([
    ['Remote · United Kingdom', ['GB']],
    ['Germany | Remote', ['DE']],
    ['Remote • US and Canada', ['CA', 'US']],
  ])('%s', (line, countries) => {
    const posting = header(line)
    expect(posting.workMode).toBe('remote')
    expect(posting.remoteCountries).toEqual(countries)
  })

  it('leaves a line that names an office or a town to the places', () => {
    expect(header('London, United Kingdom · Remote').remoteCountries).toBeNull()
    expect(header('United Kingdom · Hybrid').remoteCountries).toBeNull()
  })
})

describe('where a remote hire may live, in German', () => {
  it('reads "100 % remote möglich (innerhalb Deutschlands)": the genitive, in brackets', () => {
    const posting = record(
      'Frontend Developer React (w/m/d)\n\nFirma: Ulmenhain Energie AG\nStandort: Köln, Deutschland\nHomeoffice: 100 % remote möglich (innerhalb Deutschlands)\n\nWas du mitbringst:\n* React und TypeScript\n',
    )
    expect(posting.workMode).toBe('remote')
    expect(posting.remoteCountries).toEqual(['DE'])
  })
})

describe('places as English-speaking boards write them', () => {
  it('reads an Australian state’s code after its town without a comma ("Sydney NSW")', () => {
    const posting = record(
      'Principal Engineer\nSydney NSW (Hybrid)\nWattlebird Pay\n\nWattlebird Pay builds invoicing for plumbers.\n\nYou will lead our Kotlin services.\n\n$220,000 – $260,000 + super\n',
    )
    expect(posting.company).toBe('Wattlebird Pay')
    expect(posting.locations).toEqual([
      { city: 'Sydney', region: 'New South Wales', country: 'AU' },
    ])
    expect(posting.salary?.currency).toBe('AUD')
  })

  it('keeps both towns before a remark on the work mode in brackets', () => {
    expect(
      towns(
        'Engineering Manager – Platform\nLisbon or Porto, Portugal (Hybrid, 2 days/week in office)\n\nRomãzeira Labs builds tools for bakeries.\n\nRequirements\n- Elixir\n',
      ),
    ).toEqual(['Lisbon, PT', 'Porto, PT'])
  })

  it('keeps a mode alone after each place as it was ("Canada (Remote), India (on-site)")', () => {
    expect(
      readPlaces('Canada (Remote), US (Remote), India (on-site)').locations.map((l) => l.country),
    ).toEqual(['CA', 'US', 'IN'])
  })
})

describe('the company with an Indian legal form', () => {
  it('reads "Company: X Pvt. Ltd." as the company, not as a sentence', () => {
    expect(
      record(
        'Sr. DevOps Engineer\nLocation: Pune, Maharashtra, India\n\nCompany: Neem Cloud Services Pvt. Ltd.\n\nResponsibilities\n- Kubernetes on Azure\n',
      ).company,
    ).toBe('Neem Cloud Services')
  })
})

describe('a remote region after "within" in brackets', () => {
  it('reads "Fully remote (within Japan)"', () => {
    expect(readPlaces('Fully remote (within Japan)').remoteRegions).toEqual(['JP'])
  })
})

describe('a place field whose place comes before remarks', () => {
  it('reads the place before the first comma ("Gdańsk, biuro przy …")', () => {
    expect(
      towns(
        'Regular Frontend Developer\nNordbit\n\n🔹 Lokalizacja: Gdańsk, biuro przy al. Grunwaldzkiej (Oliwa), 5 min od SKM\n\nSzukamy osoby z React i TypeScript.\n',
      ),
    ).toEqual(['Gdańsk, PL'])
  })
  it('reads places joined by "oppure" ("Bologna oppure Torino")', () => {
    expect(readPlaces('Bologna oppure Torino').locations.map((l) => l.city)).toEqual([
      'Bologna',
      'Turin',
    ])
  })
})

describe('a town with the word for its province', () => {
  const field = (text: string) =>
    readPlaces(text, { field: true }).locations.map((l) => `${l.city}, ${l.region}, ${l.country}`)
  it.each([
    ['28046 Madrid, Madrid provincia', 'Madrid, Community of Madrid, ES'],
    ['Sevilla, Sevilla provincia', 'Sevilla, Andalusia, ES'],
    ['Rozzano, provincia di Milano', 'Rozzano, Lombardy, IT'],
    ['Warszawa, woj. mazowieckie', 'Warsaw, Masovian, PL'],
    ['Getafe, Madrid provincia', 'Getafe, Community of Madrid, ES'],
  ])('reads "%s" as one town, "%s"', (text, place) => expect(field(text)).toEqual([place]))
})

describe('places a public register writes with their units', () => {
  it('reads the town of an address followed by its county and province, labelled', () => {
    const lublin = [{ city: 'Lublin', region: 'Lublin', country: 'PL' }]
    expect(
      readPlaces('ul. Lipowa 14, 20-020 Lublin, powiat: Lublin, woj. lubelskie').locations,
    ).toEqual(lublin)
    expect(readPlaces('Lublin, powiat: Lublin').locations).toEqual(lublin)
    expect(readPlaces('Munich, Bundesland: Bayern').locations).toEqual([
      { city: 'Munich', region: 'Bavaria', country: 'DE' },
    ])
  })

  it('does not read a unit named after another town as a second place', () => {
    expect(readPlaces('Kraków, powiat krakowski, woj. małopolskie').locations).toEqual([
      { city: 'Kraków', region: 'Lesser Poland', country: 'PL' },
    ])
  })

  it('is sure of a French town whose département number follows it, and of nothing else', () => {
    expect(readPlaces('Nantes (44)')).toMatchObject({
      locations: [{ city: 'Nantes', country: 'FR' }],
      confidence: [0.9],
    })
    // Another département's number confirms nothing.
    expect(readPlaces('Nantes (69)').confidence[0]).toBeLessThan(0.9)
  })

  it('keeps a French board’s town with its département apart from the employer', () => {
    const posting = record(
      [
        'Développeur Java confirmé H/F',
        'Rennes (35)',
        'CDI',
        '42 000 € - 50 000 € / an',
        '',
        'Votre mission',
        'Au sein de la DSI d’un assureur mutualiste, vous développez les applications de gestion des contrats en Java et Spring Boot.',
      ].join('\n'),
    )
    expect(posting.company).not.toBe('Rennes')
    expect(posting.locations).toEqual([{ city: 'Rennes', region: 'Brittany', country: 'FR' }])
  })
})

describe('a town with its region named without the unit word ISO puts after it', () => {
  it('reads "Pereira, Risaralda" under the employer as the role’s place', () => {
    const text =
      'Desarrollador Backend Java\nCafetera Digital S.A.S.  ★ 4,5  (12 evaluaciones)\nPereira, Risaralda\nHace 2 días\n\nDescripción de la oferta\nBuscamos un desarrollador backend con experiencia en Java y Spring Boot para nuestro equipo de pagos.\n\nRequisitos\n- 3 años de experiencia con Java\n- PostgreSQL\n'
    const posting = record(text)
    expect(posting.company).toBe('Cafetera Digital')
    expect(towns(text)).toEqual(['Pereira, CO'])
  })
})

describe('a town whose own name holds a slash', () => {
  it('reads "Biel/Bienne" as the bilingual Swiss town, not two names', () =>
    expect(readPlaces('Biel/Bienne', { field: true }).locations.map((l) => l.country)).toEqual([
      'CH',
    ]))
  it('still reads "Utrecht/Amsterdam" as two towns', () =>
    expect(readPlaces('Utrecht/Amsterdam', { field: true }).locations.map((l) => l.city)).toEqual([
      'Utrecht',
      'Amsterdam',
    ]))
})
