import { describe, expect, it } from 'vitest'
import { parsePosting, parsePostings } from './index.ts'
import { readPlaces } from './places.ts'

// Shapes of a post's first lines seen on "Who is hiring" threads and job boards. Postings
// written for this test; the records expected are written by hand.
function record(text: string) {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result.posting
}
const places = (text: string) =>
  record(text).locations.map((l) => [l.city, l.country].filter(Boolean).join(', '))

describe('a note above the "Company | Place | Mode" line', () => {
  const post = (note: string) =>
    `${note}\n\nPellucid Labs | ONSITE | Austin, TX | Backend Engineer | Full-time\n\nPellucid Labs builds inventory software for independent bookshops. You will own Go services on Postgres.\n`

  it.each([
    'EDIT: the backend role is filled now, thank you to everyone who applied.',
    'At Pellucid Labs, we are changing how small shops keep their stock in order and sell online.',
    'CLOSED - thanks for all the great applications, folks!',
  ])('%s', (note) => {
    const posting = record(post(note))
    expect(posting.company).toBe('Pellucid Labs')
    expect(posting.title).toBe('Backend Engineer')
    expect(posting.workMode).toBe('onsite')
    expect(places(post(note))).toEqual(['Austin, US'])
  })

  it('keeps the note in the summary, where a reader sees it', () => {
    const note = 'EDIT: the backend role is filled now, thank you to everyone who applied.'
    expect(record(post(note)).sections.summary[0]).toBe(note)
  })
})

describe('a header line of parts between dashes', () => {
  it('reads a place beside a visa note, however the line ends', () => {
    const text =
      'Kestrel Analytics - Manchester (Hybrid) - No visa sponsorship.\n\nAt Kestrel Analytics we build pricing models for energy traders in Python.\n'
    const posting = record(text)
    expect(posting.company).toBe('Kestrel Analytics')
    expect(posting.workMode).toBe('hybrid')
    expect(places(text)).toEqual(['Manchester, GB'])
  })

  it('reads the mode of a long line whose title lists technologies', () => {
    const posting = record(
      'Corvid Labs - Senior Backend Developer (Go / Postgres / React+TS / AI tooling) - Remote - $90k/year\n\nWe build bookkeeping tools for small shops. You will own our ledger service.\n',
    )
    expect(posting.workMode).toBe('remote')
    expect(posting.title).toBe('Senior Backend Developer (Go / Postgres / React+TS / AI tooling)')
    expect(posting.salary).toEqual({ min: 90000, max: 90000, currency: 'USD', period: 'year' })
  })

  it('reads the place between the title and a tagline', () => {
    const text =
      'Senior DevOps Engineer (m/w/d) – Leipzig – Software für die Energiewende\n\nWir entwickeln Steuerungssoftware für Netzbetreiber mit Kubernetes und Terraform.\n'
    const posting = record(text)
    expect(posting.title).toBe('Senior DevOps Engineer')
    expect(places(text)).toEqual(['Leipzig, DE'])
    // A phrase with an article after its preposition is a tagline, not a name.
    expect(posting.company).toBeNull()
  })

  it('does not take a list of roles run into one line for a header', () => {
    const text =
      'Open roles: - Staff Backend Engineer (Leeds) - Senior Data Engineer - Product Designer - Engineering Manager, Payments\n\nWe are Lumen Ledger, a bookkeeping company in Leeds, UK.\n'
    expect(record(text).sections.summary[0]).toMatch(/^Open roles:/)
  })
})

describe('the company, then a dash, then the title', () => {
  it.each([
    [
      'Northgate Fuels — Director, Data Engineering',
      'Northgate Fuels',
      'Director, Data Engineering',
    ],
    ['Kibu - Fullstack Developer', 'Kibu', 'Fullstack Developer'],
    ['Harbour Partners – Senior Data Engineer', 'Harbour Partners', 'Senior Data Engineer'],
  ])('%s', (line, company, title) => {
    const posting = record(
      `${line}\n\nWe run the data platform on Snowflake and dbt. You will lead a team of six.\n`,
    )
    expect(posting.company).toBe(company)
    expect(posting.title).toBe(title)
  })

  it('leaves an area of work before the title to the title', () => {
    const posting = record(
      'Customer Success – Customer Success Manager\n\nAt Trellis Health we help clinics run their front desk.\n',
    )
    expect(posting.company).toBe('Trellis Health')
  })
})

describe('what the header holds that is no company', () => {
  it('a "Location:" field with a pay note after it', () => {
    const text =
      'Northgate Fuels — Director, Data Engineering\nLocation: Waltham, MA — Pay Range $150,000.00 - $190,000.00\n\nA regional energy company hiring a director for its data platform.\n'
    const posting = record(text)
    expect(posting.company).toBe('Northgate Fuels')
    expect(places(text)).toEqual(['Waltham, US'])
    expect(posting.salary).toEqual({ min: 150000, max: 190000, currency: 'USD', period: 'year' })
  })

  it('"Multiple positions in …"', () => {
    const posting = record(
      'Corvid Systems | Multiple positions in United States - WORK FROM HOME | FULL-TIME |\n\nCorvid Systems builds workflow tooling. We hire engineers who know Go and distributed systems.\n',
    )
    expect(posting.company).toBe('Corvid Systems')
  })
})

describe('a title without the pay a post appends to it', () => {
  it('"Title – $95-$250K in …"', () => {
    const posting = record(
      'Quillfeather (YC W24): Software Engineer – $95K-$180K in Spain or Portugal\n\nWe build an open-source alternative to hosted databases, in Rust.\n',
    )
    expect(posting.title).toBe('Quillfeather (YC W24): Software Engineer')
  })
})

