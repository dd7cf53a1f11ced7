import { describe, expect, it } from 'vitest'
import { parsePosting, parsePostings } from './index.ts'

// Pages copied whole from a job board start with the board's menu. These postings were
// written for this test; the expected fields are written by hand.
function accepted(text: string) {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result
}

function parsed(text: string) {
  const { company, title, locations, employmentType, workMode } = accepted(text).posting
  return { company, title, locations, employmentType, workMode }
}

const ENGLISH_BODY = `Staff Platform Engineer
Harbourlight Analytics
Leeds, England
Full-time
Hybrid

About the role
You will run our Kubernetes platform and build internal tooling in Go.

What you bring
- Experience operating Kubernetes in production
`

const ENGLISH_EXPECTED = {
  company: 'Harbourlight Analytics',
  title: 'Staff Platform Engineer',
  locations: [{ city: 'Leeds', region: 'England', country: 'GB' }],
  employmentType: 'full-time',
  workMode: 'hybrid',
}

describe('a job board menu above the posting', () => {
  it('is left out, one item per line', () => {
    expect(parsed(`Home\nJobs\nCompanies\nSalaries\n\n${ENGLISH_BODY}`)).toEqual(ENGLISH_EXPECTED)
  })

  it('is left out on one line of items', () => {
    expect(parsed(`Jobs | Companies | Salaries | For employers\n\n${ENGLISH_BODY}`)).toEqual(
      ENGLISH_EXPECTED,
    )
  })

  it('is left out in German, where its words are also section headings', () => {
    const text = `Zur Startseite
Jobs
Unternehmen
Gehalt

Senior Java Entwickler (m/w/d)
Nordwerk Logistik GmbH
Hamburg
Feste Anstellung
Vollzeit

Ihre Aufgaben
- Weiterentwicklung unserer Lagerverwaltung mit Java und Spring Boot

Ihr Profil
- Mehrere Jahre Erfahrung mit Java
`
    expect(parsed(text)).toEqual({
      company: 'Nordwerk Logistik',
      title: 'Senior Java Entwickler',
      locations: [{ city: 'Hamburg', region: 'Hamburg', country: 'DE' }],
      employmentType: 'full-time',
      workMode: null,
    })
  })

  it('keeps one menu-like word alone: it may be the posting’s own heading', () => {
    const text = `Backend Engineer at Tidewater Robotics
Lisbon, Portugal

Jobs
We build the software that runs our warehouse robots, in Rust and Python.
`
    expect(accepted(text).notes.join(' ')).not.toContain('site menu')
  })

  it('says what it left out, for the build report', () => {
    expect(accepted(`Home\nJobs\nCompanies\nSalaries\n\n${ENGLISH_BODY}`).notes).toContain(
      'left out page noise: 4 lines of site menu',
    )
  })
})

describe('a board’s account links and its link past the menu, in its language', () => {
  it('leaves out the board’s name above "Buscar ofertas / Mis candidaturas / Acceder"', () => {
    const page = `InfoJobs
Buscar ofertas
Mis candidaturas
Acceder

Desarrollador Backend Python
Robledal Software
Sevilla
Jornada completa

Descripción
Robledal Software desarrolla el programa de reservas de varias cadenas de hoteles.
`
    expect(parsed(page)).toMatchObject({
      company: 'Robledal Software',
      title: 'Desarrollador Backend Python',
      locations: [{ city: 'Sevilla', country: 'ES' }],
    })
  })

  it('leaves out the board’s name above "Discover / Jobs / Log In / Sign Up"', () => {
    expect(parsed(`Wellfound\nDiscover\nJobs\nLog In\nSign Up\n\n${ENGLISH_BODY}`)).toEqual(
      ENGLISH_EXPECTED,
    )
  })

  it('takes no skip link for the employer, in French or German', () => {
    const french = `Passer au contenu principal
Accueil
Avis sur les entreprises
Connexion

Développeur Backend Java H/F
Marais Numérique
Nantes
CDI

Description du poste
Marais Numérique développe des logiciels de gestion pour les mairies.
`
    const german = `Zum Hauptinhalt springen
Anmelden

Backend Entwickler (m/w/d)
Wrenfeld GmbH
Bremen

Wrenfeld entwickelt Terminsoftware für Zahnarztpraxen.
`
    expect(parsed(french).company).toBe('Marais Numérique')
    expect(parsed(german).company).toBe('Wrenfeld')
    expect(accepted(german).notes.join(' ')).toContain('2 lines of site menu')
  })

  it.each([
    ['Direkt zum Inhalt\nDirekt zur Navigation', 'Backend Entwickler (m/w/d)'],
    ['Skip to navigation\nJump to search', 'Backend Developer'],
    ['Aller au menu\nAller à la recherche', 'Développeur Backend H/F'],
    ['Vai alla navigazione\nSalta al contenuto', 'Sviluppatore Backend'],
    ['Przejdź do nawigacji\nPrzejdź do wyszukiwarki', 'Programista Backend'],
  ])('takes no link past the page for the employer or the title: %s', (links, title) => {
    const page = `${links}\n\n${title}\nWrenfeld GmbH\nBremen\n\nWrenfeld builds booking software for dental practices in Java.\n`
    expect(parsed(page)).toMatchObject({
      company: 'Wrenfeld',
      title: title.replace(/ \(m\/w\/d\)| H\/F/, ''),
    })
  })
})

describe('a job board’s name and its listing facts', () => {
  it('takes neither the board’s name over its menu nor "2 weeks ago" for the employer', () => {
    const body = `Ferngully Health
Backend Engineer
Rotterdam, South Holland, Netherlands · 2 weeks ago · Over 100 applicants
Hybrid Full-time

About the job
Ferngully Health builds software for pharmacies, in Kotlin and PostgreSQL.
`
    const withBoard = parsed(`LinkedIn\nHome\nMy Network\nJobs\nMessaging\n\n${body}`)
    const bodyOnly = parsed(body)
    const expected = {
      company: 'Ferngully Health',
      title: 'Backend Engineer',
      locations: [{ city: 'Rotterdam', region: 'South Holland', country: 'NL' }],
      employmentType: 'full-time',
      workMode: 'hybrid',
    }
    expect(withBoard).toEqual(expected)
    expect(bodyOnly).toEqual(expected)
  })
})

