import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

// A recruiter's posting names its client as the employer. Postings written for this test;
// the companies expected are written by hand.
function companyOf(text: string): string | null {
  const result = parsePosting(text, { file: 'agency.txt' })
  if (!result.ok) throw new Error(result.error)
  return result.posting.company
}

describe('a recruitment agency’s posting', () => {
  it('names the client it is partnering with (en)', () => {
    expect(
      companyOf(
        'Junior Software Developer\nBrackenfold Talent\nManchester\n\nBrackenfold Talent is delighted to be partnering with Oakmere Logistics on this opportunity for a Junior Software Developer to join their platform team.\n\nYou will build warehouse tools in C# and SQL Server.\n\nBrackenfold Talent is acting as an Employment Agency in relation to this vacancy.',
      ),
    ).toBe('Oakmere Logistics')
  })

  it('names the client it recruits for (fr)', () => {
    expect(
      companyOf(
        "Lead Développeur PHP (H/F)\nCorvaille Conseil\nLyon\n\nCorvaille Conseil est un cabinet de recrutement spécialisé dans le numérique. Pour notre client Ventalis, éditeur d'un logiciel de facturation, nous recherchons un Lead Développeur PHP.\n\nStack : PHP, Symfony, MySQL.",
      ),
    ).toBe('Ventalis')
  })

  it('names the client it recruits for (de)', () => {
    expect(
      companyOf(
        'Java Entwickler (m/w/d)\nHeidling Personalberatung\nKöln\n\nDie Heidling Personalberatung ist eine Personalvermittlung für IT-Fachkräfte. Im Auftrag unseres Kunden, der Rheinwerk Versicherung, suchen wir einen Java Entwickler.\n\nDein Profil: Java, Spring Boot, PostgreSQL.',
      ),
    ).toBe('Rheinwerk Versicherung')
  })

  it('names the client it says it works for (fr)', () => {
    expect(
      companyOf(
        "Développeur PHP (H/F)\nCorvaille Conseil\nLyon\n\nCorvaille Conseil est un cabinet de recrutement. Nous accompagnons aujourd'hui Ventalis, e-commerçant lyonnais.\n\nStack : PHP, Symfony.",
      ),
    ).toBe('Ventalis')
  })

  it('keeps the agency when it does not name the client', () => {
    expect(
      companyOf(
        'Data Engineer (m/w/d)\nNordquell Consulting GmbH\nKöln\n\nFür unseren Endkunden, eine große Versicherungsgruppe im Rheinland, suchen wir als Personalvermittlung einen Data Engineer.\n\nDein Profil: Python, Spark, Airflow.',
      ),
    ).toBe('Nordquell Consulting')
  })

  it('reads no client in a company’s own posting that names a partner', () => {
    expect(
      companyOf(
        'Backend Engineer\nLumora Labs\nLeeds\n\nLumora Labs is partnering with Oakmere Logistics on a new routing product. You will build it in Go and PostgreSQL.',
      ),
    ).toBe('Lumora Labs')
  })
})

describe('a recruiter that says it recruits on behalf of its client', () => {
  it.each([
    'Hollin Resourcing are recruiting on behalf of Marrow Building Society, who are looking for a Lead DevOps Engineer to join their platform team.',
    'Hollin Resourcing is recruiting on behalf of Marrow Building Society for a Lead DevOps Engineer.',
  ])('"%s" names the client as the employer', (sentence) => {
    const company = companyOf(
      `Lead DevOps Engineer - Contract\nLeeds\n\n${sentence}\n\nYou will build Azure landing zones with Terraform and run AKS clusters.`,
    )
    expect(company).toBe('Marrow Building Society')
  })
})

describe('a recruitment firm’s masthead over the posting', () => {
  it('is not the title, though its name holds a role noun ("Partners")', () => {
    const result = parsePosting(
      'HOLLOWAY SEARCH PARTNERS\nTechnology · Finance\n\nLead Data Engineer – Brightwater Energy\nBristol (Hybrid)\n£85,000 – £95,000\n\nOur client, Brightwater Energy, balances the grid with batteries. You will build its pipelines in Python and Spark on AWS.\n\nHolloway is a specialist technology recruitment firm based in Bath.',
      { file: 'agency.txt' },
    )
    if (!result.ok) throw new Error(result.error)
    expect([result.posting.title, result.posting.company]).toEqual([
      'Lead Data Engineer',
      'Brightwater Energy',
    ])
  })

  it('leaves a title that only shares a word with the firm', () => {
    const result = parsePosting(
      'Engineering Partner\nHolloway\nBristol\n\nHolloway is a specialist recruitment firm. As our Engineering Partner you will run hiring for our clients’ platform teams.',
      { file: 'agency.txt' },
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.title).toBe('Engineering Partner')
  })
})

describe('a recruiter that speaks of itself in the third person', () => {
  it.each([
    [
      'Développeur Java (H/F)\nAlpiva Conseil\nGrenoble\n\nAlpiva Conseil, cabinet spécialisé dans le recrutement de profils tech, recherche pour son client un Développeur Java.\n\nNotre client, Vercors Logistique, édite un logiciel de transport. Stack : Java, Spring, PostgreSQL.',
      'Vercors Logistique',
    ],
    [
      'Java Developer\nHolloway Search\nBristol\n\nHolloway Search, a specialist recruitment firm, is recruiting for its client, Brightwater Energy, a Java Developer.\n\nYou will build trading services in Java and Kafka.',
      'Brightwater Energy',
    ],
  ])('names the client: %s', (text, client) => {
    expect(companyOf(text)).toBe(client)
  })
})