describe('two countries listed are two countries, not a town and a country', () => {
  it.each([
    ['Canada, United States', ['CA', 'US']],
    ['POLAND, UKRAINE', ['PL', 'UA']],
    ['Distributed (US or Canada)', ['US', 'CA']],
  ])('%s', (field, countries) => {
    const reading = readPlaces(field, { field: true })
    expect(reading.locations.map((l) => l.city)).toEqual([null, null])
    expect(reading.locations.map((l) => l.country)).toEqual(countries)
  })
})

describe('a place field with more than the place in it', () => {
  it.each([
    [
      'Brackenridge | Software Engineer | SF, Hybrid 3+ days a week | Full-time',
      'San Francisco, US',
    ],
    [
      'Lumafield | Software Developers | Hybrid | Osaka, JP www.lumafield.example/careers',
      'Osaka, JP',
    ],
  ])('%s', (line, place) => {
    expect(places(`${line}\n\nWe build simulation software for chemists, in Python.\n`)).toEqual([
      place,
    ])
  })
})

describe('a country in brackets after a name is a remark on the name', () => {
  it('"Arch Ledger Services (Philippines) Inc." under the title is the company', () => {
    const posting = record(
      'Software Engineer III\nArch Ledger Services (Philippines) Inc.\nRemote, Quezon City, Philippines\n\nWe support the insurance divisions of our group with software.\n',
    )
    expect(posting.company).toBe('Arch Ledger Services')
  })
})

describe('a remote role open in named countries is in those countries', () => {
  const remote = (where: string) =>
    record(
      `Senior iOS Engineer\nCorvina Labs\nRemote (${where})\n\nCorvina Labs makes budgeting apps for families. You will ship SwiftUI features.\n`,
    )

  it.each([
    ['Canada', ['CA']],
    ['US or Canada', ['US', 'CA']],
  ])('Remote (%s)', (where, countries) => {
    const posting = remote(where)
    expect(posting.workMode).toBe('remote')
    expect(posting.locations).toEqual(
      countries.map((country) => ({ city: null, region: null, country })),
    )
  })

  it('leaves a group of countries or a time zone as no place', () => {
    expect(remote('EU').locations).toEqual([])
    expect(remote('CET ± 2h').locations).toEqual([])
  })
})

describe('a title is never a contract, a policy or a link', () => {
  it.each([
    'Quarry Search | ONSITE - San Francisco | Full-time | https://quarry.example',
    'Quarry Search | Bilbao, Spain | ONSITE | VISA SPONSORSHIP | RELOCATION SUPPORT',
    'Quarry Search | ONSITE (Hybrid): Boulder, Austin | quarry.example/careers',
  ])('%s', (line) => {
    const posting = record(
      `${line}\n\nQuarry Search builds a search engine for genomic data. We use Rust and Python, and we care about correctness.\n\nApply here: https://jobs.example.com/quarry\n`,
    )
    expect(posting.title).toBe('Quarry Search')
  })

  it('reads "Open role: X —> Apply here (link)" as the role X', () => {
    const posting = record(
      'Lumen Rail | Full-time | Denver | 3x/week in office | lumenrail.example\n\nOpen role: Senior Software Engineer —> Apply here (https://jobs.example.com/lumenrail/1)\n\nWe build scheduling software for freight railways in TypeScript and Go.\n',
    )
    expect(posting.title).toBe('Senior Software Engineer')
  })
})

describe('a typed double hyphen between parts is a dash', () => {
  it('reads "Company (Place) -- Title -- pay -- mode"', () => {
    const posting = record(
      'Brightlake (San Diego, CA, USA) -- Staff Kubernetes Platform Engineer -- $120,000 - $170,000 -- onsite\n\nApply here: https://jobs.example.com/brightlake/1\n\nWe run Kubernetes clusters on bare metal and in the cloud, and automate them with operators in Go.\n',
    )
    expect(posting.title).toBe('Staff Kubernetes Platform Engineer')
    expect(posting.company).toBe('Brightlake')
    expect(
      places(
        'Brightlake (San Diego, CA, USA) -- Staff Kubernetes Platform Engineer -- onsite\n\nWe run Kubernetes clusters.\n',
      ),
    ).toEqual(['San Diego, US'])
  })
})

describe('a title without the contract a board writes after it', () => {
  it.each([
    ['Stellenangebot: DevOps Engineer (m/w/d) in Voll- oder Teilzeit', 'DevOps Engineer'],
    ['Backend-Entwickler (m/w/d) in Vollzeit', 'Backend-Entwickler'],
    ['Offre d’emploi : Développeur Python en CDI', 'Développeur Python'],
    ['Oferta de empleo: Desarrollador Java a tiempo completo', 'Desarrollador Java'],
    ['Software Engineer in Test', 'Software Engineer in Test'],
    ['DevOps Engineer (contract, 6–12 months, likely to extend)', 'DevOps Engineer'],
    ['Data Engineer (Freelance, 3 Monate)', 'Data Engineer'],
    ['Backend Engineer (Go / Postgres)', 'Backend Engineer (Go / Postgres)'],
    ['📢 Offene Stelle: Backend-Entwickler (m/w/d)', 'Backend-Entwickler'],
    ['Poste à pourvoir : Développeur Python en CDI', 'Développeur Python'],
    ['Nueva vacante: Desarrollador Java a tiempo completo', 'Desarrollador Java'],
  ])('"%s" is "%s"', (line, title) => {
    expect(
      record(
        `${line}\n\nStandort: Stuttgart\n\nLindwurm Systemhaus betreibt Rechenzentren für den Mittelstand.\n\nAufgaben\n- Kubernetes und Terraform\n`,
      ).title,
    ).toBe(title)
  })
})

describe('a place beside its office days in a header part', () => {
  it.each([
    [
      'Corvid Security | Founding Backend Engineer | NYC, in-person 5 days | $180-230k',
      'New York City, US',
    ],
    ['Bramble Energy - Toronto, ON - Hybrid (3 days in office) - Full time', 'Toronto, CA'],
    ['Bramble Energy - Hybrid, 3 days in office - Toronto, ON - Full time', 'Toronto, CA'],
  ])('"%s" is in %s', (line, place) => {
    expect(
      places(
        `${line}\n\nSenior Embedded Engineer. We make battery controllers for home solar in C and Rust.\n`,
      ),
    ).toEqual([place])
  })
})

