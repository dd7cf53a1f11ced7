import { describe, expect, it } from 'vitest'
import { notACompany } from './company.ts'
import { nameUnderAboutHeading, siteOwner } from './company-clues.ts'
import { readDocument } from './document.ts'
import { parsePosting } from './index.ts'

const duties = `
Responsibilities
- Build and run our payment services.
- Review code and mentor engineers.

Requirements
- Five years of experience with Go or Java.
`

function posting(text: string) {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result.posting
}

function company(text: string): string | null {
  return posting(text).company
}

function documentOf(text: string) {
  const read = readDocument(text)
  if (!read.ok) throw new Error(read.error)
  return read.doc
}

describe('company', () => {
  it('never takes a user name (“1 hw_bastler_ost”)', () => {
    expect(notACompany('1 hw_bastler_ost')).toBe('a user name')
    expect(notACompany('Ostwind Messtechnik')).toBeNull()
  })

  it('never takes a spoken language (“Spanish is a plus”)', () => {
    expect(notACompany('Spanish')).toBe('a spoken language')
    expect(notACompany('Deutsch')).toBe('a spoken language')
  })

  it('never takes a number or a count of a channel’s members', () => {
    expect(notACompany('35')).toBe('a number or a count')
    expect(notACompany('1 842')).toBe('a number or a count')
    expect(notACompany('48 213 iscritti')).toBe('a number or a count')
    expect(notACompany('32 members')).toBe('a number or a count')
    expect(notACompany('12.4k followers')).toBe('a number or a count')
    expect(notACompany('37signals')).toBeNull()
    expect(notACompany('99designs')).toBeNull()
  })
  it('reads the employer of a wiki’s or a blog’s name', () => {
    const posting = parsePosting(
      'Harbour Freight Confluence\nSpaces / People / Hiring / Open roles\nSenior Data Engineer\nOwned by Jo Park\n\nHarbour Freight runs parcel lockers in four countries. You will build our pipelines in Python and dbt.\n\nLocation: Leeds (hybrid)',
    )
    if (!posting.ok) throw new Error(posting.error)
    expect(posting.posting.company).toBe('Harbour Freight')
  })
  it('never takes a contract’s length or a reference code after its label', () => {
    expect(notACompany('6 mois')).toBe('a length of time')
    expect(notACompany('12 months')).toBe('a length of time')
    expect(notACompany('6-12 Monate')).toBe('a length of time')
    expect(notACompany('Job ID 2025-48213')).toBe('a reference number')
    expect(notACompany('Kennziffer 4711-B')).toBe('a reference number')
    expect(notACompany('Ausgabe #112')).toBe("a newsletter's issue")
    expect(notACompany('Issue 48')).toBe("a newsletter's issue")
    expect(notACompany('Studio 54')).toBeNull()
    expect(notACompany('Area 120')).toBeNull()
  })
  it('never takes a heading such as "About the company" or "What we do"', () => {
    expect(notACompany('About the company')).toBe('a heading')
    expect(notACompany('What we do')).toBe('a heading')
    // An applicant-tracking page's own label above the posting.
    expect(notACompany('Job Listing')).toBe('a heading')
    expect(notACompany('Job posting')).toBe('a heading')
    expect(
      company(`Senior Backend Engineer\nWhat we do\n\nWe build billing software.\n${duties}`),
    ).toBeNull()
  })

  it('ignores a "Company: None" value', () => {
    expect(notACompany('None')).toMatch(/no company/)
    expect(
      company(`Senior Backend Engineer\nCompany: None\nLocation: Berlin, Germany\n${duties}`),
    ).toBeNull()
  })

  it.each([
    'Empresa Confidencial',
    'Entreprise confidentielle',
    'Confidential company',
    'Vertrauliches Unternehmen',
  ])('reads "%s" as no company given, whatever the language', (value) => {
    expect(notACompany(value)).toMatch(/no company/)
    expect(company(`Senior Backend Engineer\n${value}\nCuritiba, PR\n${duties}`)).toBeNull()
  })
  it('keeps a name that only starts like one', () => {
    expect(notACompany('Empresa Brasileira de Correios')).toBeNull()
  })

  it('does not take the place under the title for the company', () => {
    expect(
      company(
        `Senior Backend Engineer\nLisbon, Portugal\n\nAt Ovello, we build billing software for clinics.\n${duties}`,
      ),
    ).toBe('Ovello')
  })

  it('reads "At X, we ..." in prose', () => {
    expect(
      company(
        `Senior Backend Engineer\n\nAt Brightwater, we make tools for ship crews.\n${duties}`,
      ),
    ).toBe('Brightwater')
  })

  it('reads "X is hiring"', () => {
    expect(
      company(`Kestrel Labs is hiring a Senior Backend Engineer to build our ledger.\n${duties}`),
    ).toBe('Kestrel Labs')
  })

  it('reads "Join X" and "X\'s platform" together', () => {
    expect(
      company(
        `Senior Backend Engineer\n\nJoin Quillon and help teams plan. Quillon's platform serves 400 schools.\n${duties}`,
      ),
    ).toBe('Quillon')
  })

  it('reads the first part of a "Company | Role | Place" line', () => {
    expect(
      company(
        `Parcelly (https://parcelly.example) | Senior Backend Engineer | Remote (EU) | Full-time\n\nWe route parcels for small shops. Apply: https://parcelly.example/jobs\n${duties}`,
      ),
    ).toBe('Parcelly')
  })

  it('reads "Role @ Company (Place)"', () => {
    expect(
      company(
        `Founding Engineer @ Loomwise (Austin, ONSITE)\n\nWe build looms. You will write firmware and tools.\n${duties}`,
      ),
    ).toBe('Loomwise')
  })
})