describe('a job board’s own wording of the place and the work mode', () => {
  it('reads "Hybrid remote in <town> <postcode>" as hybrid in that town, with no conflict', () => {
    const text = `Data Engineer
Brightmoor Insurance Group
Manchester M1
£55,000 - £65,000 a year - Permanent, Full-time

Full job description
Brightmoor Insurance Group is hiring a Data Engineer to build pipelines in Python and dbt.

Job Types: Full-time, Permanent
Work Location: Hybrid remote in Manchester M1
`
    const { locations, workMode, warnings } = accepted(text).posting
    expect({ locations, workMode, warnings }).toEqual({
      locations: [{ city: 'Manchester', region: 'England', country: 'GB' }],
      workMode: 'hybrid',
      warnings: [],
    })
  })

  it('reads a fact box of labels over their values, "Location" included', () => {
    const text = `Product Engineer
Location
Lyon, France
Employment Type
Full time
Location Type
Hybrid
Department
Engineering

Overview

Merlinbooks makes accounting software for freelancers. We use Elixir and React.
`
    expect(parsed(text)).toEqual({
      company: 'Merlinbooks',
      title: 'Product Engineer',
      locations: [{ city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR' }],
      employmentType: 'full-time',
      workMode: 'hybrid',
    })
  })

  it('reads an area of work after the title’s comma as the area, not a small town', () => {
    const text = `Engineering Manager, Mobile
Toronto, Ontario, Canada (Hybrid)

At Bramblecone, we help independent bookstores sell online with iOS and Android apps.
`
    expect(parsed(text).locations).toEqual([{ city: 'Toronto', region: 'Ontario', country: 'CA' }])
  })
})

describe('an applicant-tracking page with a "Salary" heading', () => {
  const page = `## Senior Data Scientist

Dublin, Ireland

Full-time

Hybrid

Brambleway insures small boats across Ireland and the UK.

### What you will bring

- 4+ years building models in production

### Salary

€75,000 – €90,000 plus bonus

We work from our Dublin office two days a week.
`

  it('reads the pay under it', () => {
    expect(accepted(page).posting.salary).toEqual({
      min: 75000,
      max: 90000,
      currency: 'EUR',
      period: 'year',
    })
  })

  it('keeps a pay line’s label in the text a reader sees', () => {
    const text =
      'Backend Entwickler (m/w/d)\nWrenfeld GmbH\nBremen\n\nWrenfeld entwickelt Terminsoftware für Zahnarztpraxen.\n\nDeine Aufgaben\n- Du baust unsere APIs mit Go\n\nGehalt: 60.000 – 70.000 € im Jahr\n'
    expect(accepted(text).posting.sections.summary).toContain('Gehalt: 60.000 – 70.000 € im Jahr')
  })
})

describe("a careers site's menu with a log-in link above the posting", () => {
  it('keeps the posting under it', () => {
    const page = `Fjällbacka Robotics
Jobs
Departments
Locations
People
Log in

Embedded Linux Developer
Göteborg · Hybrid

We build autonomous lawn mowers. As an Embedded Linux Developer you will work on Yocto builds, C++ drivers and our ROS 2 stack.

Who you are
You have worked with embedded Linux and C++ for at least three years.

Remote status: Hybrid
`
    expect(parsed(page)).toEqual({
      company: 'Fjällbacka Robotics',
      title: 'Embedded Linux Developer',
      locations: [{ city: 'Göteborg', region: 'Västra Götaland County', country: 'SE' }],
      employmentType: null,
      workMode: 'hybrid',
    })
  })
})

describe('a company’s tagline under its name', () => {
  it('does not end the header when it opens with a heading word ("Tools for …")', () => {
    const page = `Lindenweg
Tools for bakeries to plan their morning bake
11-50 Employees

Backend Engineer (Elixir)
Remote • Germany

About the job
Lindenweg is a team of twelve building planning software for bakeries, in Elixir.
`
    const { posting } = accepted(page)
    expect({
      company: posting.company,
      title: posting.title,
      workMode: posting.workMode,
      remoteRegions: posting.remoteRegions,
    }).toEqual({
      company: 'Lindenweg',
      title: 'Backend Engineer (Elixir)',
      workMode: 'remote',
      remoteRegions: ['DE'],
    })
  })
})

describe('a board’s field of where a remote hire works from', () => {
  it.each([
    ['Timezones: UTC-5 to UTC+2', ['UTC-5 to UTC+2']],
    ['Zeitzone: CET ±2h', ['UTC-1 to UTC+3']],
    ['Time zones\nUTC-5 to UTC+2', ['UTC-5 to UTC+2']],
    ['Hires remotely in: United States, Canada', ['US', 'CA']],
    ['Remote locations: North America, Europe', ['North America', 'Europe']],
    ['Remoto desde: España, Portugal', ['ES', 'PT']],
  ])('reads "%s" as where a remote hire works from', (field, regions) => {
    const page = `Senior Product Designer\nQuillstone\nRemote\n${field}\n\nAbout the role\nYou will own our editor's design, in Figma.\n`
    expect(accepted(page).posting.remoteRegions).toEqual(regions)
  })
})

describe('more of a board’s menu, in its language', () => {
  it('leaves out a line between menu items that the word lists lack ("Guía salarial")', () => {
    const page = `Inicio\nEvaluaciones de empresas\nGuía salarial\nIniciar sesión\n\nIngeniero de Datos\nMareas Analytics\nValencia\n\nMareas Analytics planifica el tráfico de los puertos con Python.\n`
    expect(parsed(page).company).toBe('Mareas Analytics')
  })

  it('leaves out a breadcrumb trail one crumb a line, each a page of the board’s results', () => {
    const crumbs =
      'Home\nIT jobs\nPlatform Engineer jobs\nPlatform Engineer jobs in Leeds\nBack to results\n'
    expect(parsed(`Search jobs\nSalary checker\nSign in\n${crumbs}${ENGLISH_BODY}`)).toEqual(
      ENGLISH_EXPECTED,
    )
  })

  it('leaves out a news portal’s name over its sections, its jobs among them', () => {
    const portal = 'MERIDIANO\nNotícias\nDesporto\nEconomia\nEmprego\nMais\n'
    expect(parsed(`${portal}\n${ENGLISH_BODY}`)).toEqual(ENGLISH_EXPECTED)
  })

  it('leaves out a search engine’s accessibility links', () => {
    expect(
      parsed(`Skip to main content\nAccessibility help\nAccessibility feedback\n\n${ENGLISH_BODY}`),
    ).toEqual(ENGLISH_EXPECTED)
  })

  it('leaves out an app’s side menu whose items carry their counts ("Starred 6")', () => {
    const menu = 'Inbox 12\nStarred 6\nJob alerts 3\nNewsletters 41\n'
    expect(parsed(`${menu}\n${ENGLISH_BODY}`)).toEqual(ENGLISH_EXPECTED)
  })

  it('leaves out the board’s address above its menu ("IrishJobs.ie")', () => {
    expect(parsed(`IrishJobs.ie\nFind Jobs\nCareer Advice\nSign in\n\n${ENGLISH_BODY}`)).toEqual(
      ENGLISH_EXPECTED,
    )
  })

  it('leaves out a professional network’s German menu and its count of applicants', () => {
    const page = `LinkedIn
Startseite
Mein Netzwerk
Jobs
Nachrichten

Quellwerk Energie
Senior Backend Engineer (m/w/d)
München, Bayern, Deutschland · vor 2 Wochen · Über 100 Bewerber:innen
Hybrid  Vollzeit

Über die Stelle
Quellwerk Energie entwickelt eine Handelsplattform für Strom, mit Kotlin und Kafka.
`
    expect(parsed(page)).toEqual({
      company: 'Quellwerk Energie',
      title: 'Senior Backend Engineer',
      locations: [{ city: 'Munich', region: 'Bavaria', country: 'DE' }],
      employmentType: 'full-time',
      workMode: 'hybrid',
    })
  })
})

describe('a fact box’s field read whole', () => {
  const head = (field: string) =>
    accepted(
      `Senior Product Engineer\nQuayside\n${field}\n\nAbout the role\nYou will build our bookkeeping product in Ruby on Rails.\n`,
    ).posting

  it('reads "Location: London, UK; Remote - UK" with its remote country', () => {
    const { locations, remoteRegions } = head(
      'Location: London, UK; Amsterdam, Netherlands; Remote - UK',
    )
    expect(locations.map((l) => l.city)).toEqual(['London', 'Amsterdam'])
    expect(remoteRegions).toEqual(['GB'])
  })

  it('still cuts a location field at a dash when the whole is no place', () => {
    const posting = head('Location: Waltham, MA — Pay Range $182,300.00 - $291,500.00')
    expect(posting.locations).toEqual([{ city: 'Waltham', region: 'Massachusetts', country: 'US' }])
    expect(posting.salary).toEqual({ min: 182_300, max: 291_500, currency: 'USD', period: 'year' })
  })

  it('reads the brackets of a work-mode field: a remote country, or the office', () => {
    expect(head('Modelo de trabalho: 100% remoto (Brasil)').remoteRegions).toEqual(['BR'])
    expect(head('Work mode: Hybrid (Berlin)').locations).toEqual([
      { city: 'Berlin', region: 'Berlin', country: 'DE' },
    ])
  })
})

describe('a board’s department after its facts', () => {
  it('is no company ("Hybrid · Amsterdam · Full time · Engineering")', () => {
    const page = `Engineering Manager - Mobile
Hybrid · Amsterdam, North Holland, Netherlands · Full time · Engineering

Fietsdam
Fietsdam makes the app for renting e-bikes in 40 Dutch cities, in Swift and Kotlin.
`
    expect(parsed(page)).toEqual({
      company: 'Fietsdam',
      title: 'Engineering Manager - Mobile',
      locations: [{ city: 'Amsterdam', region: 'North Holland', country: 'NL' }],
      employmentType: 'full-time',
      workMode: 'hybrid',
    })
  })
})

describe('a careers site’s menu and a company named "… Tech" under a board’s menu', () => {
  it('leaves out "Jobs / Departments / Locations / Life at …" above the posting', () => {
    const page = `Lingonberry Labs
Jobs
Departments
Locations
Life at Lingonberry

Senior Android Engineer
Engineering · Stockholm · Hybrid

At Lingonberry Labs we build the app that Swedes use to split their bills.

You will work on our Android app in Kotlin and Jetpack Compose.
`
    const { posting } = accepted(page)
    expect({
      title: posting.title,
      city: posting.locations[0]?.city,
      stack: posting.stack.map((s) => s.name),
    }).toEqual({
      title: 'Senior Android Engineer',
      city: 'Stockholm',
      stack: ['Android', 'Kotlin', 'Jetpack Compose'],
    })
  })

  it('reads "Brioche Tech" first under the board’s menu as the company, not a stack heading', () => {
    const page = `Welcome to the Jungle
Trouver un job
Entreprises
Se connecter

Brioche Tech
Développeur Backend Go
CDI
Paris

Le poste
Brioche Tech développe le logiciel de caisse de 3 000 boulangeries, en Go.
`
    expect(parsed(page)).toEqual({
      company: 'Brioche Tech',
      title: 'Développeur Backend Go',
      locations: [{ city: 'Paris', region: 'Île-de-France', country: 'FR' }],
      employmentType: 'full-time',
      workMode: null,
    })
  })
})

// A German board's page, written for this test: a menu the word lists know only part of, a
// cookie notice with its buttons, a breadcrumb trail and the listing's buttons, all above the
// company and the title.
const GERMAN_BOARD_PAGE = `Zum Inhalt springen
Jobbörse Nord
Jobs finden
Firmen entdecken
Gehaltsrechner
Karriereberatung
Anmelden

Wir verwenden Cookies, um dir die bestmögliche Nutzung unserer Seite zu ermöglichen.
Alle akzeptieren
Nur notwendige
Einstellungen

Startseite > Jobs > IT > Bremen

Jetzt bewerben
Merken   Teilen

Weserlicht Software GmbH
Backend Entwickler Kotlin (m/w/d)

28195 Bremen
Feste Anstellung
Vollzeit

Über uns
Wir bauen Software für Häfen. Du entwickelst Services mit Kotlin und PostgreSQL.
`

describe('the furniture of a board page above the posting', () => {
  it('is left out: a menu block, a cookie notice, a breadcrumb and buttons', () => {
    expect(parsed(GERMAN_BOARD_PAGE)).toEqual({
      company: 'Weserlicht Software',
      title: 'Backend Entwickler Kotlin',
      locations: [{ city: 'Bremen', region: 'Bremen', country: 'DE' }],
      employmentType: 'full-time',
      workMode: null,
    })
  })

  it('keeps a block of short header lines that names no menu item', () => {
    const text = `Data Engineer\nBrightfold\nMalmö\nFull-time\n\nWe build data pipelines in Python and dbt for retailers across Sweden.`
    expect(parsed(text)).toMatchObject({ company: 'Brightfold', title: 'Data Engineer' })
  })
})

describe('a log-in link for one kind of user alone above the posting', () => {
  it('is left out ("Servicedesk-Login")', () => {
    const text = `Servicedesk-Login\n\n${ENGLISH_BODY}`
    expect(parsed(text)).toEqual(ENGLISH_EXPECTED)
  })
})

describe('a careers page in German, written for this test', () => {
  const page = `Wolkenfeld
Alle Stellen
Über uns
Deutsch | English

← Zurück zu allen Stellen

Platform Engineer – Observability (all genders)

Remote (Deutschland)
Festanstellung · Vollzeit

Über Wolkenfeld
Wolkenfeld betreibt Wetterdaten-Dienste für Energieversorger. Du baust unsere Plattform mit Go und Kubernetes.

Weitere Stellen bei Wolkenfeld
Senior Frontend Engineer – Karten (all genders) · Remote (Deutschland)
Data Scientist – Prognosen (all genders) · Hamburg
`
  it('leaves out the site’s menu, its language switch and its other listings', () => {
    const result = parsePostings(page)
    if (!result.ok) throw new Error(result.error)
    expect(result.postings.map((p) => [p.company, p.title])).toEqual([
      ['Wolkenfeld', 'Platform Engineer – Observability'],
    ])
  })
})

describe("an employer's careers site as an applicant-tracking system lays it out", () => {
  it('leaves out its menu and reads "Job Locations" over its value', () => {
    const page = `Harrowgate Avionics Careers
Search for Jobs
Our Culture
Students & Graduates
Sign In

Firmware Engineer - Flight Controls

Job Locations
US-KS-Wichita | US-AZ-Phoenix
Position Type
Regular Full-Time

Apply for this job online
Email this job to a friend

We build flight-control software in C for small aircraft.
`
    expect(parsed(page)).toMatchObject({
      company: 'Harrowgate Avionics',
      title: 'Firmware Engineer - Flight Controls',
      locations: [
        { city: 'Wichita', region: 'Kansas', country: 'US' },
        { city: 'Phoenix', region: 'Arizona', country: 'US' },
      ],
    })
  })
})

describe('remote refused, or the board’s remote tag the text corrects', () => {
  it.each([
    'The role is hybrid with 3 days onsite at our office each week. Fully remote applications can’t be considered for this one.',
    'Although this listing is tagged remote, this position is hybrid: we need you in the studio 2 days a week.',
    'This position is hybrid. We are not able to consider fully remote candidates for this role.',
  ])('reads "%s" as hybrid', (sentence) => {
    const text = `Data Engineer\nHollin Labs\nBristol, UK\n\n${sentence} You will build pipelines in Python.`
    expect(parsed(text).workMode).toBe('hybrid')
  })
})

describe('a Portuguese board page, written for this test', () => {
  it('leaves out the board’s hyphenated name, its menu and a cookie notice’s one button', () => {
    const page = `Net-Empregos
Ofertas de Emprego
Pesquisar
Dicas
Login | Registo

Utilizamos cookies para melhorar sua experiência.
Entendi

Analista de Dados
Ribeira Dados, Lda.
Porto
`
    expect(
      parsed(`${page}\nProcuramos um analista de dados com SQL e Power BI para a nossa equipa.`),
    ).toMatchObject({
      company: 'Ribeira Dados',
      title: 'Analista de Dados',
    })
  })
})

describe("a board's level pill alone among its facts", () => {
  it.each([
    ['Senior', 'senior'],
    ['Mid', 'mid'],
    ['Regular', 'mid'],
  ])('reads "%s" as the level', (pill, level) => {
    const text = `Data Analyst\nKwiatomat\n\nPoznań\nPraca hybrydowa\n${pill}\n\nSzukamy osoby do analizy danych. Pracujemy w SQL i Power BI.`
    const result = parsePosting(text)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.seniority).toBe(level)
  })
})

describe("a board the lists do not name, known by its menu's board-only items", () => {
  const page = [
    'Vagalume Tech',
    'Vagas',
    'Empresas',
    'Ranking de salários',
    'Para empresas',
    'Entrar',
    '',
    'Pessoa Engenheira de Dados Sênior',
    'Cajuína Logística',
    '',
    'Remoto',
    '',
    'Buscamos uma pessoa para cuidar dos nossos pipelines em Python, Airflow e BigQuery.',
  ].join('\n')

  it('takes the name above such a menu for the board, not the employer', () => {
    expect(accepted(page).posting.company).toBe('Cajuína Logística')
  })
})

describe('more of a board’s page furniture', () => {
  const page = [
    'Emploiz',
    "Offres d'emploi",
    'Alternance',
    'Stage',
    'Entreprises',
    'Conseils emploi',
    'Mon compte',
    'Recruteur ? Publiez une offre',
    '',
    'Nous utilisons des cookies pour mesurer l’audience.',
    'Accepter & Fermer',
    'Continuer sans accepter',
    '',
    'All offers',
    'Développeur Backend Java',
    'Ardoise Numérique',
    'Nantes',
    '',
    'Vous développerez nos services en Java et Spring Boot. Hybride : 2 jours par semaine au bureau.',
    '',
    'Similar offers',
    'Développeur Go',
    'Autre Société',
    'Lille · Full remote',
  ].join('\n')

  it('leaves out a long menu, its consent buttons joined by "&", a menu word alone and similar offers', () => {
    const posting = accepted(page).posting
    expect(posting.company).toBe('Ardoise Numérique')
    expect(posting.title).toBe('Développeur Backend Java')
    expect(posting.locations.map((l) => l.city)).toEqual(['Nantes'])
    expect(posting.workMode).toBe('hybrid')
  })
})

describe('a cookie notice above a careers page’s links', () => {
  const page = [
    'We use cookies to improve your experience on our site. You can accept all cookies or choose which ones to allow.',
    'Accept all',
    'Decline all',
    'Cookie settings',
    '',
    'View all jobs',
    '',
    'Platform Engineer',
    'Utrecht, Netherlands',
    'Hybrid',
    '',
    'Description',
    'Brinkwater builds scheduling software for hospitals. You will run our Kubernetes clusters and write Go.',
  ].join('\n')

  it('is not the posting’s first sentence: the links after it open no page section', () => {
    const posting = accepted(page).posting
    expect(posting.title).toBe('Platform Engineer')
    expect(posting.locations.map((l) => l.city)).toEqual(['Utrecht'])
    expect(posting.stack.map((s) => s.name)).toEqual(['Kubernetes', 'Go'])
  })
})

describe('an applicant-tracking page’s tabs above its fact box', () => {
  const page = [
    'Jobs',
    'Data Engineer',
    'Overview',
    'Application',
    '',
    'Location',
    'Lyon',
    'Employment Type',
    'Full time',
    'Location Type',
    'Hybrid',
    '',
    'About Marmotte Data',
    'Marmotte Data builds forecasting tools for ski resorts. You will write Python and dbt.',
  ].join('\n')

  it('are the page’s, and the fact box below them is read', () => {
    const posting = accepted(page).posting
    expect(posting.title).toBe('Data Engineer')
    expect(posting.locations.map((l) => l.city)).toEqual(['Lyon'])
    expect(posting.workMode).toBe('hybrid')
  })
})

describe('a board’s menu link that names a role, and a search query under its label', () => {
  it('are the board’s, not the posting’s title', () => {
    const page = [
      'Talentwerk',
      'Hire developers',
      'Find remote jobs',
      'Salaries',
      'Log in',
      '',
      'Was',
      'Backend Developer',
      'Wo',
      'Köln',
      'Jobs finden',
      '',
      'Senior Android Engineer',
      'Brightkelp',
      'Remote',
      '',
      'We build ferry apps in Kotlin and Jetpack Compose.',
    ].join('\n')
    expect(accepted(page).posting.title).toBe('Senior Android Engineer')
  })
})

describe('a board’s place with a count of its other places', () => {
  it('reads "Kraków +2 Locations" under the company as the place, not as a heading', () => {
    const { posting } = accepted(
      'Senior Java Developer\nVistulon Software sp. z o.o.\nKraków +2 Locations\n\nWe build claims software. Requirements: Java, Spring Boot.',
    )
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Kraków', 'PL']])
  })
})

describe('a company’s careers site copied whole, its menu above the posting', () => {
  it('leaves out "Home / Positions / About Us" and reads the header under it', () => {
    const { posting } = accepted(
      'Fernhollow Studio\nHome\nPositions\nAbout Us\n\nBack to all positions\n\nBuild Engineer\nDublin, IE\nFull-Time\n\nDescription\n\nFernhollow Studio makes cosy games. You will keep our Jenkins and Unity builds fast.',
    )
    expect(posting.title).toBe('Build Engineer')
    expect(posting.company).toBe('Fernhollow Studio')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Dublin', 'IE']])
  })
})

describe('a site’s link past its menu, in its short form', () => {
  it.each([
    'Ir al contenido',
    'Vai al contenuto',
    'Pular para o conteúdo',
    'Naar inhoud',
    'Navigation Menu',
  ])('"%s" over a post is never its company', (skip) => {
    const { posting } = accepted(
      `${skip}\nforo\n\nDesarrollador backend Python – Valencia\n\nSoy Iván, CTO de Tramonta. Buscamos un desarrollador backend con Python y PostgreSQL.`,
    )
    expect(posting.company).not.toBe(skip)
  })
})

describe('a board’s menu copied with runs of spaces between its items', () => {
  it('marks the menu and the board’s name above it, and reads the employer under the title', () => {
    const { posting } = accepted(
      'Tablero Andino\nEmpleos   Empresas   Salarios   Blog   Para empresas\nIniciar sesión   Crear cuenta\n\nTech Lead Backend\nCordillera Pagos\nSantiago (Híbrido) · Full time\n\nCordillera Pagos es una fintech chilena. Buscamos un Tech Lead con Node.js y PostgreSQL.',
    )
    expect(posting.company).toBe('Cordillera Pagos')
    expect(posting.title).toBe('Tech Lead Backend')
  })
})

describe('a board’s links for employers and candidates, in Portuguese and Italian', () => {
  it.each([
    ['VAGAS.com.br\nVagas   Empresas   Cursos\nEntrar   Cadastre seu currículo\nÁrea da empresa'],
    [
      "InfoJobs\nOfferte di lavoro   Aziende   Consigli\nAccedi   Registrati\nSei un'azienda? Pubblica offerte",
    ],
  ])('are never the title or the company', (menu) => {
    const { posting } = accepted(
      `${menu}\n\nAnalista de Dados Sênior\nMineral Varejo Digital\nBelo Horizonte - MG\n\nA Mineral Varejo Digital procura uma pessoa analista de dados com SQL e Python.`,
    )
    expect(posting.title).toBe('Analista de Dados Sênior')
    expect(posting.company).toBe('Mineral Varejo Digital')
  })
})

describe('a board menu item that names a list of jobs, above a posting of bullets only', () => {
  // No line of the posting ends as a sentence does: its bullets carry no full stops.
  const text = `Jobhaven
Jobs for you
Saved
Applied
Companies
Profile

Larchmere

Senior Data Engineer
£70,000 - £85,000
Hybrid · Bristol
2 days in office

What the job involves
• You'll build the batch and streaming pipelines behind our pricing, in Python and Spark
• You'll own the dbt models that finance and pricing read every day

Requirements
• Several years of building data pipelines in production
• Strong SQL and Python; Airflow or Dagster
`
  it('reads the posting under the menu', () => {
    const posting = accepted(text).posting
    expect(posting.title).toBe('Senior Data Engineer')
    expect(posting.company).toBe('Larchmere')
    expect(posting.locations.map((l) => l.city)).toEqual(['Bristol'])
    expect(posting.officeDaysPerWeek).toBe(2)
    expect(posting.stack.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Python', 'Spark', 'dbt', 'SQL', 'Airflow', 'Dagster']),
    )
  })
})

describe("an employer's own site: its links past the page and its menu, in its language", () => {
  it.each([
    [
      'Direkt zum Inhalt\nDirekt zur Navigation\nLeichte Sprache\nSuche',
      'Über uns\nKarriere\nKontakt',
      'Backend Entwickler (m/w/d)',
      'Backend Entwickler',
    ],
    [
      'Aller au contenu\nAller au menu',
      'Qui sommes-nous\nCarrières\nContact',
      'Développeur Backend H/F',
      'Développeur Backend',
    ],
    [
      'Vai al contenuto',
      'Chi siamo\nLavora con noi\nContatti',
      'Sviluppatore Backend',
      'Sviluppatore Backend',
    ],
    ['Naar hoofdinhoud', 'Over ons\nWerken bij\nContact', 'Backend Developer', 'Backend Developer'],
  ])('%s', (links, menu, line, title) => {
    const page = `${links}\n\nStadtwerke Wrenfeld\n\n${menu}\n\n${line}\nBremen\n\nWir entwickeln Terminsoftware in Java.\n`
    expect(parsed(page)).toMatchObject({
      company: 'Stadtwerke Wrenfeld',
      title,
      locations: [{ city: 'Bremen', country: 'DE' }],
    })
  })
})

describe("a careers site's search form above the posting, its employer in a field below", () => {
  const page = (field: string) => `Aller au contenu principal
Accueil
Offres d'emploi
Connexion

Rechercher par mot-clé
Rechercher par lieu

Ingénieur Réseaux (H/F)

Postuler maintenant »

Date: 12 nov. 2026
Lieu: Rennes, FR, 35000
${field}

Votre mission
Vous administrez le réseau de nos usines avec Cisco et Ansible.
`
  it('takes the labelled employer over the first short line', () => {
    expect(parsed(page('Entreprise: Corbellec SAS')).company).toBe('Corbellec')
  })

  it('keeps the brand the page shows over the legal entity the field names', () => {
    const page = `Corbellec\nAccueil\nConnexion\n\nIngénieur Réseaux (H/F)\n\nLieu: Rennes, FR, 35000\nEntreprise: Corbellec Industrie France SAS\n\nVotre mission\nVous administrez le réseau de nos usines avec Cisco et Ansible. Poste en CDI.\n`
    expect(parsed(page).company).toBe('Corbellec')
  })

  it('takes no placeholder for the employer', () => {
    expect(parsed(page('Entreprise: Information non communiquée')).company).not.toMatch(
      /information/i,
    )
  })
})

describe("a public job portal's menu and its fact box of longer labels", () => {
  const page = `Employment Portal
Log in / Register

Home
Find a job
Find candidates
Living and working
Events
Help & support

Home > Find a job > Job details

Java Developer

Location of the job
Ostrava, Moravskoslezský kraj, Czechia

Type of contract
Permanent

Our team builds timetabling software for regional railways in Java and Spring Boot.
`
  it('takes no menu item for the title and reads the place under its label', () => {
    expect(parsed(page)).toMatchObject({
      title: 'Java Developer',
      locations: [{ city: 'Ostrava', country: 'CZ' }],
    })
  })
})

describe("a careers site's other roles under its menu word, after the posting", () => {
  const page = `Brenning
Jobs
Locations
Log in

Backend Engineer
Engineering · Uppsala · Hybrid remote

Brenning builds route planning for Nordic hauliers. You will own our Kotlin services.

Apply for this job

Jobs
Frontend Engineer · Uppsala · Hybrid remote
Product Designer · Uppsala · Fully remote
Sales Manager · Oslo · On-site
`
  it('reads the posting’s own mode, not a listed role’s', () => {
    expect(parsed(page)).toMatchObject({ title: 'Backend Engineer', workMode: 'hybrid' })
  })

  it('keeps a post’s own list of roles in the same shape', () => {
    const post = `Brenning | Uppsala | Full-time | Hybrid\n\nWe build route planning for Nordic hauliers, and we are profitable.\n\nRoles currently open:\n\n- Lead Product Designer | Equity | 70k+ SEK a month\n\n- Senior Backend Engineer | Equity | 65k+ SEK a month\n`
    const result = parsePostings(post)
    expect(result.ok && result.postings.map((p) => p.title)).toEqual([
      'Lead Product Designer',
      'Senior Backend Engineer',
    ])
  })
})

describe("a careers site's search and listing buttons in Spanish, its locations stacked", () => {
  const page = `Ir al contenido principal
Robledal Seguros
Iniciar sesión

Buscar empleos
Volver a los resultados de búsqueda

Analista Programador Java
Sevilla, España y 1 ubicación más

Solicitar ahora
Compartir

Ubicaciones
Sevilla, Andalucía, España
Málaga, Andalucía, España

Descripción
Desarrollarás los servicios de pólizas en Java y Spring Boot.
`
  it('takes no button for the employer and reads every location under the label', () => {
    const posting = parsed(page)
    expect(['Buscar empleos', 'Solicitar ahora', 'Ubicaciones']).not.toContain(posting.company)
    expect(posting).toMatchObject({
      title: 'Analista Programador Java',
      locations: [
        { city: 'Sevilla', country: 'ES' },
        { city: 'Málaga', country: 'ES' },
      ],
    })
  })
})

describe("a Nordic board's menu above an English posting", () => {
  // Boards of Denmark, Sweden, Norway and Finland carry English postings under a menu in their
  // own language: the menu and the board's name above it are no part of the posting.
  it.each([
    [
      'Danish',
      'Jobportalen\nJob\nVirksomheder\nLøntjek\nFor arbejdsgivere\nLog ind\nOpret profil',
      'Odense',
    ],
    [
      'Swedish',
      'Jobbsidan\nLediga jobb\nFöretag\nFör arbetsgivare\nLogga in\nSkapa konto',
      'Malmö',
    ],
    [
      'Norwegian',
      'Stillingsbasen\nLedige stillinger\nBedrifter\nFor arbeidsgivere\nLogg inn\nRegistrer deg',
      'Bergen',
    ],
    [
      'Finnish',
      'Työpörssi\nAvoimet työpaikat\nYritykset\nTyönantajille\nKirjaudu sisään\nRekisteröidy',
      'Tampere',
    ],
  ])('in %s', (_, menu, town) => {
    const text = `${menu}\n\nBackend Developer\nSkovlund Data ApS\n${town}\n\nWe are looking for a backend developer to build our billing services in Kotlin and PostgreSQL.\n\nYour profile\n• Three years of Kotlin or Java\n• Experience with PostgreSQL\n\nApply by sending your CV and a short letter.`
    const posting = accepted(text).posting
    expect([posting.company, posting.title, posting.locations.map((l) => l.city)]).toEqual([
      'Skovlund Data',
      'Backend Developer',
      [town],
    ])
  })
})

describe("a careers site's name above its menu: the employer's name in its words", () => {
  it.each([
    [
      'Careers at Zeestroom',
      'Vacancies   Our teams   Students',
      'Rotterdam · 36 hours · Permanent',
    ],
    ['Werken bij Zeestroom', 'Vacatures   Onze teams   Studenten', 'Rotterdam · 36 uur · Vast'],
    ['Karriere bei Zeestroom', 'Stellen   Teams   Studierende', 'Hamburg · 40 Std. · Vollzeit'],
    ['Carrières chez Zeestroom', 'Offres   Équipes   Étudiants', 'Lyon · 35 heures · CDI'],
    ['Trabaja en Zeestroom', 'Ofertas   Equipos   Estudiantes', 'Bilbao · 40 horas · Indefinido'],
    ['Kariera w Zeestroom', 'Oferty   Zespoły   Studenci', 'Gdańsk · 40 godzin · Umowa o pracę'],
  ])('"%s"', (site, menu, facts) => {
    const posting = accepted(
      `${site}\n${menu}\n\nData Scientist\n${facts}\n\nYou will build forecasting models in Python and SQL for our energy traders.\n\nApply now`,
    ).posting
    expect([posting.company, posting.title]).toEqual(['Zeestroom', 'Data Scientist'])
  })
})

describe('a board\'s other listings under "You might also like"', () => {
  it.each([
    'You might also like',
    'You may also like',
    'You may also be interested in',
    'More like this',
  ])('"%s" opens the other listings, not a list of the post’s roles', (heading) => {
    const posting = accepted(
      `Halden Mobility\nProduct Designer\n\nPermanent contract\nParis\n\nYou will design the booking flows of our fleet app in Figma with our two product managers.\n\nApply\n\n${heading}\nUX Designer – Voltane – Lyon\nSenior Product Designer – Papeterie – Paris\nUI Designer – Marelle – Nantes\nProduct Designer – Clairval – Remote`,
    ).posting
    expect([posting.title, posting.company]).toEqual(['Product Designer', 'Halden Mobility'])
  })
})

describe("a board's menu holding a link named like a role", () => {
  it('"Co-Founder Matching" among a board\'s links is no title', () => {
    const posting = accepted(
      `Startup Jobs Hub\nJobs\nCompanies\nCo-Founder Matching\nEvents\nInbox\nMy profile\nLog out\n\nQuillfen (S23)\nFounding Backend Engineer\n$140K - $180K\nAustin, TX, US\nFull-time\n\nAbout the role\nYou will build our forecasting service in Python and Postgres.`,
    ).posting
    expect(posting.title).toBe('Founding Backend Engineer')
  })
})

describe("a board's name over a menu that holds its links for employers among other items", () => {
  // The board's own links ("Companies", "For employers", "Post a job") sit among items no list
  // knows, on one line with runs of spaces or slashes between them: the name above is the
  // board's, whatever the board is called.
  it.each([
    [
      'Emplirama\nOffres d’emploi   Entreprises   Salaire   Conseils carrière   Quiz métier\nSe connecter   Mon Emplirama   Recruteurs',
      'Développeur PHP (H/F/X)\nBrasserie Tanneur SA\n\nLieu de travail : Namur\nType de contrat : CDI',
      ['Brasserie Tanneur', 'Développeur PHP'],
    ],
    [
      'Hireloom\nFind Jobs   Salary Estimator   Resources\nSign In   Employers / Post a Job',
      'QA Automation Engineer\nOakhaven Freight - Wichita, KS\n$98,000 - $115,000 a year',
      ['Oakhaven Freight', 'QA Automation Engineer'],
    ],
  ])('%#', (menu, head, expected) => {
    const posting = accepted(
      `${menu}\n\n${head}\n\nWe are looking for an engineer to build our customer tools in PHP and Playwright.\n\nYour profile\n• Three years of experience\n\nApply now`,
    ).posting
    expect([posting.company, posting.title]).toEqual(expected)
  })
})

describe('a skip link whose lead has no article', () => {
  it.each([
    'Pular para conteúdo principal',
    'Saltar para conteúdo',
    'Saltar a contenido principal',
  ])('"%s" over a post is never its company', (skip) => {
    const { posting } = accepted(
      `${skip}\nLinkedIn\nInício   Minha rede   Vagas   Mensagens   Notificações\n\nCastanha Pagamentos\nPessoa Desenvolvedora Back-end Pleno\nBrasil · Remoto\n\nA Castanha Pagamentos procura uma pessoa desenvolvedora back-end com Go e PostgreSQL.`,
    )
    expect(posting.company).toBe('Castanha Pagamentos')
  })
})

describe('a board’s search form copied as a row of bracketed fields', () => {
  it.each([
    [
      'Job title, keywords or company   City, state or zip',
      '[ data engineer ] [ Tulsa, OK ] [Search]',
    ],
    ['Intitulé, mots-clés   Ville ou code postal', '[ data engineer ] [ Tulsa, OK ] [Rechercher]'],
  ])('leaves the form and its placeholders out (%#)', (labels, row) => {
    const posting = accepted(
      `Hireloom\nFind Jobs   Salary Estimator   Resources\nSign In   Employers / Post a Job\n\n${labels}\n${row}\n\nData Engineer\nRedbud Grain Co-op - Tulsa, OK\n$90,000 - $104,000 a year\n\nRedbud Grain Co-op runs grain elevators across Oklahoma. You will build our pipelines in Python and dbt.\n\nApply now`,
    ).posting
    expect([posting.company, posting.title, posting.locations.map((l) => l.city)]).toEqual([
      'Redbud Grain Co-op',
      'Data Engineer',
      ['Tulsa'],
    ])
  })
})

describe('a board’s other listings under "Explore other jobs"', () => {
  it('are no roles of the post, and their places are not the role’s', () => {
    const result = parsePostings(
      `Software Engineer II\nMarrowfield Health\nRemote\n\n$121,000 - $140,000 a year - Full-time\n\nYou will build claim payment services in Kotlin on AWS. This position is fully remote within the United States.\n\nApply now\n\nExplore other jobs\nBackend Engineer - Quayside Billing - Remote - $118,000 - $132,000 a year\nSenior Software Engineer, Payments - Lindenhall Bank - Boston, MA - $170,000 a year\nJava Developer - Corbel Solutions - Hybrid work in Denver, CO`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(
      result.postings.map((p) => [p.title, p.company, p.locations.map((l) => l.city ?? l.country)]),
    ).toEqual([['Software Engineer II', 'Marrowfield Health', ['US']]])
  })
})

describe('a careers site naming itself without its employer', () => {
  it.each([
    ['Karriere bei uns', 'Stellenangebote   Über uns   Benefits   Kontakt'],
    ['Werken bij ons', 'Vacatures   Over ons   Contact'],
    ['Careers with us', 'Open roles   About us   Contact'],
  ])('"%s" is no employer: the body names it', (site, menu) => {
    const posting = accepted(
      `${site}\n${menu}\nDE | EN\n\nZurück zur Übersicht\n\nBackend Developer (m/w/d)\nHamburg · Vollzeit · ab sofort\n\n[Jetzt bewerben]\n\nWer wir sind\nDie Elbwerft Digital GmbH baut Software für Häfen. Du entwickelst unsere Dienste in Kotlin und PostgreSQL.\n\nJetzt bewerben`,
    ).posting
    expect([posting.company, posting.title]).toEqual(['Elbwerft Digital', 'Backend Developer'])
  })
})

describe('a board’s line of active filters over the listing', () => {
  it('is neither the title nor the company', () => {
    const posting = accepted(
      'Hireloom\nAll Jobs\nSalaries\nCompanies\nPost a Job\n\nFilter: DevOps · Graz · All levels\n\nJunior Data Engineer (m/w/d)\nMurbrücke Analytics GmbH\n\n📍 Graz\n🏢 Hybrid\n\nApply\nBookmark\n\nJob description\n\nWe build forecasting for Austrian energy traders. You will write pipelines in Python and dbt.',
    ).posting
    expect([posting.title, posting.company]).toEqual([
      'Junior Data Engineer',
      'Murbrücke Analytics',
    ])
  })
})

describe('a company’s profile line under its name on a board', () => {
  it('names where the company sits, not where a remote role is', () => {
    const posting = accepted(
      '← All jobs\n\nKesselbach Energie GmbH\nHamburg · 120 employees · Climate Tech\n\nFrontend Engineer (m/f/d)\n\nRemote (Germany)\nFull-time\n\nWe build the app households use to run their heat pumps. You will write it in React and TypeScript.\n\nApply',
    ).posting
    expect([posting.workMode, posting.locations]).toEqual([
      'remote',
      [{ city: null, region: null, country: 'DE' }],
    ])
  })
})

describe('a feed post’s "More from" its author', () => {
  it('holds other posts, not the role', () => {
    const posting = accepted(
      'Feed post\n\nNiamh Keane\nNiamh Keane • 2nd\nTalent Partner at Corrigeen Data | Hiring engineers in Ireland\n3d • Edited • 🌐\n\n+ Follow\n\nWe’re hiring! 🚀\n\nCorrigeen Data is growing its platform team and I’m looking for a Backend Engineer to join us in Galway 🌊\n\nYou will build our ingestion services in Go and PostgreSQL.\n\nApply on our careers page.\n\nMore from Niamh Keane\nWe’re hiring a Product Analyst in Cork! 📊\nCorrigeen is proud to sponsor DataFest 2025\nSee all',
    ).posting
    expect(posting.title).toBe('Backend Engineer')
    expect(posting.locations.map((l) => l.city)).not.toContain('Cork')
  })
})

describe('a feed copied whole with the reader’s profile card', () => {
  it.each([
    [
      'Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\n\nTomasz Wrona\nAndroid Developer | Kotlin | Jetpack Compose\nProfile viewers 112\nPost impressions 2,431\nSaved items\nGroups\n\nSort by: Top\n\nAoife Brennan • 2nd\nPeople Partner at Tidewell Labs | Hiring\n1d •\n\n📢 We’re hiring: Senior Flutter Engineer | Remote (Ireland) 🚀\n\nTidewell Labs is growing its mobile team. You will build our banking app in Flutter and Dart.\n\n#hiring #flutter #kotlin',
      ['Tidewell Labs', 'Senior Flutter Engineer'],
    ],
    [
      'Ir para o conteúdo principal\nInício\nMinha rede\nVagas\nMensagens\n\nBeatriz Lobo\nEngenheira de Dados | Spark | Databricks\nVisualizações do perfil\n57\nImpressões da publicação\n1.020\nItens salvos\n\nMarcos Teles • 3º+\nHead de Engenharia na Jabuti Seguros\n3 d •\n\nVAGA ABERTA: Pessoa Engenheira de Software Backend (Java) | Híbrido em Recife\n\nNa Jabuti Seguros você vai cuidar das APIs de apólices em Java e PostgreSQL.',
      ['Jabuti Seguros', 'Pessoa Engenheira de Software Backend (Java)'],
    ],
  ])('takes neither the employer nor the title from the reader’s headline', (text, expected) => {
    const posting = accepted(text).posting
    expect([posting.company, posting.title]).toEqual(expected)
  })
})

describe('a board’s other listings on one line under their label', () => {
  it('gives no work mode or place of its own', () => {
    const posting = accepted(
      'Senior Site Reliability Engineer\nHollin Freight\nHalifax, NS (Hybrid)\n\nHollin Freight tracks containers across the Atlantic. You will run Kubernetes on AWS with Terraform, two days per week in our Halifax office.\n\nApply Now | Save Job\nSimilar jobs: DevOps Engineer – Moncton, NB · Platform Engineer – Remote (Canada)',
    ).posting
    expect([posting.workMode, posting.officeDaysPerWeek, posting.remoteRegions]).toEqual([
      'hybrid',
      2,
      [],
    ])
  })
})

describe('a logo’s caption under a board’s menu, search form and cookie notice', () => {
  it('gives the employer’s name, not the caption', () => {
    const posting = accepted(
      'Skip to content\nJobwharf\nCommunity\nJobs\nCompanies\nSalaries\nSign In\n\nJob title, keywords, or company\nData Engineer\nLocation\nBristol\nSearch\n\nWe use cookies to personalise content and ads and to analyse our traffic. By clicking "Accept All Cookies" you agree to this.\nAccept All Cookies\nCookie Settings\n\nHarrowgate Energy Logo\nHarrowgate Energy\n3.9 ★\nData Engineer\nBristol, England\n\nJob description\nHarrowgate Energy balances the grid with home batteries. You will build pipelines in Python and dbt.',
    ).posting
    expect(posting.company).toBe('Harrowgate Energy')
  })
})

describe('a board’s search form copied as text', () => {
  it('is not the title when its cells stand apart under their labels', () => {
    const posting = accepted(
      'Naar hoofdinhoud\nvindwerk\nHome   Bedrijven   Salarissen\nInloggen\n\nWat          Waar\ndata engineer   Arnhem          Vacatures zoeken\n\nData Engineer Python\nRijnoever Data B.V.\nArnhem\n€ 4.000 - € 5.200 per maand - Fulltime\n\nOver ons\nRijnoever Data bouwt rapportages voor waterschappen. Je werkt met Python, Airflow en PostgreSQL.',
    ).posting
    expect([posting.title, posting.company]).toEqual(['Data Engineer Python', 'Rijnoever Data'])
  })

  it('is not the title when the query stands over its place', () => {
    const posting = accepted(
      'emploisnord.ca\nEmplois   Salaires\nConnexion\n\nRechercher : analyste données\nOù : Québec\n\nAnalyste de données\nBoréalis Cartographie inc.\nQuébec, QC\nTemps plein\n\nDescription\nBoréalis Cartographie produit des cartes forestières. Vous travaillerez avec SQL et Python.',
    ).posting
    expect([posting.title, posting.company]).toEqual([
      'Analyste de données',
      'Boréalis Cartographie',
    ])
  })

  it('is not the company when its button stands alone under its labels', () => {
    const posting = accepted(
      'Home\nAziende\nStipendi\nAccedi\n\nCosa\nDove\nTrova offerte\n\nSviluppatore Backend\nCastagneto Software S.r.l.\nTorino, Piemonte\n\nDescrizione\nSviluppiamo gestionali per cantine. Lavorerai con Java e PostgreSQL.',
    ).posting
    expect([posting.title, posting.company]).toEqual([
      'Sviluppatore Backend',
      'Castagneto Software',
    ])
  })
})

describe('a public job portal’s page', () => {
  const page = `Aller au contenu principal
Emploi Public Exemple
Particulier   Entreprise
Mon espace   Se connecter
Rechercher un emploi   Se former   Mes aides

Développeur / Développeuse web PHP (H/F)
33 - MERIGNAC

Vous développerez nos sites en PHP et Symfony, avec MySQL.

Entreprise

CIGALE NUMERIQUE
10 à 19 salariés
Agence web installée en Gironde depuis 2012.

Postuler`

  it('leaves its rows of links out, and names the employer under "Entreprise"', () => {
    const posting = accepted(page).posting
    expect([posting.title, posting.company]).toEqual([
      'Développeur / Développeuse web PHP',
      'CIGALE NUMERIQUE',
    ])
  })

  it('never names a board as the employer when another name is given', () => {
    const posting = accepted(page.replace('Emploi Public Exemple', 'France Travail')).posting
    expect(posting.company).toBe('CIGALE NUMERIQUE')
  })
})

describe('a listing’s count of openings before its places', () => {
  it('gives the places, each opening’s count dropped', () => {
    const posting = accepted(
      'Analista de Dados Pleno\n3 vagas: Curitiba - PR (2), Londrina - PR (1)\nR$ 7.000,00 a R$ 9.000,00\n\nDescrição da vaga\nA Araucária Dados Ltda. procura analista para modelar dados em SQL e Python.',
    ).posting
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([
      ['Curitiba', 'BR'],
      ['Londrina', 'BR'],
    ])
    expect(posting.company).not.toMatch(/vagas/)
  })
})

describe('a board’s similar listings under a heading in its language', () => {
  it('lend the role none of their work modes', () => {
    const posting = accepted(
      'Sviluppatore Java\nPioppo Sistemi S.r.l.\nPadova, Veneto\n\nDescrizione\nSviluppiamo software per la logistica in Java e Spring Boot. Il lavoro si svolge interamente in presenza nella nostra sede di Padova.\n\nOfferte di lavoro simili\nFrontend Developer\nAltra Azienda\nLavoro ibrido in Verona, Veneto\nPubblicato oggi',
    ).posting
    expect(posting.workMode).toBe('onsite')
  })

  it.each([
    'Personen, die diesen Job angesehen haben, sahen sich auch an',
    'People who viewed this job also viewed',
  ])('lend the role none of their stacks under "%s"', (heading) => {
    const posting = accepted(
      `Embedded-Entwickler (m/w/d)\nTannhof Regeltechnik GmbH\n88045 Friedrichshafen\n\nIhre Aufgaben\n- Firmware in C für unsere Steuerungen entwickeln\n- Tests in Python automatisieren\n\n${heading}\nSoftwareentwickler C# / .NET (m/w/d)\nSeewerk Medizintechnik GmbH\nÜberlingen`,
    ).posting
    expect(posting.stack.map((s) => s.name)).toEqual(['Python'])
  })
})

describe('a board’s trail of links over the title, parted by slashes', () => {
  it('is not the title when it starts at the board’s “all offers”', () => {
    const posting = accepted(
      'pracatu.pl\nOferty pracy   Pracodawcy\nZaloguj się\n\nWszystkie oferty / IT / Analityk danych\n\nAnalityk danych\nWisła Logistyka\nPoznań\n\nOpis\nSzukamy analityka, który zna SQL i Power BI.',
    ).posting
    expect(posting.title).toBe('Analityk danych')
  })
})

describe('a careers site’s navigation row and cookie notice over the role', () => {
  it('leave the header to the title and its line of facts', () => {
    const posting = accepted(
      'Werken bij Duinwater\nVacatures   Onze teams   Zo werven wij   Studenten   Duinwater.nl ↗\n\nCookies op werkenbijduinwater.nl\nWe gebruiken functionele en analytische cookies. Met jouw toestemming plaatsen we ook marketingcookies.\n[Alles accepteren]  [Alleen noodzakelijk]\n\nVacatures / Data & IT / Data Engineer\n\nData Engineer\nHaarlem of Leiden · 36 uur · € 4.800 – € 6.100 bruto per maand · Vast dienstverband\n\n[Direct solliciteren]\n\nWaarom deze rol?\nDuinwater levert drinkwater aan de kust. Je bouwt onze datastromen in Python en SQL.',
    ).posting
    expect([posting.title, posting.company]).toEqual(['Data Engineer', 'Duinwater'])
    expect(posting.locations.map((l) => l.city)).toEqual(['Haarlem', 'Leiden'])
  })
})

describe('a role named head first in the body of a careers page', () => {
  it('is the title, not the company’s name over the page', () => {
    const posting = accepted(
      'FONDERIE BARGELLINI\nHome | Chi siamo | Lavora con noi | Contatti\n\nLAVORA CON NOI\nProgettiamo presse per la ceramica dal 1962. Ogni anno accogliamo giovani che vogliono lavorare su macchine vere.\n\n----------------------------------\nTirocinio curriculare – Sviluppo Firmware\n----------------------------------\nSede: Sassuolo (MO)\nTipologia: Tirocinio di 6 mesi\n\nIl progetto\nSvilupperai in C un modulo di diagnostica per le nostre presse.',
    ).posting
    expect([posting.title, posting.seniority]).toEqual([
      'Tirocinio curriculare – Sviluppo Firmware',
      'intern',
    ])
  })
})

describe('a board’s page in a language the word lists lack', () => {
  it('leaves out its cookie notice and its menu under the board’s address', () => {
    const posting = accepted(
      'Prace.cz\nNabídky práce   Firmy   Platy   Kariérní poradna   Brigády\nPřihlásit se   Vložit inzerát\n\nTento web používá soubory cookies. Nastavení cookies | Přijmout vše\n\nNabídky práce > Analytik dat > Ostrava\n\nJunior Data Analyst\nMorava Logistika s.r.o.\nOstrava\n\nAbout us\nMorava Logistika runs warehouses across Czechia. You will build reports in Power BI and SQL.',
    ).posting
    expect(posting.company).toBe('Morava Logistika')
  })
})

describe('a careers site’s page under a link past its menu', () => {
  const page = `Skip to content
Fjordvik
Jobs
Locations
Departments
Life at Fjordvik

This website uses cookies to ensure you get the best experience. Fjordvik and our partners use cookies to present this website.
Accept all  Reject non-essential  Preferences

Data Engineer
Engineering · Aarhus · Tallinn · Hybrid

We build forecasting software for district heating.

What the team works with
- Python and dbt on Snowflake
- Airflow for scheduling

What we'd like you to bring
- Experience with data pipelines in production

How we work
We work hybrid: three days a week at the office. Working at Fjordvik means short meetings.`

  it('names the company, not a town of its line of facts or its cookie buttons', () => {
    expect(accepted(page).posting.company).toBe('Fjordvik')
  })

  it('reads the technologies under "What the team works with"', () => {
    expect(accepted(page).posting.stack.map((t) => t.name)).toEqual([
      'Python',
      'dbt',
      'Snowflake',
      'Airflow',
    ])
  })
})

describe('a student board’s menu with its search box among its links', () => {
  it('is left out, the employer over the title kept', () => {
    const posting = accepted(
      'CampusJobs\nOffres\nEntreprises\nÉvénements\nConseils\nMon école\nRechercher un job, une entreprise...\nMes candidatures\nMon profil\nSe déconnecter\n\n← Retour aux résultats\n\nVerdane Mobilités\nTransport · 900 salariés\nSuivre\n\nData Analyst – Programme Jeunes Diplômés (F/H)\n\nCDI\nToulouse, France\n\nDescription du poste\nTu analyseras nos données de trafic avec Python et SQL.',
    ).posting
    expect([posting.company, posting.title]).toEqual([
      'Verdane Mobilités',
      'Data Analyst – Programme Jeunes Diplômés',
    ])
  })
})

describe('a board’s search results copied above the posting opened from them', () => {
  it('leaves out the form, the filters, the count and the other cards', () => {
    const posting = accepted(
      'Pular para o conteúdo principal\nvagasbr\nInício\nAvaliações de empresas\nEntrar\n\nO quê?\nanalista de dados\nOnde?\nRecife\nAchar vagas\n\nData do anúncio\nRemoto\nSalário\nTipo de vaga\nLocalização\nEmpresa\n\nVagas de analista de dados em Recife\nMais de 200 vagas\nOrdenar por: relevância - data\n\nEngenheiro de Dados\nMaracatu Logística\nRecife, PE\nAnúncio há 2 dias\nAnalista de Dados Júnior\nCoqueiral Seguros\nRecife, PE\nR$ 4.000 - R$ 5.000 por mês\nAnalista de Dados Júnior\nCoqueiral Seguros\nRecife, PE\nR$ 4.000 - R$ 5.000 por mês - Tempo integral\nCandidatar-se\n\nDescrição completa da vaga\nA Coqueiral Seguros procura analista para construir relatórios em SQL e Power BI.',
    ).posting
    expect([posting.title, posting.company, posting.seniority]).toEqual([
      'Analista de Dados Júnior',
      'Coqueiral Seguros',
      'junior',
    ])
  })
})

describe('a search form with no labels, over the results it gave', () => {
  it('is neither the title nor the company', () => {
    const posting = accepted(
      'jobwelt\nJobs suchen\nGehaltsvergleich\nFür Arbeitgeber\nAnmelden | Registrieren\n\nBackend Entwickler\nÖsterreich\nJobs finden\nFilter: Veröffentlicht · Entfernung · Homeoffice\n412 Jobs gefunden\nSenior Backend Entwickler (m/w/d)\nAlpenfunk Systeme GmbH\nWien\n\nStellenbeschreibung\nWir bauen Funknetze für Bergbahnen. Du entwickelst unsere Dienste in Kotlin.',
    ).posting
    expect([posting.title, posting.company]).toEqual([
      'Senior Backend Entwickler',
      'Alpenfunk Systeme',
    ])
  })
})

describe('a newspaper’s job market over the listing', () => {
  it('gives the employer named with its legal form under the title, not the newspaper', () => {
    const posting = accepted(
      'Neckarbote\nStellenmarkt\nStartseite | Lokales | Region | Politik | Wirtschaft | Sport | Kultur | Abo\nMein Konto\n\nStellenmarkt für Heilbronn und die Region\nJobs finden\nWas: Beruf, Stichwort, Firma\nWo: Ort oder PLZ\nJobs suchen\n\nZurück zur Trefferliste\n\nSAP-Berater FI/CO (m/w/d)\nUnterland Versorgung GmbH\n74072 Heilbronn\nVollzeit · Festanstellung\n\nWir versorgen Heilbronn mit Strom und Wärme. Sie betreuen unsere SAP-Module FI und CO.',
    ).posting
    expect(posting.company).toBe('Unterland Versorgung')
  })
})

describe('a company line with a dash and its legal form', () => {
  it('is the company, its legal form no country', () => {
    const posting = accepted(
      'Engenheiro de Automação (M/F)\nFerrovale – Componentes Metálicos, S.A.\nBraga\n\nDescrição\nProgramamos autómatos Siemens para as nossas linhas de estampagem.',
    ).posting
    expect(posting.locations.map((l) => l.country)).toEqual(['PT'])
  })
})

describe('a search form whose placeholders list what it searches', () => {
  it('leaves out "Job title, skill or company" over what was typed, and the radius, above "Search"', () => {
    const posting = accepted(
      `Jobs   Recruiters   Career advice\n\nJob title, skill or company\nQA Engineer\nLocation\nBristol\n15 miles\nSearch\n\nBack to search results\n\nSenior QA Automation Engineer\nLarkspur Health\nBristol (BS1)\n£55,000 - £65,000 per annum\nPermanent\n\nLarkspur Health builds scheduling software for clinics. You will own our Playwright suites and our CI on GitHub Actions.\n`,
    ).posting
    expect([posting.company, posting.title]).toEqual([
      'Larkspur Health',
      'Senior QA Automation Engineer',
    ])
  })
  it('leaves out "Jobtitel, Skill oder Stichwort" and "Ort oder Remote" in German', () => {
    const posting = accepted(
      `Jobs durchsuchen\nJobtitel, Skill oder Stichwort\nOrt oder Remote\nSuchen\n\nBackend Entwickler (m/w/d)\nKranichfeld Software GmbH\nLeipzig\n\nDie Kranichfeld Software GmbH baut Kassensysteme in Kotlin und PostgreSQL.\n`,
    ).posting
    expect([posting.company, posting.title]).toEqual(['Kranichfeld Software', 'Backend Entwickler'])
  })
  it('leaves out a label and its typed value on one line ("Quoi ? stage développeur")', () => {
    const posting = accepted(
      `Quoi ? stage développeur\nOù ? Rennes\nRechercher\n\nStagiaire Développeur Web H/F\nAtelier Goéland\nRennes (35)\n\nAtelier Goéland développe des applications web en PHP et Vue.js pour les collectivités.\n`,
    ).posting
    expect([posting.company, posting.title]).toEqual([
      'Atelier Goéland',
      'Stagiaire Développeur Web',
    ])
  })
  it('leaves out a filter row with its query, its "all locations" default and its button', () => {
    const posting = accepted(
      `Oferty pracy\nPracodawcy\nZaloguj\n\nProgramista\nWszystkie lokalizacje\nPraca zdalna\nDoświadczenie\nFiltruj\n\nSenior Java Developer\nSzpakowo Sp. z o.o.\nWarszawa\n\nSzpakowo tworzy systemy płatności w Javie i Spring Boot.\n`,
    ).posting
    expect([posting.company, posting.title]).toEqual(['Szpakowo', 'Senior Java Developer'])
  })
})

describe("a saved page's cookie notice under its own heading", () => {
  it('takes no "Ce site utilise des cookies" heading for the company', () => {
    const posting = accepted(
      `<html><body><div class="cookie"><p><strong>Ce site utilise des cookies</strong></p><p>Nous utilisons des cookies pour mesurer l'audience et améliorer votre expérience.</p></div><h1>Développeur Backend Go H/F</h1><p>Chez Pélican Logiciel, nous construisons la paie de demain en Go et PostgreSQL. Poste basé à Lille.</p></body></html>`,
    ).posting
    expect(posting.company).not.toMatch(/cookies/i)
    expect(posting.title).toBe('Développeur Backend Go')
  })
})

describe('a recruiter partnering exclusively with its client', () => {
  it('takes the client named after "delighted to be partnering exclusively with"', () => {
    const posting = accepted(
      `Lead Data Engineer\nBramble Tech Recruitment\nLeeds\n\nBramble Tech is delighted to be partnering exclusively with Kestrel Mutual Insurance on this newly created role. You will build our data platform on Azure and Databricks.\n`,
    ).posting
    expect(posting.company).toBe('Kestrel Mutual Insurance')
  })
})

describe("more of a board's search form and menu", () => {
  it('leaves out a form of two labelled fields and a radius above its button', () => {
    const posting = accepted(
      `Was?\nLinux Administrator\nWo?\nKassel\nUmkreis: 25 km\nJobs finden\n\nLinux-Systemadministrator (m/w/d)\nNetzwerk Fulda IT GmbH\n34117 Kassel\n\nDie Netzwerk Fulda IT GmbH betreibt Rechenzentren in Hessen. Sie arbeiten mit Ansible und PostgreSQL.\n`,
    ).posting
    expect(posting.title).toBe('Linux-Systemadministrator')
  })
  it('leaves out "Pesquisa: …" fields above "Pesquisar", and a board named above its tagline', () => {
    const posting = accepted(
      `EMPREGOS-JA\nO portal de emprego mais visitado\nInício\nPesquisar Emprego\nPublicar Anúncio\nEmpresas\nLogin\n\nPesquisa: programador python\nZona: Todas as Zonas\nPesquisar\n\nPROGRAMADOR PYTHON SÉNIOR (M/F)\n\nEmpresa: Sardinha Digital, Lda.\nZona: Aveiro\n\nA Sardinha Digital desenvolve software para a indústria conserveira em Python e Django.\n`,
    ).posting
    expect([posting.company, posting.title]).toEqual([
      'Sardinha Digital',
      'PROGRAMADOR PYTHON SÉNIOR',
    ])
  })
})

describe("a board's cookie buttons and search form in English", () => {
  it('leaves out "Only necessary" under the notice and "Search opportunities" over its fields', () => {
    const posting = accepted(
      `We use cookies to improve your experience and to understand how you use our site.\nAccept all\nOnly necessary\n\nSearch opportunities\ndata analyst\nLocation\nUtrecht\nSearch\n\nJunior Data Analyst\nKoggeschip Data\nUtrecht\n\nKoggeschip Data builds dashboards for harbours in Python and dbt.\n`,
    ).posting
    expect([posting.company, posting.title]).toEqual(['Koggeschip Data', 'Junior Data Analyst'])
  })
})

describe('a consent notice that names no cookies', () => {
  it('leaves out "Wir und unsere Partner verarbeiten Daten …" and its button', () => {
    const posting = accepted(
      `Wir und unsere Partner verarbeiten Daten, um Inhalte und Werbung zu personalisieren. Mit dem Klick auf „Zustimmen" erklärst du dich damit einverstanden.\nZustimmen\n\nDevOps Engineer (m/w/d)\nWeserfähre Software GmbH\n28195 Bremen, Bremen\nVollzeit\n\nDie Weserfähre Software GmbH betreibt ihre Plattform mit Kubernetes und Terraform.\n`,
    ).posting
    expect([posting.company, posting.title, posting.locations.map((l) => l.city)]).toEqual([
      'Weserfähre Software',
      'DevOps Engineer',
      ['Bremen'],
    ])
  })
})

describe("a board's refine line under its search form", () => {
  it('takes no filter of "Refine: Salary · Job type · Date posted" for the company', () => {
    const posting = accepted(
      `What\nbackend engineer\nWhere\nLeeds\nSearch jobs\nRefine: Salary · Job type · Posted by · Date posted\n\nSenior Backend Engineer (Kotlin)\nPosted 2 days ago by Marlstone Digital\n£70,000 - £80,000 per annum\nLeeds\n\nMarlstone Digital builds payroll software in Kotlin on AWS.\n`,
    ).posting
    expect(posting.company).toBe('Marlstone Digital')
  })
})

describe('a board that hides the employer behind its kind', () => {
  it('takes no "Scale-up" for the company, and reads the name under "Über uns"', () => {
    const posting = accepted(
      `Data Engineer (m/w/d)\nScale-up · Logistik-Software · 51-200 Mitarbeitende\nRemote (Deutschland)\n\nDeine Aufgaben\n- Datenpipelines mit Python und Airflow bauen\n\nÜber uns\nKranwerk digitalisiert die Lagerplanung mittelständischer Händler. Mehr als 600 Lager planen mit unserer Software.\n`,
    ).posting
    expect(posting.company).toBe('Kranwerk')
  })
})

describe("a public-sector board's page of an institution's post", () => {
  const page = [
    'NHS Jobs',
    '',
    'Data Engineer',
    '',
    'Wensleydale Community Health and Care NHS Foundation Trust',
    '',
    'The closing date is 30 April 2026',
    '',
    'Job summary',
    '',
    'This post is based at Fellside House, Kendal. You will build data pipelines in Python and SQL Server for the Trust.',
  ].join('\n')

  it('takes the institution under the title, however many words its name holds, not the board', () => {
    expect(accepted(page).posting.company).toBe(
      'Wensleydale Community Health and Care NHS Foundation Trust',
    )
  })

  it('reads the town where "this post is based", after its building', () => {
    expect(accepted(page).posting.locations.map((l) => [l.city, l.country])).toEqual([
      ['Kendal', 'GB'],
    ])
  })
})

describe("a careers page's list of its other open roles below the posting", () => {
  it('reads none of their places or modes for the role', () => {
    const page = [
      'Staff Software Engineer',
      'Lumenway',
      'Manchester, England, United Kingdom',
      '',
      'We build checkout software for independent shops in Kotlin on AWS.',
      '',
      "We're hybrid: the team works together in our Manchester office on Tuesdays and Thursdays.",
      '',
      'More open roles at Lumenway',
      'Data Analyst, Merchant Insights',
      'Remote (UK)',
      'Product Designer',
      'London, England, United Kingdom',
    ].join('\n')
    const posting = accepted(page).posting
    expect([posting.workMode, posting.officeDaysPerWeek]).toEqual(['hybrid', 2])
    expect(posting.locations.map((l) => l.city)).toEqual(['Manchester'])
  })
})

describe("a board's remote tag among the facts, where the text counts office days", () => {
  const page = (tag: string, body: string) =>
    [
      'Développeur Back-End Python (H/F)',
      'Cartevia',
      'CDI',
      'Nantes',
      tag,
      'Salaire : 45K à 55K €',
      '',
      'Le poste',
      'Nous construisons des outils de cartographie en Python et Django.',
      body,
    ].join('\n')

  it.each([
    ['Télétravail total', "- Organisation hybride : 2 jours par semaine sur place avec l'équipe."],
    ['Lavoro da remoto', '- Modello ibrido: 2 giorni a settimana in ufficio.'],
  ])('the text wins over the tag "%s"', (tag, body) => {
    const posting = accepted(page(tag, body)).posting
    expect([posting.workMode, posting.officeDaysPerWeek]).toEqual(['hybrid', 2])
  })

  it('keeps a remote the text says in a sentence', () => {
    const posting = accepted(
      page('Télétravail total', '- Le poste est en télétravail complet, depuis toute la France.'),
    ).posting
    expect(posting.workMode).toBe('remote')
  })
})

describe("a board's trail on lines of their own, then the posting's facts", () => {
  const page = [
    'Jobs',
    'Steiermark',
    'Java Developer',
    'Senior Java Developer (m/w/d)',
    'Murweg Software GmbH',
    'Jetzt bewerben',
    '',
    'Deine Aufgaben',
    'Du baust unsere Lagersoftware mit Java, Spring Boot und PostgreSQL.',
    '',
    'Dein Profil',
    'Du hast mehrere Jahre Erfahrung mit Java.',
    '',
    'Jobdetails',
    'Arbeitsort',
    'Lendplatz 12',
    '8020 Graz',
  ].join('\n')

  it('takes the fuller title under the last crumb', () => {
    const posting = accepted(page).posting
    expect([posting.title, posting.seniority]).toEqual(['Senior Java Developer', 'senior'])
  })

  it('reads the town under the street of the workplace', () => {
    expect(accepted(page).posting.locations.map((l) => [l.city, l.country])).toEqual([
      ['Graz', 'AT'],
    ])
  })
})

describe("a board's bar of categories, a chip a line, above the posting", () => {
  const chips = [
    'Wszystkie',
    'Frontend',
    'Backend',
    'Testing',
    'Admin',
    'UX/UI',
    'PM',
    'Analytics',
    'Security',
    'Support',
    'Architecture',
    'JS',
    'HTML',
    'PHP',
    'Ruby',
    'Python',
    'Java',
    'Scala',
    'Mobile',
    'DevOps',
    'Data',
    'Go',
    'Other',
  ]
  const page = [
    'justjoin.it',
    'Oferty pracy',
    'Top firmy',
    'Kursy',
    'Dodaj ogłoszenie',
    'Zaloguj się',
    'Szukaj',
    'Lublin',
    'Python',
    'Więcej filtrów',
    ...chips,
    'Wróć',
    'Regular Python Developer',
    'Wiklina Analytics',
    'Lublin',
    'Hybrydowo',
    '16 000 - 21 000 PLN',
    'netto (+VAT) / mies. - B2B',
    '',
    'Tech stack',
    'Python',
    'FastAPI',
    'PostgreSQL',
    'Docker',
    'Airflow',
    'AWS',
    'pytest',
    'Polars',
    '',
    'Czym będziesz się zajmować:',
    '- Budowa usług danych w Pythonie.',
  ].join('\n')

  it('takes no chip for the title, and none of them into the stack', () => {
    const posting = accepted(page).posting
    expect(posting.title).toBe('Regular Python Developer')
    expect(posting.stack.map((s) => s.name)).toEqual([
      'Python',
      'FastAPI',
      'PostgreSQL',
      'Docker',
      'Airflow',
      'AWS',
      'pytest',
      'Polars',
    ])
  })
})

describe('a recruiter’s own site around a role for an unnamed client', () => {
  // The site's name and slogan sit between its skip link and its menu; the menu links to
  // the recruiter's own careers page. The client is never named, so the recruiter is who
  // posts the role.
  const page = `Direkt zum Inhalt
Kessler – Recruiting experts worldwide
Jobs finden    Für Unternehmen    Karriere bei Kessler    Insights    Über uns    Kontakt
Anmelden | Registrieren    DE | EN

Startseite > Stellenangebote > Senior Python Entwickler (m/w/d)

Senior Python Entwickler (m/w/d)

Nürnberg
Festanstellung bei unserem Kunden

Ihre Aufgaben
- Entwicklung von Datenpipelines mit Python und Airflow
- Betrieb der Services auf Kubernetes

Ihr Profil
- Mehrjährige Erfahrung mit Python und PostgreSQL

Unser Kunde ist ein Versicherer mit 900 Mitarbeitenden. Hybrides Arbeiten: 2 Tage pro Woche im Büro.
`
  it('takes the role under the trail, not the site’s slogan, for the title', () => {
    expect(parsed(page).title).toBe('Senior Python Entwickler')
  })
  it('names the recruiter from its menu’s link to its own careers page', () => {
    expect(parsed(page).company).toBe('Kessler')
  })
  it('reads the menu’s link in the other languages, the name a town’s too', () => {
    const dutch = page
      .replace('Karriere bei Kessler', 'Werken bij Hays')
      .replace('Kessler –', 'Hays –')
    expect(parsed(dutch).company).toBe('Hays')
  })
})

describe('a cookie notice under a heading about privacy', () => {
  it('leaves the heading and the notice’s buttons out of the posting', () => {
    const result = accepted(`Nous respectons votre vie privée
Nous utilisons des cookies pour mesurer l'audience et vous proposer des offres adaptées.
Tout accepter    Tout refuser    Paramétrer

Ingénieur Data H/F
Orbelune
Nantes
CDI

Orbelune conçoit des outils de planification pour les transporteurs. Vous construirez nos pipelines en Python et dbt.`)
    expect([result.posting.title, result.posting.company]).toEqual(['Ingénieur Data', 'Orbelune'])
    expect(result.notes).toContain(
      'left out page noise: 2 lines of cookie notice; 1 line of cookie buttons',
    )
  })
})

describe('a social app’s post copied with the app around it', () => {
  const post = `Fotogram
Início
Pesquisar
Explorar
Reels
Mensagens
Notificações
Perfil

cafezal.tech
Verificado
Seguir
Recife, Pernambuco

Vaga aberta! A Cafezal Tech está contratando Desenvolvedor Backend Pleno (Kotlin) para o nosso time de pagamentos. Modelo híbrido, 2x por semana no escritório.
`
  it('names neither the app over its menu nor the poster’s badges as the employer', () => {
    const { company } = parsed(post)
    expect(company).not.toBe('Fotogram')
    expect(company).not.toBe('Verificado')
  })
  it('names no freelance marketplace as the employer when the client is named', () => {
    const page = `Upwork\nFind Work   Deliver Work   Messages\n\nSenior Kotlin Developer\nPosted 2 hours ago\nWorldwide\n\nCorvane Labs is building a booking app and needs a Kotlin developer for a long-term contract. Fully remote.\n`
    expect(parsed(page).company).toBe('Corvane Labs')
  })
})

describe('a board’s company profile above the offer, the title under its label', () => {
  it('takes the role under "Offre d’emploi" for the title, past the profile’s lines', () => {
    const profile = [
      'Présentation',
      'Vellmar est une néobanque pour artisans créée en 2019 à Nantes.',
      'Chiffres clés',
      'Création : 2019',
      'Effectif : 120 personnes',
      'Parité : 44 % de femmes',
      'Âge moyen : 31 ans',
      'Bureaux : Nantes et Paris',
      'Stack technique de l’entreprise',
      'Back-end : Kotlin, Spring Boot',
      'Front-end : React, TypeScript',
      'Mobile : Swift, Kotlin',
      'Data : Python, dbt',
      'Infra : AWS, Terraform',
      'Voir les 4 offres de Vellmar',
    ]
    const page = [
      'Vellmar',
      'Fintech · 120 salariés · Nantes',
      ...profile,
      'Offre d’emploi',
      'Ingénieur·e Backend Senior – Kotlin',
      'CDI',
      'Nantes',
      '',
      'Vous rejoindrez l’équipe Paiements. Expérience de 5 ans avec Kotlin et PostgreSQL attendue. Postulez avec votre CV.',
    ].join('\n')
    expect(parsed(page).title).toBe('Ingénieur Backend Senior – Kotlin')
  })
  it('takes the project under a freelance board’s "Projekt" pill for the title', () => {
    const page = [
      'Startseite > Projekte > IT > Senior Data Engineer (m/w/d) Databricks',
      '',
      'Projekt',
      'Senior Data Engineer (m/w/d) Databricks',
      '',
      'Projekt-ID: 1234-5678',
      'Einsatzort: Köln',
      'Remote-Anteil: 60 %',
      '',
      'Für unseren Kunden aus der Versicherungsbranche suchen wir Unterstützung beim Aufbau einer Datenplattform mit Databricks und Python.',
    ].join('\n')
    expect(parsed(page).title).toBe('Senior Data Engineer Databricks')
  })
})

describe('a cookie notice’s buttons, their words in the other order', () => {
  it('are never the company over the header', () => {
    const page = `Nous utilisons des cookies\nCe site utilise des cookies pour mesurer son audience.\nAccepter tout\nRefuser\nPersonnaliser\n\nVaudoise Robotique SA\nIngénieur logiciel embarqué\n\nLieu de travail : Yverdon-les-Bains\n\nVous développerez nos contrôleurs en C++ et Rust. Postulez avec votre CV.\n`
    expect(parsed(page).company).toBe('Vaudoise Robotique')
  })
})

describe('a board that leads with the pay, above the title and "en <company>"', () => {
  it('reads the pay’s note as the header’s, then the title and the employer', () => {
    const page = [
      '← Todas las ofertas',
      '',
      '60.000 € - 72.000 €',
      'Salario bruto anual + 8% variable',
      '',
      'Staff Data Engineer - Plataforma de Datos',
      'en Cobalto Seguros',
      '',
      '🏠 100% remoto (España)',
      '',
      'Cobalto Seguros es una aseguradora digital. Buscamos una persona Staff Data Engineer para liderar el equipo de datos con Python y Snowflake.',
    ].join('\n')
    expect(parsed(page)).toMatchObject({
      company: 'Cobalto Seguros',
      title: 'Staff Data Engineer - Plataforma de Datos',
      workMode: 'remote',
    })
  })
  it('reads "en Madrid" under the title as the place, not the employer', () => {
    const page = `Backend Engineer\nen Madrid\n\nSomos Lumo y buscamos un Backend Engineer con Python y AWS. Envía tu CV.\n`
    expect(parsed(page)).toMatchObject({ locations: [{ city: 'Madrid', country: 'ES' }] })
    expect(parsed(page).company).not.toBe('Madrid')
  })
})

describe('a microblog’s thread copied with the app’s side menu', () => {
  it('reads the menu whole, items the lists lack among those they know, and the poster as the employer', () => {
    const page = `To view keyboard shortcuts, press question mark
View keyboard shortcuts
Home
Explore
Notifications
Messages
Chirpbot
Circles
Premium
Profile
More
Post

See new posts
Conversation
Kestrel Freight
@kestrelfreight
We're hiring a Senior Platform Engineer!

Hybrid from our Porto office, two days a week. You will run our Kubernetes clusters and the Terraform behind them.
`
    expect(parsed(page)).toMatchObject({
      company: 'Kestrel Freight',
      locations: [{ city: 'Porto', country: 'PT' }],
      workMode: 'hybrid',
    })
  })
})

describe('a board’s prompt to sign up, its button at the line’s end', () => {
  it('is page chrome: the header under it is read', () => {
    const page = `Built In Boston
Jobs   Companies   Salaries
Get hired faster: join Built In to get matched with jobs and save this role. Sign Up
Jobs > Data > Quillmint

Quillmint
Insurance • Software
Hybrid
Boston, MA
Senior level
Senior Data Engineer

Quillmint prices small-business insurance. You will build our pipelines in Python and Snowflake, in the office three days a week.
`
    expect(parsed(page)).toMatchObject({
      company: 'Quillmint',
      title: 'Senior Data Engineer',
      locations: [{ city: 'Boston', country: 'US' }],
    })
  })
})

describe('a board whose menu sells posting a job', () => {
  it('is not the employer, its price beside the link', () => {
    const page = `Remotely Brewed\nRemote Jobs   Remote Companies   Post a Job – $99\nSign in\n\nRemotely Brewed — hand-picked remote jobs in tech and more.\nFind a remote job\n\nHome / Developer / Senior Rails Engineer\n\nSenior Rails Engineer\nInkwell Learning\nFull Time\nAnywhere (Europe)\n\nInkwell Learning builds reading tools for schools. You will work on our Ruby on Rails monolith and its PostgreSQL database, fully remote.\n`
    expect(parsed(page).company).toBe('Inkwell Learning')
  })
})

describe('an all-remote company, and a dash inside the title’s brackets', () => {
  it('reads "all-remote" as remote work', () => {
    const page = `# Staff Site Reliability Engineer (Database)\n\nBrackwater Labs builds an analytics platform. We're an all-remote company; this role is open across EMEA. We run PostgreSQL on Kubernetes.\n`
    expect(parsed(page)).toMatchObject({
      title: 'Staff Site Reliability Engineer (Database)',
      workMode: 'remote',
    })
  })
  it('keeps a dash inside the title’s brackets, and the bracket whole', () => {
    for (const title of [
      'Staff Security Engineer (Remote - Canada)',
      'Principal Engineer (Austin, TX - Hybrid)',
    ]) {
      const page = `${title}\nFernleaf\n\nFernleaf builds payroll software. We use Go and AWS.\n`
      expect(parsed(page).title).toBe(title)
    }
  })
})

describe('a freelance board’s similar projects under the project', () => {
  it('lend the project none of their work modes', () => {
    const page = `Senior Data Engineer (m/w/d)\nAuenwerk Consulting\nEinsatzort: Kassel\n\nProjektbeschreibung\nAufbau einer Lakehouse-Plattform mit Databricks und Python. Remote-Anteil 80 %: in der Regel 1 Tag pro Woche vor Ort beim Kunden in Kassel.\n\nÄhnliche Projekte\nData Engineer Snowflake (m/w/d)\nRemote · Start: ab sofort · 6 Monate\nAzure Cloud Architect (m/w/d)\nKöln · 100 % Remote\n`
    expect(accepted(page).posting).toMatchObject({ workMode: 'hybrid', officeDaysPerWeek: 1 })
  })
})

describe('a government board’s page, written for this test', () => {
  const notice = `Cookies on Public Roles Online
We use some essential cookies to make this service work.
We'd also like to use analytics cookies so we can understand how you use the service.
Accept analytics cookies
Reject analytics cookies
View cookies
`
  const menu = `GOV.UK
Civil Service Jobs
Menu
Search for jobs
Sign in
Help
`
  const body = `
Platform Engineer
Coastal Survey Office

Salary
£41,000

Contents
Location
About the job
Benefits

Location
Plymouth (Region), PL1 2AA : Bristol, BS1 6EA : Cardiff, Wales, CF10 1EP

About the job
You will run our data services on Kubernetes and write Python.

Benefits
A pension and 25 days of leave.
`

  it('takes none of the cookie notice’s buttons for the employer ("Reject analytics cookies")', () => {
    expect(accepted(`${notice}\n${body}`).posting.company).toBe('Coastal Survey Office')
  })

  it('takes neither the network’s address nor the board’s name over its menu, under the notice', () => {
    expect(accepted(`${notice}${menu}${body}`).posting.company).toBe('Coastal Survey Office')
  })

  it('reads the places under "Location", past the page’s table of contents that names it', () => {
    expect(accepted(`${notice}\n${menu}${body}`).posting.locations).toEqual([
      { city: 'Plymouth', region: 'England', country: 'GB' },
      { city: 'Bristol', region: 'England', country: 'GB' },
      { city: 'Cardiff', region: 'Wales', country: 'GB' },
    ])
  })

  it('reads a long list of offices under "Location", a remark on the week in brackets', () => {
    const post = `Forward Deployed Engineer at Tallyhand\n\nWe help companies hire engineers.\n\nLocation\n\nSanta Clara, New York, London, Bangalore (hybrid set up with 3 to 4 days/week in-office)\n\nHow to apply\nWrite to us.\n`
    expect(accepted(post).posting.locations.map((l) => l.city)).toEqual([
      'Santa Clara',
      'New York City',
      'London',
      'Bengaluru',
    ])
  })
})

describe('a national job bank’s page, written for this test', () => {
  const page = `Skip to main content
Language selection
Français
Government of Atlantis
Job Bank
Sign in
Menu
Main Menu
Search Job Bank
Search
You are here:
Atlantis.gov
Job Bank
Find a job
Job posting

data analyst
Posted on May 20, 2025 by
Tidewater Ledger Inc.
Job details
Location
Halifax, NS
On site
There is no option to work remotely.

Overview
You will build reports in SQL and Python.
`

  it('takes the name the listing was posted by for the employer, past the menu and the trail', () => {
    const { company, title, locations, workMode } = accepted(page).posting
    expect({ company, title, workMode }).toEqual({
      company: 'Tidewater Ledger',
      title: 'data analyst',
      workMode: 'onsite',
    })
    expect(locations).toEqual([{ city: 'Halifax', region: 'Nova Scotia', country: 'CA' }])
  })

  it('reads "Publiée le … par" with the name on the same line', () => {
    expect(
      accepted(
        'Analyste de données\nPubliée le 3 mai 2025 par Ardoise Conseil\nMontréal, QC\n\nMissions\nVous produirez des rapports en SQL.\n',
      ).posting.company,
    ).toBe('Ardoise Conseil')
  })
})

describe('a board’s sign-up prompt between the header and the posting', () => {
  it('is one line of the page, not a heading over the rest of it', () => {
    const text = `Remote Jobs Board
Find Jobs
Post a Job

Senior Data Engineer
Quillfeather Labs
Location: Lisbon, Portugal

Apply Now
Sign up to get new jobs like this one in your inbox.

About the Role
You will build our ingestion pipelines in Python and Apache Airflow, and model the warehouse in Snowflake.
`
    const { posting } = accepted(text)
    expect(posting.company).toBe('Quillfeather Labs')
    expect(posting.stack.map((s) => s.name)).toEqual(['Python', 'Airflow', 'Snowflake'])
  })
})

describe('a board’s breadcrumb trail over the title', () => {
  it('is left out when a category in it runs long, or runs of spaces part its crumbs', () => {
    const body = `\n\nData Scientist\nFernwater Institute\nLocation: Bonn, Germany\n\nAbout the role\nYou will model river discharge with Python and publish the results.\n`
    expect(
      accepted(`Jobs › Information Technology and Computer Science › Data Scientist${body}`).posting
        .title,
    ).toBe('Data Scientist')
    expect(
      accepted(`Jobs  /  Information and Communications Technology  /  Data Scientist${body}`)
        .posting.title,
    ).toBe('Data Scientist')
  })
})

describe('a link that says what to do among a board’s menu items', () => {
  it('is an item of the menu, not the title, though it names a role', () => {
    const text = `Skip to content\nPortfolia\nExplore\nHire a Designer\nFind Jobs\nBlog\nSign up\nLog in\n\n${ENGLISH_BODY}`
    expect(parsed(text)).toEqual(ENGLISH_EXPECTED)
  })
})

describe('a French board’s page: its cookie notice, then the employer’s card over the offer', () => {
  const text = `Offres d'emploi
Entreprises
Espace recruteur
Se connecter

Ce site utilise des cookies afin de vous proposer la meilleure expérience possible.
OK, j'ai compris   En savoir plus

Bruyère Énergie
Logiciel / SaaS
51-200 salariés
Nantes
Voir la page entreprise
Suivre

Lead Développeur Backend Java H/F
CDI
Nantes (44000)

Le poste
Vous développez nos microservices en Java et Spring Boot.
`
  it('reads the title under the card’s link to the employer’s page', () => {
    const { posting } = accepted(text)
    expect(posting.title).toBe('Lead Développeur Backend Java')
    expect(posting.company).toBe('Bruyère Énergie')
    expect(posting.seniority).toBe('lead')
  })
  it('leaves out the notice’s buttons, its link to the policy among them', () => {
    const { posting } = accepted(text.replace('Voir la page entreprise\n', ''))
    expect(posting.sections.summary.join(' ')).not.toContain('savoir plus')
    expect(posting.company).toBe('Bruyère Énergie')
  })
})

describe('a location value that goes on to refuse remote work', () => {
  const page = (location: string) =>
    accepted(
      `UX Designer II\nFernbrook Staffing\nMinneapolis, MN\n\nJob Description\nYou will design the software of cardiac devices in Figma.\n\nLocation: ${location}\n`,
    )
  it('is on-site, not the remote it names to refuse', () => {
    const { posting } = page(
      'Plymouth, MN. Please note: this role is not eligible for remote or hybrid work.',
    )
    expect(posting.workMode).toBe('onsite')
    expect(page('NYC ONSITE (no remote)').posting.workMode).toBe('onsite')
  })
  it('warns of no conflict between the header and the text', () => {
    expect(page('NYC ONSITE (no remote)').posting.warnings).toEqual([])
  })
})

describe('a freelance marketplace’s project page', () => {
  it('takes the client the description names, not the marketplace over its menu', () => {
    const text = `Taskora
Encontrar trabalho   Encontrar freelancers   Como funciona
Entrar   Cadastre-se

Desenvolvedor Flutter para app de agendamento

Orçamento: R$ 12.000 - 25.000

Descrição do projeto
Somos a Vivalto Fisioterapia, uma rede de clínicas em Curitiba. Procuramos um desenvolvedor Flutter para construir nosso app.
`
    expect(accepted(text).posting.company).toBe('Vivalto Fisioterapia')
  })
})

describe('a shared view of an app, its name over the page', () => {
  const page = `Airtable
Larchmont Bikes Careers
Open roles
Sign up for free

Backend Engineer
Team: Platform
Location: Utrecht, Netherlands

About Larchmont Bikes
Larchmont Bikes rents e-bikes to commuters in five Dutch cities.

About the role
You will build our rental services in Kotlin on PostgreSQL.
`
  it('takes no technology from the app’s name on the first line', () => {
    const posting = accepted(page).posting
    expect([posting.company, posting.title]).toEqual(['Larchmont Bikes', 'Backend Engineer'])
    expect(posting.stack.map((s) => s.name)).toEqual(['Kotlin', 'PostgreSQL'])
  })
})

describe('a freelance platform’s account menu over a mission', () => {
  it('reads no technology from "Tableau de bord" among the menu’s items', () => {
    const posting = accepted(`freelink
Rechercher une mission
Tableau de bord
Opportunités
Messages 3
Factures
Inès M.

Développeur Vue.js – Portail client d'une mutuelle
Client vérifié · Niort

Localisation : Niort (79) – télétravail partiel
Budget : 450 € / jour

Description du projet
Nous cherchons un développeur Vue.js et TypeScript pour notre portail client.
`).posting
    expect(posting.stack.map((s) => s.name)).not.toContain('Tableau')
    expect(posting.stack.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Vue.js', 'TypeScript']),
    )
  })
})

describe('a title with a team after its dash and the board’s facts in a bracket', () => {
  const title = (line: string) =>
    accepted(
      `${line}\nTalentloop Recruiting\nPune\n\nJob Description\nYou will build payment services in Java and Spring Boot.\n`,
    ).posting.title
  it('keeps the team and leaves the bracket out', () => {
    expect(title('Senior Java Backend Developer - Payments (Hybrid, Pune)')).toBe(
      'Senior Java Backend Developer - Payments',
    )
  })
  it('leaves out a dash part that is only the board’s facts', () => {
    expect(title('Senior Java Backend Developer - Remote (EU)')).toBe(
      'Senior Java Backend Developer',
    )
  })
})

describe("a board's page in words the lists lack, its trail ending in the title below it", () => {
  const page = `Preskočit na obsah
Nabídky práce
Brigády
Pro firmy
Přihlásit se

Používáme cookies, abychom vám poskytli lepší služby. Kliknutím na „Souhlasím“ souhlasíte s jejich používáním.
Souhlasím   Nastavení   Odmítnout

Nabídky práce > IT > Brno > Senior Backend Engineer

Senior Backend Engineer
Vltavín Software s.r.o.
Brno, Jihomoravský kraj

Vltavín Software builds booking systems for regional railways. You will write Kotlin services on PostgreSQL.`

  it('reads the title, the employer and the town under the trail', () => {
    const result = parsePosting(page)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.title).toBe('Senior Backend Engineer')
    expect(result.posting.company).toBe('Vltavín Software')
    expect(result.posting.locations.map((l) => l.city)).toEqual(['Brno'])
  })
})

describe('a listing posted by a person, their headline under their name', () => {
  const page = `Lead Data Engineer - Streaming (6-9 yrs)
Pune | 6 - 9 Years
Posted by
Meera Kulkarni
Talent Partner at Saffron Hire Solutions
Last Active: 2 days ago

Job Description
Designation: Lead - Data Engineer
Location: Pune (Baner)

Our client builds freight analytics. You will run Kafka and Flink pipelines on AWS.`

  it('names the employer in the headline, not the person', () => {
    const { company, title } = accepted(page).posting
    expect({ company, title }).toEqual({
      company: 'Saffron Hire Solutions',
      title: 'Lead Data Engineer - Streaming',
    })
  })

  it('reads "Designation:" as the title', () => {
    const posting = accepted(
      'Designation: Senior Android Developer\nLocation: Kochi\n\nWe build a banking app in Kotlin.',
    ).posting
    expect(posting.title).toBe('Senior Android Developer')
  })
})

describe('a talent network’s job page, the client’s name over the title', () => {
  it('takes the client, not the network over its menu', () => {
    const text = `Talentvine
Find work
Hire talent
Resources
Log in

← Back to jobs

Ambergate Foods
Senior Data Engineer, Supply Chain
Remote · United States only
$90 - $120 /hr

Overview
We run the data platform behind 300 grocery stores, on Snowflake and dbt.
`
    expect(accepted(text).posting.company).toBe('Ambergate Foods')
  })
})

describe("a classifieds page, its trail ending at the role's category over the title", () => {
  const page = `Anzeigenmarkt
Anzeige aufgeben   Meins   Nachrichten
Einloggen | Registrieren

Kategorien ▾ Jobs ▾ Immobilien Auto, Rad & Boot Haus & Garten Elektronik Mode & Beauty Familie, Kind & Baby Freizeit & Nachbarschaft

Anzeigenmarkt > Jobs > Bayern > Erlangen > IT & Telekommunikation

Softwareentwickler (m/w/d) für unsere Kassensoftware
91052 Bayern - Erlangen

Beschreibung
Wir sind die Bäckerei Hollerbach aus Erlangen. Du pflegst unsere Kassensoftware in C# und .NET.
Homeoffice bieten wir leider nicht an.`

  it('reads the title and the town under the trail', () => {
    const { title, locations } = accepted(page).posting
    expect(title).toBe('Softwareentwickler für unsere Kassensoftware')
    expect(locations.map((l) => l.city)).toEqual(['Erlangen'])
  })

  it('takes no steps of a post written with arrows for a trail', () => {
    const post = accepted(`Kestrel Health | https://kestrel.example/ | Boston - hybrid
Stack: React / Python

Our interview process:
meeting with me > tech chat > take-home > onsite > offer

Open roles: Senior Backend Engineer * ML Engineer`).posting
    expect(post.company).toBe('Kestrel Health')
  })
})

describe("a careers site's menu naming its own pages with a possessive", () => {
  const page = (menu: string) => `Lindqvist Mobility
${menu}

We use cookies to measure how our site is used.
Accept all
Reject all

← All jobs

Lead Frontend Engineer
Full-time
Utrecht
Hybrid

Lindqvist Mobility
Lindqvist Mobility plans bus timetables for regional transport authorities.

What you will do
- Lead a team of four building our planning tool in Vue.js and TypeScript
`

  it('reads the title and the town under it, and keeps the site’s name as the employer', () => {
    const { company, title, locations } = accepted(
      page('Home\nOur jobs\nOur team\nOur values'),
    ).posting
    expect({ company, title, city: locations.map((l) => l.city) }).toEqual({
      company: 'Lindqvist Mobility',
      title: 'Lead Frontend Engineer',
      city: ['Utrecht'],
    })
  })

  it('does so in French', () => {
    const { title, locations } = accepted(
      page('Accueil\nNos offres\nNotre équipe\nNos engagements'),
    ).posting
    expect({ title, city: locations.map((l) => l.city) }).toEqual({
      title: 'Lead Frontend Engineer',
      city: ['Utrecht'],
    })
  })
})

describe("a board's trail, one crumb a line, its last the title repeated under it", () => {
  const page = `Jobs
Companies
For Employers
Login

Home
Jobs
Singapore
Engineering
Senior Platform Engineer, Payments Infrastructure

Senior Platform Engineer, Payments Infrastructure
Merbau Pay Pte. Ltd.
Hybrid · Full-Time
Central Region, Singapore
Posted 3 days ago
Recruiter was hiring 2 hours ago

Apply
Save

Job Description
We run the payment rails for merchants across Southeast Asia. You will build our platform on Kubernetes and Go.
`

  it('reads the title under the trail, not the note of the recruiter’s activity', () => {
    const { title, company, locations } = accepted(page).posting
    expect({ title, company, locations }).toEqual({
      title: 'Senior Platform Engineer, Payments Infrastructure',
      company: 'Merbau Pay',
      locations: [{ city: 'Singapore', region: null, country: 'SG' }],
    })
  })
})

describe('a forum thread whose first post is the hiring post', () => {
  const page = `Skip to main content
Mapmakers' Guild
Sign Up
Log In

[Hiring] Senior Cartography Engineer – Dunedin, NZ (hybrid, NZ$120k–140k)
Jobs
hiring
new-zealand

aroha.k
Apr 2

Kia ora all,

I run engineering at Tōtara Maps, and we're hiring a Senior Cartography Engineer in Dunedin. You would build our tile pipeline in Python and PostGIS and look after the web viewer in OpenLayers.

We meet in the office on Tuesdays and Thursdays. Apply at jobs@totaramaps.example.

2 Likes
Reply

pixel_pete
Apr 3

Any chance of remote from Melbourne? Happy to fly in monthly.

Reply

aroha.k
Apr 3

Not this time, sorry. We also use Kotlin on the mobile side, and we're hiring a Junior Mobile Developer later in the year.

Reply

Related topics
Topic	Replies	Views	Activity
[Hiring] Remote GIS Analyst – Australia
Jobs	3	812	Mar 2025
`

  it('reads the first post alone: its title, its town from the title, no role from a reply', () => {
    const postings = parsePostings(page)
    if (!postings.ok) throw new Error(postings.error)
    expect(
      postings.postings.map(({ title, company, locations, workMode }) => ({
        title,
        company,
        locations,
        workMode,
      })),
    ).toEqual([
      {
        title: 'Senior Cartography Engineer',
        company: 'Tōtara Maps',
        locations: [{ city: 'Dunedin', region: 'Otago', country: 'NZ' }],
        workMode: 'hybrid',
      },
    ])
  })

  it('takes no technology from a reply', () => {
    expect(accepted(page).posting.stack.map((t) => t.name)).not.toContain('Kotlin')
  })
})

describe("a title whose line goes on, after a dash, with the ad's headline", () => {
  it('keeps the title the header names, not the headline', () => {
    const page = `Lead Backend Engineer
Havblik ApS
Aarhus C

Lead Backend Engineer – help 40 councils plan school transport for every child

Havblik builds route planning for school buses. You will lead four engineers working in Kotlin.
`
    expect(accepted(page).posting.title).toBe('Lead Backend Engineer')
  })

  it('still takes an area after the dash as part of the title', () => {
    const page = `Lead Backend Engineer
Havblik ApS
Aarhus C

Lead Backend Engineer – Route Planning

Havblik builds route planning for school buses. You will lead four engineers working in Kotlin.
`
    expect(accepted(page).posting.title).toBe('Lead Backend Engineer – Route Planning')
  })
})

describe("a board's page of one employer: its name, its profile line and its tabs over the posting", () => {
  const page = (profile: string, tabs: string) => `Cajá Seguros
${profile}
${tabs}

Desenvolvedor Back-end Pleno – Squad de Sinistros
Recife, PE
CLT
Híbrido

A Cajá Seguros protege carros e casas em todo o Nordeste. Você vai construir nossas APIs em Kotlin.
`

  it('takes the name for the employer, and reads the title and town under the tabs', () => {
    const { company, title, locations } = accepted(
      page(
        'Seguros · 1.001 a 5.000 colaboradores · Recife, PE',
        'Seguir empresa\nVagas (6)\nSobre\nCultura\nDepoimentos',
      ),
    ).posting
    expect({ company, title, locations }).toEqual({
      company: 'Cajá Seguros',
      title: 'Desenvolvedor Back-end Pleno – Squad de Sinistros',
      locations: [{ city: 'Recife', region: 'Pernambuco', country: 'BR' }],
    })
  })

  it('does so in English', () => {
    const { company, title } = accepted(
      page(
        'Insurance · 1,001 to 5,000 employees · Recife, Brazil',
        'Follow company\nJobs (6)\nAbout\nCulture\nReviews',
      ),
    ).posting
    expect({ company, title }).toEqual({
      company: 'Cajá Seguros',
      title: 'Desenvolvedor Back-end Pleno – Squad de Sinistros',
    })
  })
})

describe("a classifieds ad placed by an agency, its headline's parts a sector and the pay", () => {
  const page = `Mid-Level Go Developer | Healthtech | Hybrid CBD | $115k - $130k + super
Adelaide SA

Our client is a growing Australian healthtech building booking software for clinics. They are looking for a Mid-Level Go Developer to join a product squad.

Apply with your CV to Sam at Wattle Talent Group.
Wattle Talent Group is a specialist technology recruitment agency based in Adelaide.

Similar Ads
Data Analyst - Power BI
Norwood, SA · $95,000 · 2 days ago
`

  it('names the agency, not the sector, and reads no role from the similar ads', () => {
    const postings = parsePostings(page)
    if (!postings.ok) throw new Error(postings.error)
    expect(postings.postings.map(({ company, title }) => ({ company, title }))).toEqual([
      { company: 'Wattle Talent Group', title: 'Mid-Level Go Developer' },
    ])
  })
})

describe("a board's fields naming the town, then its province", () => {
  it('reads the town, the province being where it lies, not a second place', () => {
    const page = `Desarrollador/a Backend Java
Grupo Retama Logística S.L.

Localidad: Alcobendas
Provincia: Madrid
Tipo de contrato: Indefinido

Buscamos un/a desarrollador/a Java para nuestro equipo de Sistemas. Trabajarás con Spring Boot y PostgreSQL.
`
    expect(accepted(page).posting.locations).toEqual([
      { city: 'Alcobendas', region: 'Community of Madrid', country: 'ES' },
    ])
  })
})

describe("a board's search form asking its first box as a question", () => {
  const page = (question: string) => `empleora
${question}
Puesto, empresa o palabra clave
¿Dónde?
Ciudad o provincia
Buscar empleo
Iniciar sesión

Empleora > Empleo > Empleo en Sevilla > Empleo Desarrollador Sevilla

Desarrollador Backend Python
Marisma Talent Partners
Sevilla
Publicada hace 3 días

Desde Marisma Talent Partners buscamos un/a desarrollador/a Python para una empresa de energía.
`

  it('keeps the form out, and takes the name under the title for the employer', () => {
    for (const question of ['¿Qué buscas?', '¿Qué estás buscando?'])
      expect(accepted(page(question)).posting.company).toBe('Marisma Talent Partners')
  })
})

describe('a job page copied from a web archive, the archive’s toolbar over it', () => {
  const page = `The Wayback Machine - https://web.archive.org/web/20220301120000/https://jobs.example/haybarn/designer

https://jobs.example/haybarn/designer
Go
9 captures
2 Jan 2022 - 30 Apr 2022
FEB	MAR	APR
01
2021	2022	2023
About this capture
COLLECTED BY
Collection: Common Crawl
TIMESTAMPS

Startup Jobs
Discover
Jobs
Companies
For Recruiters
Log In
Sign Up

Haybarn Goods
Wholesale ordering for farm shops

Senior Product Designer
$120k – $150k

Location
Portland
Job type
Full Time

Haybarn Goods is hiring its first product designer to own our ordering app in Figma and React.
`

  it('reads the page under the toolbar and its menu', () => {
    const { company, title, locations } = accepted(page).posting
    expect({ company, title, city: locations.map((l) => l.city) }).toEqual({
      company: 'Haybarn Goods',
      title: 'Senior Product Designer',
      city: ['Portland'],
    })
  })
})

describe('a remote board’s page: the company’s card, then the role and its facts', () => {
  const page = `🛰 Farwork Jobs
Jobs
Companies
Pricing
Log in

Home › Design › Tessaly › Head of Design, Mobile Apps

Tessaly
Tessaly builds booking software that lets small gyms run classes, memberships and payments from one app.
🏋 Fitness · 💳 Payments · 🧑‍💻 Developer Tools · 11 - 50 employees
Website · LinkedIn

Head of Design, Mobile Apps
🇪🇺 Europe – Remote
💶 €110k - €130k / year
⏰ Full Time
🔴 Lead
🗓 2 days ago

Description
Tessaly is hiring a Head of Design to lead the designers of our member and staff apps, in Figma.`

  it('takes the industries beside its headcount as tags, and a level alone as no title', () => {
    const { posting } = accepted(page)
    expect([posting.company, posting.title]).toEqual(['Tessaly', 'Head of Design, Mobile Apps'])
  })
})

describe('a post listing its roles, one of them named "X of Y"', () => {
  it('reads the director among the roles, and a reporting line as no role', () => {
    const posts =
      parsePostings(`Quayline | Rotterdam, Remote | Eng and Operations | https://quayline.example/

Quayline builds the booking system behind a thousand ferry crossings a day.

- Backend Engineer

- Head of Finance

- Director of Engineering

- Product Designer

Salaries and how to apply: https://quayline.example/careers`)
    expect(posts.ok && posts.postings.map((p) => p.title)).toEqual([
      'Backend Engineer',
      'Head of Finance',
      'Director of Engineering',
      'Product Designer',
    ])
    const { posting } = accepted(`Data Scientist
Reporting To: Director of Technology
Kestrelmoor Systems, Halifax (on-site)

Kestrelmoor Systems builds radar software. You will model signals in Python.`)
    expect(posting.title).toBe('Data Scientist')
  })
})

describe('a German careers site: its menu by audience, a lead role, the unit under the title', () => {
  it('reads "Teamleitung" as the role and "Bereich …" as no employer', () => {
    const { posting } = accepted(`Feldmark Software GmbH – Karriere

Startseite
Über uns
Stellenangebote
Ausbildung & Studium
Ihr Weg zu uns

« Zurück zur Stellenübersicht

Teamleitung Softwareentwicklung (m/w/d)
Bereich Stalltechnik

Standort: Osnabrück
Arbeitszeit: Vollzeit

Seit 1998 entwickelt die Feldmark Software GmbH Programme für landwirtschaftliche Betriebe.

Ihre Aufgaben
Sie führen ein Team von sechs Entwicklerinnen und Entwicklern, die mit C# und .NET arbeiten.`)
    expect([posting.title, posting.company, posting.seniority]).toEqual([
      'Teamleitung Softwareentwicklung',
      'Feldmark Software',
      'lead',
    ])
  })
})

describe('a trail copied a crumb a line, each separator on a line of its own', () => {
  it('reads the crumbs as the board’s, and the role and employer under them', () => {
    const { posting } = accepted(`EmploiOuest
Offres d'emploi
Se connecter

Accueil
>
Emploi
>
Emploi Loire-Atlantique
>
Emploi Nantes
>
Développeur PHP

< Retour aux résultats

Développeur PHP / Symfony Confirmé H/F
Calvados Numérique
Nantes - 44
CDI

Calvados Numérique édite un logiciel de gestion pour les coopératives agricoles. Vous
développerez nos API en PHP et Symfony avec PostgreSQL.`)
    expect([posting.title, posting.company]).toEqual([
      'Développeur PHP / Symfony Confirmé',
      'Calvados Numérique',
    ])
  })
})

describe('a Dutch board’s facts, each label over its value', () => {
  it('reads the working language as no town ("Voertaal" over "Engels")', () => {
    const { posting } = accepted(`Medior Backend Developer
Dommelsoft B.V.
Eindhoven

Solliciteer direct

Salaris
€ 3.800 - € 5.000 bruto per maand
Dienstverband
Vast contract
Thuiswerken
Gedeeltelijk
Voertaal
Engels
Geplaatst
2 juni 2025

Over de functie
Dommelsoft bouwt planningssoftware voor ziekenhuizen. Je werkt met Go en PostgreSQL.`)
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Eindhoven', 'NL']])
  })
})

describe('a board’s page titled "Vaga de …" under a trail ending with the role', () => {
  it('reads the heading as the role, not as a heading of search results', () => {
    const { posting } = accepted(`Pular para o conteúdo
Vagas Sul
Vagas de emprego
Cadastrar currículo
Sou empresa
Entrar
Cadastre-se

Home > Vagas de emprego > Vagas em Joinville - SC > Desenvolvedor Java Pleno

Vaga de Desenvolvedor Java Pleno
Tecnovale Sistemas
Joinville - SC
Publicada em 02/06/2025

Salário: R$ 7.500,00
Modelo de trabalho: Presencial

Descrição da vaga
A Tecnovale Sistemas desenvolve software de gestão para a indústria têxtil. Você vai manter
nossas APIs em Java e Spring Boot.`)
    expect([posting.title, posting.company, posting.seniority]).toEqual([
      'Desenvolvedor Java Pleno',
      'Tecnovale Sistemas',
      'mid',
    ])
  })
})

describe('a Spanish board’s search form with what was typed, above the posting', () => {
  it('reads "¿Qué? …" as the form, and the title under the trail as the role', () => {
    const { posting } = accepted(`empleo-levante.es
Buscar empleo
Empleos por provincia
Publicar empleo

¿Qué? Programador backend
¿Dónde? Alicante
Buscar empleo

Inicio / Empleos / Informática e IT / Alicante / Programador/a Backend Senior (Python)

Programador/a Backend Senior (Python)

Moraira Digital S.L.
Alicante, Alicante
Publicado: 03/06/2025

Solicitar empleo
Guardar empleo

Descripción del empleo
Moraira Digital desarrolla software de reservas para hoteles. Trabajarás con Python y Django.`)
    expect([posting.title, posting.company]).toEqual([
      'Programador Backend Senior (Python)',
      'Moraira Digital',
    ])
  })
})

describe('a games board: its menu’s paid "Post a Job", the studio over the title, disciplines as tags', () => {
  const page = [
    'Indie Quest Jobs',
    'Jobs',
    'Studios',
    'Newsletter',
    'Post a Job ($79)',
    '',
    '← Back to all jobs',
    '',
    'Mossgate Studio',
    'Gameplay Programmer (Unreal Engine)',
    'Programming · Contract · Remote · Australia / New Zealand',
    'Posted 3 days ago',
    '',
    'We are a studio of nine making a hand-painted platformer in Unreal Engine.',
    '',
    'What you will do',
    '- Build shaders and tools in Unreal Engine and Houdini for our artists',
  ].join('\n')

  it('takes the studio over the title for the employer, not the board nor the discipline', () => {
    const result = parsePosting(page)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Mossgate Studio')
    expect(result.posting.title).toBe('Gameplay Programmer (Unreal Engine)')
  })
})

describe('a site builder’s careers page: its menu button, an internship’s place, a day owned by an event', () => {
  const page = [
    'Skip to Content',
    'Open Menu Close Menu',
    'Work',
    'About',
    'Careers',
    '',
    'We are a small print and web studio by the harbour.',
    '',
    'Junior Web Developer',
    '',
    'You will build sites in Astro and TypeScript, and join studio critiques and our Friday portfolio review.',
    '',
    'How we work',
    'The studio is open Monday through Wednesday and we expect everyone in person then. This internship is based in Bergen; we cannot offer a remote version.',
    '',
    'Fjordlys Print & Web',
    'Bryggen 12, 5003 Bergen',
    '© 2026 Fjordlys Print & Web AS',
  ].join('\n')

  it('takes neither menu label for the employer, and reads the place and the days the studio names', () => {
    const result = parsePosting(page)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Fjordlys Print & Web')
    expect(result.posting.locations.map((l) => [l.city, l.country])).toEqual([['Bergen', 'NO']])
    expect(result.posting.workMode).toBe('hybrid')
    expect(result.posting.officeDaysPerWeek).toBe(3)
  })
})

describe('a board’s empty search box copied with its labels', () => {
  const page = [
    'Glassdoor',
    'Communauté   Emplois   Entreprises   Salaires',
    'Rechercher : Intitulé de poste, mots clés ou entreprise      Lieu',
    'Se connecter',
    '',
    'Vellune Systèmes',
    '3,9 ★',
    'Ingénieur QA (H/F)',
    'Grenoble',
    '',
    'Description du poste',
    'Vellune Systèmes conçoit des logiciels de pilotage pour les réseaux de chaleur. Vous automatiserez nos tests avec Playwright et pytest.',
  ].join('\n')

  it('reads the box, its button and the place field’s label as the board’s, not as the employer', () => {
    const result = parsePosting(page)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Vellune Systèmes')
    expect(result.posting.title).toBe('Ingénieur QA')
    expect(result.posting.locations.map((l) => [l.city, l.country])).toEqual([['Grenoble', 'FR']])
  })
})

describe('a talent marketplace’s listing: its menu asks developers to apply', () => {
  const page = [
    'pearmint.dev',
    'For Companies   For Developers   How it works   Rates   Blog',
    'Apply as a developer     Log in',
    '',
    '← All jobs',
    '',
    'Senior Flutter Developer',
    'Fintech · Mobile · Long-term project',
    '',
    'Rate: $45–60/h',
    'Location: Remote · Europe',
    '',
    'About the client',
    'Our client, Brasswell Pay, is a seed-stage startup building a savings app for freelancers.',
    '',
    'Tech stack',
    'Flutter, Dart, Firebase',
  ].join('\n')

  it('takes the client for the employer and the listing’s role for the title, not the menu’s link', () => {
    const result = parsePosting(page)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Brasswell Pay')
    expect(result.posting.title).toBe('Senior Flutter Developer')
  })
})

describe('a freelance marketplace’s project page posted by a shop owner', () => {
  const page = [
    'Gigloft',
    'Hire Freelancers   Find Work   How it Works',
    'Sign Up   Log In',
    '',
    'Shopify developer needed for ongoing store work',
    '',
    '£35 /hr',
    'Approx. 15 hrs/week · Ongoing, 6+ months',
    '',
    'Remote',
    '',
    'Description',
    'I run Fernwhistle Tea Co., a small online shop selling loose-leaf tea. We need a developer for theme changes in Liquid and app integrations.',
  ].join('\n')

  it('takes the shop its owner runs for the employer, not the engagement’s length', () => {
    const result = parsePosting(page)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Fernwhistle Tea')
  })
})

describe('a remote board’s name over its menu with a directory of companies', () => {
  it('names the employer under the menu, not the board', () => {
    const posting = accepted(
      'Farwander\nFind Remote Jobs\nRemote Companies\nCommunity\nSign in\n\n← Back to all Design jobs\n\nTesselate Studio\nProduct Designer\n\nJob type: Full-time\nCandidate required location: Europe\n\nTesselate Studio designs booking software for climbing gyms.\n\nWhat you will do\n- Design flows in Figma\n- Test them with gym staff\n',
    ).posting
    expect(posting.company).toBe('Tesselate Studio')
    expect(posting.title).toBe('Product Designer')
  })
})

describe('a job page’s hiring team card, the poster with the degree under the name', () => {
  it('leaves the employer and the title above the card as they are', () => {
    const posting = accepted(
      'Salta al contenuto principale\nLinkedIn\nCerca\nHome\nRete\nOfferte di lavoro\nMessaggistica\n3\nNotifiche\nTu\n\nTessaline Logistica\nBackend Engineer\nTorino, Piemonte, Italia · 2 settimane fa · 40 candidati\n\nIbrido   Tempo pieno\n\nIncontra il team di selezione\nMarco Vettori\n · 2°\nEngineering Manager presso Tessaline Logistica\nAutore dell’offerta di lavoro\n\nInformazioni sull’offerta di lavoro\nSviluppiamo software per il trasporto merci: servizi in Java e PostgreSQL usati da 300 aziende.\n\nRequisiti\n• 3 anni di esperienza con Java\n',
    ).posting
    expect(posting.company).toBe('Tessaline Logistica')
    expect(posting.title).toBe('Backend Engineer')
  })
})

describe('a board’s heading over the results of a search, above the listing', () => {
  it.each([
    'Staff Data Engineer jobs near Tulsa, OK',
    'Data engineer jobs in Cork',
    'Data Engineer Jobs in der Nähe von Kassel',
  ])('"%s" is not the title', (heading) => {
    const posting = accepted(
      `${heading}\n\nOsage Grid Analytics\nStaff Data Engineer\nTulsa, OK\n$150K - $180K (Employer provided)\n\nJob description\nOsage Grid Analytics forecasts power demand for rural co-ops. You will build pipelines in Python and Spark.\n\nRequirements\n- 8 years of experience\n`,
    ).posting
    expect(posting.title).toBe('Staff Data Engineer')
  })
})

describe('a careers site’s two links, its jobs and its company page, over the posting', () => {
  it('reads the header under them', () => {
    const posting = accepted(
      'Jacarandá Logística\nVagas   Conheça a empresa\n\nPessoa Engenheira de Dados Pleno\n\nRecife - PE\nHíbrido\nEfetivo\n\nDescrição da vaga\nVocê vai construir nossos pipelines de dados em Python e dbt.\n\nRequisitos\n• 3 anos de experiência com Python\n',
    ).posting
    expect(posting.locations.map((l) => `${l.city}, ${l.country}`)).toEqual(['Recife, BR'])
    expect(posting.workMode).toBe('hybrid')
  })
})