describe('where a remote hire may live, listed in brackets', () => {
  it.each([
    ['Remote-first (US, Canada, UK)', ['US', 'CA', 'GB']],
    ['Remote (US/Canada)', ['US', 'CA']],
    ['remote (UTC+12)', ['UTC+11 to UTC+13']],
  ])('"%s" names %j', (field, regions) => {
    expect(readPlaces(field, { field: true }).remoteRegions).toEqual(regions)
  })
})

describe('office days in brackets after "Hybrid"', () => {
  it('reads "Hybrid (2 days)" as two days a week in the office', () => {
    expect(
      record(
        'Saltmarsh | Engineering Manager, Platform | London | Hybrid (2 days) | £110k–£130k\n\nSaltmarsh runs logistics software for fresh-food wholesalers in Go on GCP.\n',
      ).officeDaysPerWeek,
    ).toBe(2)
  })
})

describe("a job board's lines under the title", () => {
  it('reads a company whose name ends in a word that also heads a stack section', () => {
    const text =
      'Lead Engineer\nTamarind Tech\nBengaluru, Karnataka\n\nWe build lending software for small banks with Node.js.\n'
    const posting = record(text)
    expect(posting.company).toBe('Tamarind Tech')
    expect(places(text)).toEqual(['Bengaluru, IN'])
  })

  it.each([
    ['Software Engineer Backend (80–100 %)', 'Software Engineer Backend'],
    ['Frontend Entwickler (m/w/d) 60 - 80 %', 'Frontend Entwickler'],
    ['Backend Developer (100%)', 'Backend Developer'],
  ])('leaves a Swiss workload out of the title: "%s"', (title, expected) => {
    expect(
      record(
        `${title}\nAlpenfirn Informatik AG\nZürich\n\nWir bauen Abrechnungssoftware mit Kotlin für Spitäler in der ganzen Schweiz.\n`,
      ).title,
    ).toBe(expected)
  })

  it('reads "Work from office" as on-site', () => {
    const posting = record(
      'Lead Engineer\nSaffron Ledger Technologies\nBengaluru, Karnataka\nWork from office\n\nWe build lending software for small banks with Node.js.\n',
    )
    expect(posting.workMode).toBe('onsite')
  })

  it('reads "Remoto parcial" after the place as hybrid', () => {
    const text =
      'Backend Engineer (Go)\nMarés Tech\nLisboa, Portugal · Remoto parcial\n\nA Marés Tech desenvolve software para portos.\n'
    const posting = record(text)
    expect(posting.workMode).toBe('hybrid')
    expect(places(text)).toEqual(['Lisbon, PT'])
  })
})

describe('a dashed header line whose part names where a remote hire may live', () => {
  it('reads the regions of "Remote within Europe (CET ±2h)"', () => {
    const posting = record(
      'Fernhill (https://fernhill.example) - Remote within Europe (CET ±2h) - Full-time\n\nFernhill builds accounting automation for small agencies. We are hiring a senior full-stack engineer (TypeScript, React). Salary €85–105k.\n',
    )
    expect(posting.company).toBe('Fernhill')
    expect(posting.workMode).toBe('remote')
    expect(posting.remoteRegions).toEqual(['Europe', 'UTC-1 to UTC+3'])
  })

  it('keeps "APAC - Remote, EMEA - Remote" one list of regions', () => {
    const posting = record(
      'Developer Advocate\nLanternfish\nAPAC - Remote, EMEA - Remote\n\nLanternfish builds developer tools for wallets. You will write guides and talk to developers.\n',
    )
    expect([...posting.remoteRegions].sort()).toEqual(['APAC', 'EMEA'])
  })
})

describe('a staffing board’s contract terms after the title’s dash', () => {
  it.each([
    ['Sr. Java Developer - W2 Only', 'Sr. Java Developer'],
    ['Senior Frontend Developer - Independent Contractor', 'Senior Frontend Developer'],
    ['Data Engineer – C2C', 'Data Engineer'],
  ])('"%s" is the role without its terms, and names no team', (line, title) => {
    const posting = record(
      `${line}\nBrightmoor Consulting\nDallas, TX\n\nOur client, a regional bank, needs an engineer for a 12 month contract. Java and Kafka.\n`,
    )
    expect({ title: posting.title, team: posting.team }).toEqual({ title, team: null })
  })
})

describe('a requisition number after the title', () => {
  it.each([
    'Principal Network Architect-2500318',
    'Principal Network Architect - R2500318',
    'Principal Network Architect (Req #2500318)',
    'Principal Network Architect (R-20541)',
  ])('is left out of "%s"', (title) => {
    const text = `${title}\nMeridale Health\nColumbus, OH\n\nWe run the networks of nine hospitals with Ansible and Python.`
    const result = parsePosting(text)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.title).toBe('Principal Network Architect')
  })
})

describe('a header line that ends in a legal form', () => {
  // "Inc." ends the line with a period, as a sentence does; the line is still a board's fact.
  const text = `Backend Developer
Posted on November 30, 2026 by Tamarack Dispatch Systems Inc.

Job details
Location
Winnipeg, MB
R3C 4T3
Salary
$41.00 to $49.00 hourly

We build dispatch software for rural ambulance services in Java and PostgreSQL.
`
  it('reads the fact box below it as part of the header', () => {
    expect(places(text)).toEqual(['Winnipeg, CA'])
    expect(record(text).company).toBe('Tamarack Dispatch Systems')
  })
  it("leaves a company profile box's location to the company", () => {
    const remote = `Backend Developer
Posted on November 30, 2026 by Tamarack Dispatch Systems Inc.

We build dispatch software for rural ambulance services in Java and PostgreSQL. The role is based in our Regina office.

About the company
tamarack.example
Location
Winnipeg
Company size
11-50
`
    expect(places(remote)).toEqual(['Regina, CA'])
  })
})