describe('company: what a board or a sentence wraps around the name', () => {
  it('drops the label of a link to the company’s site ("Raft Company Website")', () => {
    expect(company(`Cybersecurity Engineer\nMarlin Company Website\nRemote, US\n${duties}`)).toBe(
      'Marlin',
    )
    expect(company(`Android Developer\nSkyhold Careers\nRemote, US\n${duties}`)).toBe('Skyhold')
  })

  it('takes "Our Engineering Team" for no name', () => {
    expect(notACompany('Our Engineering Team')).not.toBeNull()
    expect(notACompany('My Signal Well')).toBeNull()
  })
})

describe('a name with an ampersand between its words', () => {
  it.each([
    [
      'Data Engineer\n\nHi all, I lead the data team at Fennel & Finch. We are a small company building payroll tools.\n' +
        duties,
      'Fennel & Finch',
    ],
    [
      'Backend Engineer\n\nAt Quill & Ledger, we build bookkeeping software for agencies.\n' +
        duties,
      'Quill & Ledger',
    ],
  ])('is read whole: %s', (text, expected) => {
    expect(company(text)).toBe(expected)
  })
})

describe('a company name a board writes in capitals', () => {
  it('is spelled as the prose spells it', () => {
    const text = [
      'Développeur Java (H/F)',
      '38 - GRENOBLE',
      '',
      'Isèrelog conçoit des logiciels pour les transporteurs. Vous développerez en Java et Spring Boot.',
      '',
      'Entreprise',
      'ISÈRELOG SOLUTIONS',
      'Isèrelog emploie 40 personnes à Grenoble.',
    ].join('\n')
    const result = parsePosting(text, { file: 'francetravail.txt' })
    expect(result.ok && result.posting.company).toBe('Isèrelog')
  })
})

describe("a site's link in a language the word lists lack, at the top of the page", () => {
  it('loses to the name the post gives its employer', () => {
    const page = `Přeskočit na obsah
Nabídky práce
Brigády
Firmy
Platy
Vytvořit životopis
Přihlásit se

Používáme cookies, abychom vám poskytli lepší služby. Kliknutím na „Souhlasím“ souhlasíte s jejich používáním.
Souhlasím   Nastavení   Odmítnout

Nabídky práce > IT > Brno > Senior Data Engineer

Senior Data Engineer
Fjordvik Analys s.r.o.

Místo výkonu práce: Brno

Fjordvik Analys builds forecasting tools for Central European grid operators.
${duties}`
    expect(company(page)).toBe('Fjordvik Analys')
  })

  it('keeps a header name that holds a particle ("Institute for AI")', () => {
    expect(
      company(`Halvorsen Institute for AI | Senior Software Engineer | Oslo | Onsite
${duties}`),
    ).toBe('Halvorsen Institute for AI')
  })
})

describe('company: a platform’s notice of an offer made to the reader', () => {
  const offer = [
    '4scotty',
    'Dashboard',
    'Jobangebote (2)',
    'Nachrichten',
    '',
    'NEUES JOBANGEBOT · eingegangen am 03.06.2025, 14:12 Uhr · gültig bis 17.06.2025',
    '',
    'Angebotene Position',
    'Senior Data Engineer (Python)',
    '',
    'Arbeitsort',
    'Leipzig',
    '',
    'Über das Unternehmen',
    'Die Elsterfeld Logistik GmbH plant die Touren von 900 Lkw in Sachsen und Thüringen.',
    '',
    'Deine Aufgaben',
    '- Du baust unsere Datenstrecken mit Python, Airflow und PostgreSQL.',
    '',
    'Remote-Anteil',
    '3 Tage/Woche remote – 2 Tage/Woche im Büro',
    '',
    'Weitere Jobangebote für dich',
    '• Backend Developer Go – Saalebrück AG · Halle · 1 Tag remote',
    '• Lead Software Engineer – Muldental Versicherung · 100 % remote',
  ].join('\n')

  it('takes neither the notice’s badge nor its dates for the employer', () => {
    expect(company(offer)).toBe('Elsterfeld Logistik')
  })

  it('reads the offer’s own way of working, not that of the other offers listed under it', () => {
    const read = posting(offer)
    expect(read.workMode).toBe('hybrid')
    expect(read.officeDaysPerWeek).toBe(2)
  })

  it('says why a date or a "new offer" badge is no name', () => {
    expect(notACompany('eingegangen am 03.06.2025, 14:12 Uhr')).toBe('a date')
    expect(notACompany('updated 2025-06-03')).toBe('a date')
    expect(notACompany('NEUES JOBANGEBOT')).toBe('an announcement of a job')
    expect(notACompany('New job offer')).toBe('an announcement of a job')
  })
})