describe('a recruiter that says it is one only in its page’s footer', () => {
  it.each([
    [
      'Trabajo en Talentra\nBuscar empleo   Empresas   Sobre Talentra\n\nAnalista Programador Java\nGetafe\nIndefinido\n\nDesde Talentra colaboramos con Ribera Frigo, empresa de logística, en la búsqueda de un Analista Programador Java para su sede de Getafe.\n\nOfertas similares\nProgramador Java - Madrid - Indefinido\nTécnico de Soporte - Getafe - Temporal\n\nAviso legal | Cookies\n© 2025 Talentra Empleo, S.L. ETT nº 28000000.',
      'Ribera Frigo',
    ],
    [
      'Sviluppatore Python\nSede di lavoro: Milano\n\nCollaboriamo con Navigli Dati, società di analisi, nella ricerca di uno Sviluppatore Python.\n\nOfferte simili\nAnalista Dati - Milano - Tempo indeterminato\nTecnico IT - Monza - Tempo determinato\n\n© 2025 Lavorando S.p.A. Agenzia per il lavoro, aut. min. 1100.',
      'Navigli Dati',
    ],
  ])('names the client: %s', (text, client) => {
    expect(companyOf(text)).toBe(client)
  })
})

describe('a freelance marketplace’s mission page', () => {
  const page = (menu: string) => `Missionly
${menu}
Se connecter

Missions freelance › Data › Nantes › Data Engineer Senior (H/F)

Data Engineer Senior (H/F)
Mission freelance
Localisation : Nantes (44)
TJM : 550 € / jour

Contexte de la mission
Pour le compte de notre client Brisemer Assurances, mutuelle nantaise, nous recherchons un·e Data Engineer senior pour son équipe Data.

Stack : Python, Airflow, BigQuery.
`

  it('names the client, not the marketplace over its menu', () => {
    expect(companyOf(page('Trouver une mission\nRecruter un freelance\nRessources'))).toBe(
      'Brisemer Assurances',
    )
  })
})

describe('a talent network’s page for a role with its client', () => {
  const page = `Talentry
Hire Top Talent
Clients
Blog
Apply as a Talent
Log In

Freelance Jobs › Developers › Python › Senior Python Developer

Senior Python Developer

Remote · Full-time · Freelance

Job Description

Talentry is looking for a Senior Python Developer to join Wrenfield Analytics on a long-term engagement. Wrenfield Analytics builds forecasting tools for regional grocers.

Responsibilities:
- Build data services in Python and FastAPI.
`

  it('names the client the hire joins, not the network', () => {
    expect(companyOf(page)).toBe('Wrenfield Analytics')
  })

  it('names no team for a client ("to join the Platform team")', () => {
    expect(
      companyOf(page.replace('to join Wrenfield Analytics on', 'to join the Platform team on')),
    ).not.toBe('Platform')
  })
})

describe('a recruiter’s page that does not name its client', () => {
  it('names the recruiter its footer links its own careers page for', () => {
    expect(
      companyOf(`Direkt zum Inhalt
Jobs finden
Für Kandidaten
Für Unternehmen
Über uns
Login

Backend Entwickler Java (m/w/d)

Standort: Ulm
Anstellungsart: Festanstellung

Unser Kunde
Unser Kunde ist ein inhabergeführter Hersteller von Landmaschinen.

Ihre Aufgaben
- Entwicklung von Diensten in Java und Spring Boot

Ähnliche Jobs
Softwareentwickler C# (m/w/d) · Stuttgart · Festanstellung

Jobs · Für Unternehmen · Über uns · Karriere bei Talentwerk Personal · Presse
Impressum · Datenschutz
`),
    ).toBe('Talentwerk Personal')
  })
})

describe('a recruiter’s site that keeps its client unnamed', () => {
  const page = (intro: string) =>
    [
      'Werfhaven',
      'Vacatures   Voor kandidaten   Voor werkgevers   Over ons   Contact',
      '',
      'Senior Data Engineer',
      'Utrecht | Hybride | € 5.500 – € 7.000 per maand',
      '',
      'Over de opdrachtgever',
      intro,
      '',
      'Wat ga je doen?',
      'Je bouwt datapijplijnen in Python en dbt op Snowflake.',
    ].join('\n')

  it('is the employer a reader deals with: its name atop its own menu', () =>
    expect(
      companyOf(
        page(
          'Voor onze opdrachtgever, een groeiende netbeheerder met 300 medewerkers, zoeken wij een Senior Data Engineer.',
        ),
      ),
    ).toBe('Werfhaven'))

  it('leaves a site that speaks for no client without an employer from its menu', () =>
    expect(
      companyOf(
        page(
          'Wij zijn een groeiende netbeheerder met 300 medewerkers en zoeken een Senior Data Engineer.',
        ),
      ),
    ).not.toBe('Werfhaven'))
})

describe('a client described by its kind of firm, not named', () => {
  it.each([
    'Ingénieur DevOps (H/F)\nSoriel Talents\nNantes\n\nSoriel Talents, cabinet de recrutement, accompagne son client, ETI industrielle nantaise (800 collaborateurs), dans le recrutement d’un ingénieur DevOps.\n\nStack : Kubernetes, Terraform, GitLab CI.',
    'Backend Engineer\nHarbridge Recruitment\nLeeds\n\nHarbridge Recruitment, a specialist recruitment firm, is recruiting for its client, Multinational logistics group, a Backend Engineer.\n\nYou will build services in Go and PostgreSQL.',
  ])('names the recruiter: %s', (text) => {
    expect(companyOf(text)).toMatch(/^(?:Soriel Talents|Harbridge Recruitment)$/)
  })
})