describe('a company line whose legal form holds a slash', () => {
  it.each([
    ['Tindholm Energi A/S', 'Tindholm Energi', 'Aalborg'],
    ['Cajueiro Sistemas S/A', 'Cajueiro Sistemas', 'Recife'],
  ])('"%s" under the title is the company, the town under it the place', (line, company, town) => {
    const result = parsePosting(
      `Platform Engineer\n${line}\n${town}\n\nYou will run our Kubernetes clusters and the Terraform code behind them.\n\nApply with your CV.`,
    )
    if (!result.ok) throw new Error(result.error)
    expect([result.posting.company, result.posting.locations.map((l) => l.city)]).toEqual([
      company,
      [town],
    ])
  })
})

describe('a location label whose value is a phrase naming the places', () => {
  it.each([
    [
      'Location: our engineering hubs in Leeds (Wellington Place) and Manchester (Ancoats). You can choose either as your base.',
      ['Leeds, GB', 'Manchester, GB'],
    ],
    ['Location: our offices in Leeds and Manchester', ['Leeds, GB', 'Manchester, GB']],
    ['Standort: unsere Büros in Köln oder Düsseldorf', ['Köln, DE', 'Düsseldorf, DE']],
    ['Ubicación: nuestras oficinas en Sevilla o Málaga', ['Sevilla, ES', 'Málaga, ES']],
  ])('"%s"', (line, expected) => {
    expect(
      places(
        `Platform Engineer\nWestcombe Analytics\n\n${line}\n\nYou will run our Kubernetes clusters and the Terraform code behind them.`,
      ),
    ).toEqual(expected)
  })
})

describe('a board’s field of the countries it hires in', () => {
  it.each([
    ['Hiring in: Portugal, Spain, Poland', ['PT', 'ES', 'PL']],
    ['Countries: Ireland, Netherlands', ['IE', 'NL']],
    ['País: España', ['ES']],
    ['Kraje: Polska, Czechy', ['PL', 'CZ']],
  ])('"%s" names the role’s countries', (line, countries) => {
    const posting = record(
      `Staff Platform Engineer\nQuillmere\nRemote\n${line}\n\nYou will run our Kubernetes platform and the Terraform code behind it.`,
    )
    expect(posting.locations.map((l) => l.country)).toEqual(countries)
  })
})

describe("a board's facts between middle dots under the title, however many words", () => {
  it('reads the places and the pay of the line', () => {
    const posting = record(
      'Teamlead Data Science\nRotterdam of Amsterdam · 36 uur · € 6.200 – € 8.100 bruto per maand · Vast dienstverband\n\nJe bouwt voorspelmodellen in Python en SQL voor onze energiehandel.',
    )
    expect(posting.locations.map((l) => l.city)).toEqual(['Rotterdam', 'Amsterdam'])
    expect([posting.salary?.min, posting.salary?.max, posting.salary?.period]).toEqual([
      6200,
      8100,
      'month',
    ])
  })
})

describe("a board's weekly hours among the facts under the title", () => {
  it.each([
    'Rotterdam · 36 hours · Permanent',
    'Rotterdam · 36 uur · Vast dienstverband',
    'Rotterdam · 32-40 uur per week · Vast',
    'Hamburg · 40 Std./Woche · Festanstellung',
    'Lyon · 35 heures · CDI',
    'Bilbao · 40 horas semanales · Indefinido',
  ])('"%s" names no company', (facts) => {
    const posting = record(
      `Data Scientist\n${facts}\n\nAt Zeestroom, we forecast wind and solar power for energy traders. You will build the models in Python and SQL.`,
    )
    expect(posting.company).toBe('Zeestroom')
  })
})

describe('a pay line under the title that ends in an abbreviation', () => {
  it('is no sentence: the facts below it still belong to the header', () => {
    const posting = record(
      'Specjalista ds. Automatyzacji Marketingu\nKwiatomat\n\n7 500 – 9 500 PLN brutto / mies.\nUmowa o pracę\n\nPoznań\nWrocław\nPraca hybrydowa\n\nSzukamy osoby, która zautomatyzuje nasz marketing w HubSpot.',
    )
    expect(posting.locations.map((l) => l.city)).toEqual(['Poznań', 'Wrocław'])
  })
})

describe('an immigration note among the parts of a pipe line', () => {
  it('is a policy, not a second role', () => {
    const result = parsePostings(
      'Halvard Fusion | Senior HPC Administrator | Vancouver, BC, Canada | Onsite | $120k-$150k CAD | Immigration support for US candidates\n\nYou will run our Linux cluster with SLURM and keep its storage healthy.',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings.map((p) => p.title)).toEqual(['Senior HPC Administrator'])
  })
})

describe("a board's field of the languages a role asks for", () => {
  it.each([
    'Talen: Nederlands, Engels',
    'Sprachen: Deutsch, Englisch',
    'Langues : français, anglais',
    'Idiomas: Español, Inglés',
    'Języki: polski, angielski',
  ])('"%s" names no place', (languages) => {
    const posting = record(
      `Medior .NET Developer\nScheldeveld IT\n\nPlaats: Mechelen\n${languages}\nContract: Vast contract\n\nJe bouwt onze webapplicaties in C# en ASP.NET Core.`,
    )
    expect(posting.locations.map((l) => l.city)).toEqual(['Mechelen'])
  })
})

describe("a UK contract's IR35 status after the title", () => {
  it.each(['Lead DevOps Engineer - Outside IR35', 'Lead DevOps Engineer - Inside IR35 - Contract'])(
    '"%s" is the title and its contract facts',
    (line) => {
      expect(
        record(`${line}\nLocation: Leeds\n\nYou will run AKS clusters with Terraform.`).title,
      ).toBe('Lead DevOps Engineer')
    },
  )
})