describe('company: a board named by its cookie notice, atop another employer’s role', () => {
  const page = [
    'Emploifuté',
    "Offres d'emploi Entreprises Conseils",
    '',
    'Emploifuté et ses partenaires utilisent des cookies pour mesurer l’audience du site.',
    '[Accepter] [Refuser]',
    '',
    'Développeur Python H/F',
    'Atelier Corbin',
    'Bordeaux',
    'CDI · Temps plein',
    '',
    'Le poste',
    'Vous développez nos outils de planification en Python et Django.',
  ].join('\n')

  it('takes the name under the title, not the site’s own', () => {
    expect(company(page)).toBe('Atelier Corbin')
  })

  it('takes no pronoun of a cookie notice for the site’s owner', () => {
    const careers = [
      'Jobs · Über uns · Karriere bei Brunnhof Systeme · Presse',
      '',
      'Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.',
      '[Akzeptieren] [Ablehnen]',
      '',
      'Softwareentwickler Java (m/w/d)',
      'Standort: Kassel',
      'Anstellung: Vollzeit',
      '',
      'Ihre Aufgaben',
      '- Sie entwickeln unsere Lagerverwaltung mit Java und Spring Boot weiter.',
    ].join('\n')
    expect(company(careers)).toBe('Brunnhof Systeme')
    expect(siteOwner(documentOf(careers)).map((c) => c.value)).toEqual(['Brunnhof Systeme'])
  })
})

describe('company: a work tracker a role is copied from', () => {
  it('takes the tracker atop a card for no employer where the card names one', () => {
    const card = [
      'Trello',
      'Workspaces',
      'Recent',
      'Starred',
      'Create',
      '',
      'Quarry Lane – Hiring 2025',
      '',
      'Data Analyst',
      'in list Sourcing',
      '',
      'Description',
      'About Quarry Lane',
      'We plan deliveries for independent grocers in Porto and are hiring a Data Analyst to build our reporting in SQL and Looker.',
    ].join('\n')
    expect(company(card)).toBe('Quarry Lane')
  })
})

describe('company: a public employment service’s listing, its employer in a block of its own', () => {
  const listing = [
    'praca.gov.pl',
    'Centralna Baza Ofert Pracy',
    'Portal publicznych służb zatrudnienia',
    '',
    'Szczegóły oferty pracy',
    '',
    'Programista Java',
    'Numer oferty: StPr/25/1042',
    'Miejsce pracy: ul. Kwiatowa 3, 35-001 Rzeszów, powiat: Rzeszów, woj. podkarpackie',
    'Wynagrodzenie brutto: 9 000,00 – 11 000,00 PLN',
    '',
    'Zakres obowiązków',
    '- tworzenie aplikacji w Javie i Spring Boot oraz ASP.NET dla klientów z sektora publicznego,',
    '',
    'Dodatkowe informacje',
    'Praca wyłącznie w siedzibie firmy, pracodawca nie przewiduje pracy zdalnej.',
    '',
    'Pracodawca',
    'WISŁOKSOFT SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ',
    'Adres: ul. Kwiatowa 3, 35-001 Rzeszów',
  ].join('\n')

  it('takes the name under "Pracodawca", without its legal form written out, not the portal', () => {
    expect(company(listing)).toBe('WISŁOKSOFT')
  })

  it('reads the place of the address and the refusal of remote work', () => {
    const read = posting(listing)
    expect(read.locations).toEqual([{ city: 'Rzeszów', region: 'Podkarpackie', country: 'PL' }])
    expect(read.workMode).toBe('onsite')
  })

  it('takes a kind of advertiser under its label for no name', () => {
    const board = listing.replace(
      'Pracodawca\nWISŁOKSOFT SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ',
      'Advertised By\nAgency',
    )
    expect(nameUnderAboutHeading(documentOf(board))).toEqual([])
  })
})

describe('company: a games board’s discipline among its facts', () => {
  it('says a discipline of game making is an area of work, not a name', () => {
    for (const area of ['Programming', 'Audio', 'Production', 'Game Design', 'Level Design'])
      expect(notACompany(area)).toBe('an area of work')
  })
})

describe('company: the name as short as a mail address spells it, and written out in the prose', () => {
  it('keeps the full name when both are as sure', () => {
    const result = parsePosting(
      `Platform Engineer\n\nBrackenfold Robotics builds inspection drones for bridges. We are 30 people in Ghent.\n${duties}\nApply: jobs@brackenfold.be\n`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Brackenfold Robotics')
  })
})