describe('a small town the data does not know, with its country, under the title', () => {
  it('is the place, not the company', () => {
    const text =
      'Ingénieur Machine Learning (H/F)\nSaint-Ismier, France\n\nQui sommes-nous ?\n\nNévalune aide les stations de ski à produire la neige.\n'
    const posting = record(text)
    expect(posting.company).not.toMatch(/Saint-Ismier/)
    expect(places(text)).toEqual(['Saint-Ismier, FR'])
  })
})

describe('a town with a work mode beside it under the title', () => {
  it('is the place, not a name a town shares', () => {
    const text =
      'Frontend Engineer (m/w/d)\n\nFestanstellung, Vollzeit · Ulm, Remote\n\nDeine Aufgaben\n\nDu baust unsere Web-App mit React.\n'
    expect(record(text).company).toBeNull()
    expect(places(text)).toEqual(['Ulm, DE'])
  })
})

describe("a board's facts between dots under the title, the town by its local name", () => {
  const text =
    'Junior Data Engineer\nTorino · Ibrido · Tempo indeterminato\n\nChi siamo\n\nVentoluce Data è una società di consulenza sui dati. Lavorerai con Python e Airflow.\n'

  it('takes neither the line nor its town for the company', () => {
    const company = record(text).company ?? ''
    expect(company).not.toMatch(/Torino|Ibrido/)
  })

  it('reads the town as the place', () => {
    expect(places(text)).toEqual(['Turin, IT'])
  })
})

describe('a title on the line after a page’s path', () => {
  it('leaves the path’s separator out of the title', () => {
    const result = parsePosting(
      `Brindelle\nSearch\n🌱 Brindelle — On recrute !\n/ Stagiaire Data Analyst (H/F)\nStagiaire Data Analyst (H/F)\nType de contrat: Stage (6 mois)\nLieu: Lyon — hybride\n\nTu rejoindras l'équipe Data pour construire nos tableaux de bord avec SQL et Python.`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.title).toBe('Stagiaire Data Analyst')
  })
})

describe('a title line naming the role and its employer in German, French, Italian or Dutch', () => {
  it.each([
    ['Teamlead Backend (m/w/d) bei Kachelwerk', 'Teamlead Backend', 'Kachelwerk'],
    ['Développeur Backend chez Octavie', 'Développeur Backend', 'Octavie'],
    ['Sviluppatore Frontend presso Ardesia', 'Sviluppatore Frontend', 'Ardesia'],
    ['Backend Developer bij Zeestroom', 'Backend Developer', 'Zeestroom'],
  ])('"%s"', (line, title, company) => {
    const result = parsePosting(
      `${line}\n\nDu führst ein kleines Team. Kotlin, Spring Boot und PostgreSQL sind gesetzt.`,
    )
    if (!result.ok) throw new Error(result.error)
    expect([result.posting.title, result.posting.company]).toEqual([title, company])
  })
})

describe('a newsletter’s link to its web version', () => {
  it('is no title, in any of the languages', () => {
    const result = parsePosting(
      `Im Browser ansehen\nTeamlead Backend (m/w/d) bei Kachelwerk\n\nDu führst ein Team aus fünf Backend-Entwickler:innen. Kotlin, Spring Boot, PostgreSQL.`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.title).toBe('Teamlead Backend')
  })
})

describe('a careers site’s search form above the posting, its labels verb first', () => {
  it('is no title', () => {
    const result = parsePosting(
      `Anmelden\n\nSuchen nach Stichwort\nSuchen nach Standort\nStellenangebote suchen\n\nSenior Softwareentwickler .NET (m/w/d)\nGütersloh, DE\n\nIhre Aufgaben: Sie entwickeln unsere MES-Software mit C# und SQL Server.`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.title).toBe('Senior Softwareentwickler .NET')
  })
})

describe('a locations field listing one office per line', () => {
  it('gives every office, not only the first', () => {
    const text = [
      'Data Engineer',
      'Toronto, ON, Canada and 1 more',
      'Apply Now',
      '',
      'Job Info',
      'Job Category',
      'Data & Analytics',
      'Locations',
      '200 Bay St, Toronto, ON, M5J 2J2, CA',
      '600 Rue Saint-Jacques, Montréal, QC, H3B 4W8, CA',
      '',
      'Job Description',
      'Harbourline Bank builds its fraud models in Python and Spark.',
    ].join('\n')
    const result = parsePosting(text, { file: 'oracle.txt' })
    expect(result.ok && result.posting.locations.map((l) => l.city)).toEqual([
      'Toronto',
      'Montréal',
    ])
  })
})

describe("a saved board page's facts as a list", () => {
  it('reads the list under the title and company, past the links listed above the title', () => {
    const page = `<p>Tallowjobs</p>
<ul><li>All Jobs</li><li>Data</li><li>Leipzig</li></ul>
<h1>Data Engineer (m/w/d)</h1>
<p>Kranfeld Digital GmbH</p>
<ul><li>Leipzig</li><li>Full-Time</li><li>Partially remote</li></ul>
<h2>Job description</h2>
<p>Kranfeld Digital builds metering software. You will build pipelines in Python and dbt.</p>`
    const posting = record(page)
    expect([posting.title, posting.company, posting.workMode]).toEqual([
      'Data Engineer',
      'Kranfeld Digital',
      'hybrid',
    ])
    expect(places(page)).toEqual(['Leipzig, DE'])
  })
  it('leaves a list of tasks right under the title to the body', () => {
    const posting = record(
      'Backend Engineer\nKranfeld Digital\n\n- Build services in Go.\n- Run them on Kubernetes.\n\nWe are based in Leipzig.',
    )
    expect(posting.stack.map((s) => s.name)).toEqual(['Go', 'Kubernetes'])
    expect(posting.company).toBe('Kranfeld Digital')
  })
})

describe("a Polish board's header, its company's link and level pill among the facts", () => {
  const page = `Java Developer
Wierzbowe Systemy Sp. z o.o.
O firmie

Gdańsk, Oliwa, Gdańsk, pomorskie
umowa o pracę, kontrakt B2B
specjalista (Mid / Regular)
praca hybrydowa
rekrutacja zdalna

Budujemy systemy rozliczeń w Javie i Spring Boot. Praca hybrydowa: 2 dni w tygodniu w biurze.`
  it('reads the facts under "O firmie", the level in brackets, and no remote from the hiring', () => {
    const posting = record(page)
    expect([posting.seniority, posting.workMode, posting.officeDaysPerWeek]).toEqual([
      'mid',
      'hybrid',
      2,
    ])
    expect(posting.warnings.filter((w) => w.includes('remote'))).toEqual([])
    expect(places(page)).toEqual(['Gdańsk, PL'])
  })
})

describe('a title broken over two lines of a document', () => {
  it('is read whole when the text writes it whole further on', () => {
    const posting = record(`Kesselring Messtechnik GmbH                Ausschreibung Nr. 2026-007

Senior Softwareentwickler (m/w/d)
Embedded Systems

Standort: Ulm | Vollzeit | unbefristet

Für unsere Firmware-Entwicklung in Ulm suchen wir eine/n

Senior Softwareentwickler (m/w/d) Embedded Systems

Sie entwickeln Firmware in C und C++ unter FreeRTOS.`)
    expect(posting.title).toBe('Senior Softwareentwickler Embedded Systems')
  })
  it('keeps a line under the title that the text never joins to it', () => {
    const posting = record(`Senior Softwareentwickler (m/w/d)
Kesselring Messtechnik

Standort: Ulm | Vollzeit

Sie entwickeln Firmware in C und C++ unter FreeRTOS.`)
    expect([posting.title, posting.company]).toEqual([
      'Senior Softwareentwickler',
      'Kesselring Messtechnik',
    ])
  })
})

describe('a board’s family of roles over the posting’s own title', () => {
  const page = (title: string) =>
    `Jobs\nData Engineer\nHarlow Freight\n\nHarlow Freight\n${title}\nManchester, UK\nHybrid\nFull-Time\n\nAbout the role\nYou will build our pipelines in Python and dbt.\n`

  it('takes the line that says more of the same title', () => {
    const posting = record(page('Senior Data Engineer, Route Planning'))
    expect(posting.title).toBe('Senior Data Engineer, Route Planning')
    expect(posting.company).toBe('Harlow Freight')
    expect(posting.seniority).toBe('senior')
  })

  it('takes it with a level word after the title, as French boards write it', () => {
    const posting = record(
      'Accueil\nEmploi\nIngénieur DevOps\nLyon\n\nCDI\nIngénieur DevOps Confirmé H/F\nKelvine\nLyon, Auvergne-Rhône-Alpes\n\nMissions\nVous automatiserez nos déploiements avec Terraform.\n',
    )
    expect(posting.title).toBe('Ingénieur DevOps Confirmé')
    expect(posting.seniority).toBe('mid')
  })

  it('keeps the first title when the line below only names it in a sentence', () => {
    expect(record(page('Harlow Freight is looking for a Data Engineer')).title).toBe(
      'Data Engineer',
    )
  })
})

describe('a town after a title and a dash', () => {
  const post = (title: string) =>
    `${title}\n\nWe build APIs in Go on PostgreSQL.\n\nRequirements\n- Go in production\n`

  it('is read when no word of the languages spells it, though a smaller city', () => {
    const posting = record(post('Backend Developer – Nantes'))
    expect([posting.title, places(post('Backend Developer – Nantes'))]).toEqual([
      'Backend Developer',
      ['Nantes, FR'],
    ])
  })

  it('stays part of the title when a word spells it, or it is a code', () => {
    expect(record(post('Software Engineer – Mobile')).title).toBe('Software Engineer – Mobile')
    expect(record(post('Cloud Engineer - GP')).title).toBe('Cloud Engineer - GP')
  })
})

describe('the employer by its legal name after a title and a dash', () => {
  it('is not part of the title, with or without its town', () => {
    const post = (subject: string) =>
      `Von: Career Service <jobs@uni-example.de>\nDatum: 12. Mai 2025, 09:14\nBetreff: Stellenangebot: ${subject}\n\nLiebe Studierende,\n\ndie Sandweg Messtechnik GmbH sucht Verstärkung.\n\nIhre Aufgaben\n- Software in C++ und Qt entwickeln\n`
    expect(
      record(post('Softwareentwickler C++/Qt (m/w/d) – Sandweg Messtechnik GmbH, Bielefeld')).title,
    ).toBe('Softwareentwickler C++/Qt')
    expect(record(post('Softwareentwickler C++/Qt (m/w/d) – Sandweg Messtechnik GmbH')).title).toBe(
      'Softwareentwickler C++/Qt',
    )
  })

  it('leaves a team after the dash in the title', () => {
    expect(
      record('Backend Engineer – Payments\n\nWe build APIs in Go.\n\nRequirements\n- Go\n').title,
    ).toBe('Backend Engineer – Payments')
  })
})

describe('a link back to the list above the title', () => {
  it('reads the title under "← Toutes les missions" and its area', () => {
    const posting = record(
      [
        'Aller au contenu principal',
        'freelink',
        'Missions',
        'Freelances',
        'Entreprises',
        'Se connecter',
        '',
        '← Toutes les missions',
        '',
        'Data',
        'Data Engineer Python / Airflow – Plateforme logistique',
        'Publiée il y a 2 jours · 12 freelances ont consulté cette mission',
        '',
        '📍 Grenoble · Hybride',
        '💶 TJM : 500 € / jour',
        '',
        'Le client',
        'Transalpes Fret est un transporteur grenoblois de 300 personnes.',
        '',
        'Vos responsabilités',
        '- Écrire les pipelines en Python et Airflow.',
      ].join('\n'),
    )
    expect(posting.title).toBe('Data Engineer Python / Airflow – Plateforme logistique')
    expect(posting.locations.map((l) => l.city)).toEqual(['Grenoble'])
  })
})

describe("a menu's item naming whom its page is for", () => {
  it('takes neither "Für Entwickler:innen" nor "For developers" as the title', () => {
    for (const [forDevs, forFirms] of [
      ['Für Entwickler:innen', 'Für Unternehmen'],
      ['For developers', 'For companies'],
    ])
      expect(
        record(
          [
            'Talentwerk',
            forDevs,
            forFirms,
            'Tech-Jobs',
            'Blog',
            'Einloggen',
            '',
            'Tech-Jobs › Backend › Leipzig',
            '',
            'Kornblume Software GmbH',
            '',
            'Senior Backend Engineer – Kotlin (m/w/d)',
            '',
            '📍 Leipzig, Deutschland',
            '🏢 Hybrid (2 Tage Office)',
            '',
            'Du baust unsere Dienste in Kotlin und Spring Boot.',
          ].join('\n'),
        ).title,
      ).toBe('Senior Backend Engineer – Kotlin')
  })
})

describe('a board’s facts each under its emoji, a pin before the town', () => {
  it('reads the town after the pin as the place, however small, not as the employer', () => {
    const posting = record(
      [
        'Junior Backend Developer',
        '📍 Eindhoven',
        '⏱ 32 - 40 uur per week',
        '💶 € 2.800 - € 3.400 per maand',
        '',
        'Wat ga je doen?',
        'Bij Slimstroom bouw je mee aan onze laadpalen-software in Python en Django.',
      ].join('\n'),
    )
    expect(posting.locations).toEqual([
      { city: 'Eindhoven', region: 'North Brabant', country: 'NL' },
    ])
    expect(posting.company).toBe('Slimstroom')
  })
})

describe('an application form’s heading over the posting', () => {
  const form = (heading: string) =>
    `${heading}\n\nMarula Water Trust is a non-profit that runs clean-water programmes in six counties.\n\nROLE: Data Analyst\nDUTY STATION: Mombasa (Nyali office)\n\nYou will write SQL against our PostgreSQL database.\n`

  it.each([
    ['Data Analyst – Application', 'Data Analyst'],
    ['Data Analyst – Application form', 'Data Analyst'],
    ['Analista de Datos – Formulario de postulación', 'Analista de Datos'],
    ['Data Analyst – Application (Mombasa / Malindi)', 'Data Analyst (Mombasa / Malindi)'],
  ])('takes the role from "%s", not the form’s name', (heading, title) =>
    expect(record(form(heading)).title).toBe(title),
  )

  it('reads an aid organisation’s "Duty station" as the role’s place', () =>
    expect(places(form('Data Analyst – Application'))).toEqual(['Mombasa, KE']))
})

describe('a headline that says who seeks whom', () => {
  it.each([
    [
      'Hiring! Quillmarsh is looking for an Engineering Manager, Data Platform',
      'Engineering Manager, Data Platform',
    ],
    ['Kranwerk Systems sucht einen Senior Backend Entwickler', 'Senior Backend Entwickler'],
  ])('takes the role it seeks from "%s"', (headline, title) =>
    expect(
      record(
        `${headline}\n\nWe build payment rails for marinas. You will lead engineers who write Go on AWS.\n`,
      ).title,
    ).toBe(title),
  )
})

describe('a headline that ends with the employer and its town', () => {
  const post = `Senior QA Engineer – Lindqvist Robotics, Västerås\n\nLindqvist Robotics builds warehouse robots. You will build test automation in Python and pytest.\n\nLocation: Västerås. We work on site four days a week.\n\n© 2026 Lindqvist Robotics AB\n`

  it('keeps the role for the title and no team, the town read as the place', () => {
    const posting = record(post)
    expect(posting.title).toBe('Senior QA Engineer')
    expect(posting.team).toBeNull()
    expect(places(post)).toEqual(['Västerås, SE'])
  })
})

describe('a board’s facts each after its icon, under the title', () => {
  it('reads the place, the pay and the contract of "📍 Braga   🏢 Híbrido   💶 …"', () => {
    const posting = record(
      'Vinhal Energia\nDesenvolvedor Backend Sénior\n📍 Braga   🏢 Híbrido (2 dias no escritório)   💶 42.000 € – 54.000 € / ano   🕒 Tempo inteiro\nPublicado há 3 dias\n\nSobre a função\nVais construir os serviços de faturação da nossa plataforma de energia solar em Kotlin e PostgreSQL, com a equipa de produto.\n\nRequisitos\n- 5 anos de experiência com Kotlin ou Java\n- PostgreSQL e Kafka\n',
    )
    expect(posting.company).toBe('Vinhal Energia')
    expect(posting.title).toBe('Desenvolvedor Backend Sénior')
    expect(posting.locations.map((l) => `${l.city}, ${l.country}`)).toEqual(['Braga, PT'])
    expect(posting.workMode).toBe('hybrid')
    expect(posting.salary?.min).toBe(42000)
  })
  it('reads a first fact written without its icon ("Contrato indefinido   📍 Bilbao   …")', () => {
    const posting = record(
      'Ardatz Mugikortasuna\nBackend Developer (Kotlin)\n\nContrato indefinido   📍 Bilbao   💶 Salario: 40K a 50K €   🏠 Teletrabajo frecuente   🎓 Experiencia: > 2 años\n\nDescripción del puesto\nConstruirás los servicios de reservas de nuestra app de bicicletas en Kotlin y PostgreSQL.\n',
    )
    expect(posting.locations.map((l) => `${l.city}, ${l.country}`)).toEqual(['Bilbao, ES'])
    expect(posting.salary?.min).toBe(40000)
  })
  it('leaves a cheer between icons to the body', () => {
    const posting = record(
      'Nordbrise Data\nData Engineer\n🚀 We are growing fast. 🎉 Come and build with us! 💪 Apply today.\n\nAbout the role\nYou will build our pipelines in Python and dbt on Snowflake.\n\nRequirements\n- 3 years with Python\n',
    )
    expect(posting.title).toBe('Data Engineer')
    expect(posting.locations).toEqual([])
  })
})

describe('an applicant-tracking page’s fact box, each label over its value', () => {
  const page = (eligible: string) =>
    `Senior Firmware Engineer - Avionics\n\nJob Locations\nUS-OH-Dayton\nID\n2026-10412\nCategory\nEngineering\nRemote/Hybrid Eligible\n${eligible}\n\nOverview\nMarrowgate Aerospace builds flight computers for small satellites.\n\nResponsibilities\n- Write firmware in C for our flight computers\n- Test it on hardware in the loop\n`
  it('takes neither the "ID" label for the employer nor a mode its answer refuses', () => {
    const posting = record(page('No'))
    expect(posting.company).toBe('Marrowgate Aerospace')
    expect(posting.workMode).not.toBe('remote')
    expect(posting.workMode).not.toBe('hybrid')
  })
})

describe('a board’s facts as a table’s two rows, labels over values', () => {
  it('reads each value under its label', () => {
    const posting = record(
      'Data Engineer\nBursztyn Analytics sp. z o.o.\nPoznań\n\nTyp firmy        Doświadczenie   Wymiar pracy   Tryb pracy\nFirma produktowa  Mid             Pełen etat     Zdalnie\n\nO projekcie\nBudujemy hurtownię danych dla sieci sklepów w Pythonie i dbt na Snowflake.\n\nWymagania\n• 5 lat doświadczenia z Pythonem\n',
    )
    expect(posting.seniority).toBe('mid')
    expect(posting.workMode).toBe('remote')
  })
})

describe('a headline that says the role is sought', () => {
  it.each([
    [
      'Long-term Shopify developer needed for our furniture store (approx 15 hrs/week)',
      'Shopify developer',
    ],
    ['Flutter-Entwickler (m/w/d) gesucht', 'Flutter-Entwickler'],
    ['Cercasi sviluppatore Python', 'Sviluppatore Python'],
    ['Backend developer gezocht', 'Backend developer'],
  ])('"%s" is "%s"', (headline, title) => {
    const posting = record(
      `${headline}\n\nWe run an online shop and need help with our store and its integrations. You will work with our small team on Python services and the storefront.\n\nRequirements\n- 3 years of experience\n- Good communication\n`,
    )
    expect(posting.title).toBe(title)
  })
  it('leaves what is not needed in the title', () =>
    expect(
      record(
        'Data Analyst - no degree required\n\nWe run an online shop and need help with our reporting in SQL and Python.\n\nRequirements\n- 2 years of experience\n',
      ).title,
    ).toBe('Data Analyst - no degree required'))
})

describe('a company line under the title that ends in a word headings share', () => {
  it.each([
    [
      'Engenheira de Dados Sênior\nCaravela Seguros e Benefícios\n\nRemoto\nCLT\n\nDescrição da vaga\nA Caravela vende seguros para pequenas empresas. Você vai construir pipelines em Python e dbt.\n',
      'Caravela Seguros e Benefícios',
    ],
    [
      'Senior Backend Engineer\nHollowmere Benefits\n\nRemote (US)\n\nAbout the role\nHollowmere runs benefits for small employers. You will build services in Go and PostgreSQL.\n',
      'Hollowmere Benefits',
    ],
  ])('is the company', (text, company) => expect(record(text).company).toBe(company))
  it('leaves a heading of ordinary words a heading', () => {
    const posting = record(
      'Senior Backend Engineer\nPerks & Benefits\n- Four-day week\n\nAbout us\nFernquist builds payroll software. You will write Go.\n',
    )
    expect(posting.company).toBe('Fernquist')
  })
})

describe('a reference code among the header’s facts, its label written short', () => {
  it.each(['Ref.ª PA/DEV/0312', 'Réf. CA/2026/14', 'Rif. MI/045', 'Ref. NY/QA/88'])(
    '"%s" is no place',
    (code) =>
      expect(
        places(
          `Programador Java (m/f)\nTorre Azul Recrutamento\nBraga | Efetivo | ${code}\n\nPara cliente do setor bancário, recrutamos programador Java com Spring Boot.\n`,
        ),
      ).toEqual(['Braga, PT']),
  )
})

describe('a board’s “Worldwide” over a text that hires in named countries only', () => {
  it('loses to the text', () => {
    const posting = record(
      'Remote Stack Board\n\nFernway\nSenior Platform Engineer\n🌏 Worldwide    💰 $140k - $170k\n\nFernway builds billing for veterinary clinics. This is a fully remote role. For tax reasons we can only hire people who live in the United States or Mexico.\n\nYou will run Kubernetes and Terraform on AWS.\n',
    )
    expect(posting.remoteRegions).toEqual(['US', 'MX'])
    expect(posting.locations.map((l) => l.country)).toEqual(['US', 'MX'])
  })
})

describe('a company’s profile box below the posting, each label with its value', () => {
  const page = (box: string) =>
    record(
      `Founding Backend Engineer\nTillergate\nRemote (US)\n\nAbout the role\nTillergate schedules home visits for physiotherapists. You will build our Go services on PostgreSQL.\n\nHow we work\nWe are remote-only across the US and meet twice a year.\n\n${box}\n`,
    )
  it('names where the company sits, not where the role is', () =>
    expect(
      page(
        'Company info\nFounded: 2022\nLocation: Boise, ID\nCompany size: 11-50\nWebsite: tillergate.example',
      ).locations.map((l) => l.city),
    ).toEqual([null]))
  it('still gives a role’s own fact box its place', () =>
    expect(
      page(
        'Job details\nLocation: Boise, ID\nIndustry: Health care\nEmployment: Full-time',
      ).locations.map((l) => l.city),
    ).toEqual(['Boise']))
})
