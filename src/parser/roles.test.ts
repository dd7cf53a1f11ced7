import { describe, expect, it } from 'vitest'
import { parsePosting, parsePostings } from './index.ts'
import { roleInProse } from './role-in-prose.ts'
import { splitRoles } from './roles.ts'

const body = `
We build logistics software for small shops and are growing the team. You will own features end to end.
Interviews are two calls and a paid trial day. Apply with your CV.
`

function roles(text: string) {
  const result = parsePostings(text)
  if (!result.ok) throw new Error(result.error)
  return result.postings
}

describe('roles', () => {
  it('splits a title part naming several roles, keeping qualifiers with their role', () => {
    expect(splitRoles('Backend Engineer, Frontend Engineer')).toEqual([
      'Backend Engineer',
      'Frontend Engineer',
    ])
    expect(splitRoles('Senior Engineer - Infrastructure, Machine Learning')).toEqual([
      'Senior Engineer - Infrastructure, Machine Learning',
    ])
    expect(splitRoles('Product Designer / UI Engineer')).toEqual(['Product Designer / UI Engineer'])
    expect(splitRoles('Backend and Frontend Engineers')).toEqual(['Backend and Frontend Engineers'])
    // "Yocto" ends in "cto" but is no role: it qualifies the engineer before it.
    expect(splitRoles('Embedded Linux Engineer, Yocto')).toEqual(['Embedded Linux Engineer, Yocto'])
    expect(splitRoles('Growth Engineer, Copywriter')).toEqual(['Growth Engineer', 'Copywriter'])
  })

  it('gives one posting per role of an HN-style line, sharing company and place', () => {
    const postings = roles(
      `Tallyho | Backend Engineer, Frontend Engineer | Berlin, Germany | Onsite | Full-time\n${body}`,
    )
    expect(postings.map((p) => p.title)).toEqual(['Backend Engineer', 'Frontend Engineer'])
    expect(postings.map((p) => p.company)).toEqual(['Tallyho', 'Tallyho'])
    expect(postings.map((p) => p.locations[0]?.city)).toEqual(['Berlin', 'Berlin'])
    expect(postings.map((p) => p.id)).toEqual([
      'tallyho-backend-engineer',
      'tallyho-frontend-engineer',
    ])
  })

  it('gives one posting per role of a list of roles with their own links', () => {
    const postings = roles(
      `Tallyho | Multiple roles | Remote (US) | Full-time\n${body}\nOpen positions:\nStaff Engineer, Payments → https://jobs.lever.co/tallyho/1\nSenior Product Designer → https://jobs.lever.co/tallyho/2\n`,
    )
    expect(postings.map((p) => [p.title, p.source.applyUrl])).toEqual([
      ['Staff Engineer, Payments', 'https://jobs.lever.co/tallyho/1'],
      ['Senior Product Designer', 'https://jobs.lever.co/tallyho/2'],
    ])
  })

  it('keeps ids unique when two roles share a slug', () => {
    const postings = roles(`Tallyho | Backend Engineer, Backend Engineer | Remote\n${body}`)
    expect(new Set(postings.map((p) => p.id)).size).toBe(postings.length)
  })

  it('accepts a role named only in a sentence', () => {
    const result = parsePosting(
      `Hi all! We're a small team in Leeds making tools for farmers.\nWe're looking for product engineers that like talking to users.\n${body}`,
    )
    expect(result.ok && result.posting.title).toBe('Product Engineer')
  })

  it('parsePosting gives the first role of a post naming several', () => {
    const result = parsePosting(`Tallyho | Data Analyst, Data Engineer | Remote\n${body}`)
    expect(result.ok && result.posting.title).toBe('Data Analyst')
  })
})

describe('a role named in a French sentence with inclusive endings', () => {
  it.each([
    [
      'Nous recrutons un(e) Programmeur(se) gameplay senior pour notre prochain jeu.',
      'Programmeur',
    ],
    ['Nous recherchons un·e développeur·euse backend pour notre équipe.', 'Développeur'],
  ])('"%s" names %s', (sentence, title) => {
    const named = roleInProse(sentence)
    expect(named?.value).toBe(title)
    // The fact keeps the sentence as written.
    expect(named?.raw).toContain(sentence.split(' pour ')[0]!.split(' ').slice(2).join(' '))
  })
})

describe("the post a public body's call fills, named in a sentence", () => {
  it.each([
    [
      'Se convoca la provisión de una plaza de Técnico/a de Sistemas Informáticos, por concurso.',
      'Técnico de Sistemas Informáticos',
    ],
    [
      'Bando di concorso per la copertura di un posto di Istruttore Informatico.',
      'Istruttore Informatico',
    ],
    ['Die Gemeinde besetzt eine Stelle als IT-Administrator für ihr Rathaus.', 'IT-Administrator'],
  ])('"%s" names %s', (sentence, title) => {
    expect(roleInProse(sentence)?.value).toBe(title)
  })

  it('accepts such a call, which names its post only in a sentence', () => {
    const result = parsePosting(
      [
        'Boletín Oficial de la Provincia de Soria',
        '',
        'Ayuntamiento de Almazán',
        '',
        'Por resolución de la Alcaldía se aprueban las bases para la provisión de una plaza de Técnico/a de Sistemas Informáticos, por concurso-oposición.',
        '',
        'Funciones del puesto: administración de servidores Linux y de la red municipal.',
        'Requisitos: título de Grado en Ingeniería Informática.',
        'Solicitudes: en el plazo de veinte días naturales.',
      ].join('\n'),
    )
    expect(result.ok && result.posting.title).toBe('Técnico de Sistemas Informáticos')
  })
})

describe('a role a third person seeks, named in a sentence', () => {
  it.each([
    ['Una aseguradora de Valencia busca un/a Data Engineer Senior.', 'Data Engineer Senior'],
    ['Die Stadtwerke suchen einen Data Engineer für ihr Netz.', 'Data Engineer'],
    ['Le groupe recherche un Data Engineer pour son site.', 'Data Engineer'],
    ['Het ziekenhuis zoekt een Data Engineer voor zijn platform.', 'Data Engineer'],
  ])('"%s" names %s', (sentence, title) => {
    expect(roleInProse(sentence)?.value).toBe(title)
  })
  it.each([
    ['Wir suchen ab sofort eine*n Backend-Entwickler*in für unser Team.', 'Backend-Entwickler'],
    ['Wir suchen zum nächstmöglichen Zeitpunkt eine:n Data Engineer:in.', 'Data Engineer'],
    ['Nous recherchons dès maintenant un Data Engineer pour notre équipe.', 'Data Engineer'],
    ['We are looking for a Data Engineer (Python/dbt) to join us.', 'Data Engineer (Python/dbt)'],
    ['We are looking for a Data Engineer (June–August) to join us.', 'Data Engineer'],
  ])('"%s" names %s, past when the hire starts and German gender endings', (sentence, title) => {
    expect(roleInProse(sentence)?.value).toBe(title)
  })
  it.each([
    ['Het ziekenhuis zoekt een Lead Data Engineer voor zijn platform.', 'Lead Data Engineer'],
    ['We are hiring a Lead Product Designer to join us.', 'Lead Product Designer'],
    ['Das Werk sucht ersten Data Engineer für seine Fabrik.', 'Data Engineer'],
    [
      'Brightmoor opens a Lisbon hub and is hiring its first Staff Data Engineer',
      'Staff Data Engineer',
    ],
    ['Buscamos una persona Engineering Manager para liderar el equipo.', 'Engineering Manager'],
    ['Cerchiamo una figura di Data Engineer per il nostro team.', 'Data Engineer'],
    ['Wir suchen eine Person als Data Engineer für unser Team.', 'Data Engineer'],
  ])(
    '"%s" names %s: a role word that names go on after, "its first", and the person before it',
    (sentence, title) => {
      expect(roleInProse(sentence)?.value).toBe(title)
    },
  )
  it('is not "near" in Spanish ("cerca de")', () => {
    expect(roleInProse('La oficina está cerca de una estación de metro.')).toBeNull()
  })
})

describe('a head-first role named in a sentence, with the words that qualify it', () => {
  it.each([
    [
      'Estamos contratando Desenvolvedor(a) Mobile Pleno (React Native) pra nosso app.',
      'Desenvolvedor Mobile Pleno (React Native)',
    ],
    [
      'Buscamos Desarrollador/a Backend Senior para nuestro equipo.',
      'Desarrollador Backend Senior',
    ],
    ['Nous recherchons un Développeur Java pour renforcer l’équipe.', 'Développeur Java'],
    ['Buscamos Analista de Datos para el área de riesgos.', 'Analista de Datos'],
    ['Cerchiamo uno Sviluppatore Python con esperienza.', 'Sviluppatore Python'],
  ])('"%s" names %s', (sentence, title) => {
    expect(roleInProse(sentence)?.value).toBe(title)
  })
  it('stops at the sentence’s own lower-case words', () => {
    expect(roleInProse('Buscamos Ingeniero para nuestro equipo de datos.')?.value).toBe('Ingeniero')
  })
})

describe('a list of roles each followed by a dash and what it does', () => {
  it('keeps the role as the title and leaves the description out of it', () => {
    const text =
      'Copperline | Lisbon, Portugal | Hybrid\n\nCopperline builds software for freight brokers.\n\nWe are hiring:\n- Senior Platform Engineer – infrastructure, CI/CD, capacity planning\n- Product Engineer - ships fast, owns features end to end\n- Staff SDK Engineer - Web, Android & iOS\n'
    expect(roles(text).map((p) => p.title)).toEqual([
      'Senior Platform Engineer',
      'Product Engineer',
      'Staff SDK Engineer - Web, Android & iOS',
    ])
  })
})

describe('a list of roles written in other shapes', () => {
  it('reads roles a chat message numbers with keycaps ("1️⃣ *Data Engineer* — …")', () => {
    const text =
      "Eda Kuusk  9:14 AM\nHey folks 👋 We're growing at Tammeleht Health (clinic software, ~40 people) and I'm hiring two roles on my team:\n\n1️⃣ *Staff Data Engineer* — own our pipelines. €95–115k + options\n2️⃣ *Junior Frontend Engineer* — build our clinic app. €75–90k + options\n\nStack for both: Kotlin + Spring Boot, PostgreSQL, all on GCP.\n\nBoth are fully remote, anywhere within CET ±2.\n"
    expect(roles(text).map((p) => p.title)).toEqual([
      'Staff Data Engineer',
      'Junior Frontend Engineer',
    ])
  })

  it('reads roles introduced by ">>" over their links, a team after a comma', () => {
    const text =
      'Lanternworks | Remote | Full Time\n\nLanternworks builds realtime audio infrastructure.\n\nHiring:\n\n>> Senior Software Engineer, Agents:\nhttps://jobs.example/lanternworks/1\n\n>> Distributed Systems Engineer:\nhttps://jobs.example/lanternworks/2\n\n>> Staff Security Engineer:\nhttps://jobs.example/lanternworks/3\n'
    expect(roles(text).map((p) => [p.title, p.source.applyUrl])).toEqual([
      ['Senior Software Engineer, Agents', 'https://jobs.example/lanternworks/1'],
      ['Distributed Systems Engineer', 'https://jobs.example/lanternworks/2'],
      ['Staff Security Engineer', 'https://jobs.example/lanternworks/3'],
    ])
  })

  it('reads numbered role lines with no heading, each with the countries in its brackets', () => {
    const text =
      'Hollowbrook | Multiple roles | Full-time\n\nHollowbrook makes self-hosted developer environments. All positions are fully remote in the countries listed.\n\n[1] Software Engineer, AI tools (US/Canada)\n\n[2] Product Manager (UK/Ireland)\n\n[3] Physician-Scientist (MD/PhD)\n'
    expect(roles(text).map((p) => [p.title, p.locations.map((l) => l.country)])).toEqual([
      ['Software Engineer, AI tools (US/Canada)', ['US', 'CA']],
      ['Product Manager (UK/Ireland)', ['GB', 'IE']],
      ['Physician-Scientist (MD/PhD)', []],
    ])
  })

  it("keeps each described role's own pay", () => {
    const text =
      "Meridian Freight | Multiple roles | Chicago or Remote (US)\n\nWe're a freight brokerage rebuilding our TMS. Hiring:\n* Staff Backend Engineer (Java, Kafka) — $190-230k\n* Senior Data Engineer (Snowflake, dbt) — $165-195k\n* Engineering Manager, Platform — $200-240k\n"
    expect(roles(text).map((p) => [p.title, p.salary && [p.salary.min, p.salary.max]])).toEqual([
      ['Staff Backend Engineer (Java, Kafka)', [190000, 230000]],
      ['Senior Data Engineer (Snowflake, dbt)', [165000, 195000]],
      ['Engineering Manager, Platform', [200000, 240000]],
    ])
  })
})

describe('bullets that are all roles, with no heading over them', () => {
  it('are the post’s roles', () => {
    const post = `Kestrel Maps | Lisbon, Berlin or remote (EU) | Full-time

Kestrel Maps makes offline maps for hikers. We're hiring in Lisbon, Berlin and remote within the EU.

- Backend Engineer (Go, PostGIS)
- iOS Engineer (Swift)

Apply at https://kestrelmaps.example/jobs
`
    expect(roles(post).map((p) => p.title)).toEqual([
      'Backend Engineer (Go, PostGIS)',
      'iOS Engineer (Swift)',
    ])
  })

  it('are not roles when one bullet of the list is something else', () => {
    const post = `Kestrel Maps | Lisbon | Full-time | Backend Engineer

Kestrel Maps makes offline maps for hikers.

- Backend Engineer experience with Go
- Mentor a junior engineer
- On-call one week in six
`
    expect(roles(post).map((p) => p.title)).toEqual(['Backend Engineer'])
  })
})

describe('roleInProse: the poster’s own role is not the one hired for', () => {
  it.each([
    "I'm the hiring manager, so ask me anything.",
    'Send questions to our hiring team.',
    'You will meet your hiring manager in the first call.',
  ])('"%s" names no role', (text) => {
    expect(roleInProse(text)).toBeNull()
  })

  it('still reads a role hired for after "hiring"', () => {
    expect(roleInProse('We are hiring a backend engineer for our payments team.')?.value).toBe(
      'Backend Engineer',
    )
  })
})

describe('a role written as its short form', () => {
  it('reads "hiring Senior MLEs" as the role', () => {
    expect(
      roles(
        'Brindle Research is hiring Senior MLEs in Zurich (ONSITE)\n\nWe build perception models for warehouse robots in PyTorch. Apply with your CV.',
      ).map((p) => p.title),
    ).toEqual(['Senior MLE'])
  })
  it('reads "an SDE" in a sentence when the header names no role', () => {
    expect(
      roles(
        'Brindle Robotics | https://brindle.example | Zurich | Onsite\n\nWe build robots for cleaning. We are hiring an SDE to build our fleet software in Rust.\n\nApply with your CV.',
      ).map((p) => p.title),
    ).toEqual(['SDE'])
  })
  it('splits "Engineers & MLEs" into two roles', () => {
    expect(
      roles(
        'Brindle Robotics | Senior Perception Engineers & MLEs | Zurich | Onsite\n\nWe build robots for cleaning in PyTorch. Apply with your CV.',
      ).map((p) => p.title),
    ).toEqual(['Senior Perception Engineers', 'MLEs'])
  })
})

describe('roles listed as "Role: what it does" after a header naming none', () => {
  it('reads numbered roles among the post’s other "Key: text" lines', () => {
    const postings = roles(
      `Quillfen | Porto, Portugal | ONSITE\n\nWe build lab software for plant breeders.\n\nWe are hiring for two roles:\n\n1. Senior Rust Engineer: You will own the sequencing pipeline end to end.\n\n2. Data Scientist (Genomics): You will turn field trials into models.\n\nComp: €70k - €95k.\nStock: options for everyone.\nRelocation: we help with the move.\nProcess: two calls and a paid day with the team.\nEmail me: jobs@quillfen.example\n`,
    )
    expect(postings.map((p) => p.title)).toEqual([
      'Senior Rust Engineer',
      'Data Scientist (Genomics)',
    ])
  })
  it('reads the roles under a "Roles:" heading, each with its own pay', () => {
    const postings = roles(
      `Brambleway | REMOTE (US) | Full-Time\n\nWe help clinics schedule nurses.\n\nRoles:\nLead Platform Engineer | $190k-230k: own our scheduling engine and its data.\nProduct Designer | $140k-170k: design the nurse app with us.\nSr. Data Engineer | $150k-180k: build the pipelines that feed our forecasts.\n\nRequirements for all roles: 5+ years | startup experience\nBenefits: health, dental, 401k.\nInterviews: three calls, no take-home.\nContact: jobs@brambleway.example\n`,
    )
    expect(postings.map((p) => p.title)).toEqual([
      'Lead Platform Engineer',
      'Product Designer',
      'Sr. Data Engineer',
    ])
    expect(postings.map((p) => p.salary && [p.salary.min, p.salary.max])).toEqual([
      [190000, 230000],
      [140000, 170000],
      [150000, 180000],
    ])
  })
  it('reads the roles under a "Roles:" heading when a description is a long sentence', () => {
    const postings = roles(
      `Brambleway | ONSITE (Hybrid): Denver, Boulder, Austin | brambleway.example/careers\n\nRoles:\nLead Full Stack Engineer: build calm, friendly screens from database to browser.\nSr. Backend Engineer: build the services that will carry us to 1000 clinics.\n`,
    )
    expect(postings.map((p) => p.title)).toEqual([
      'Lead Full Stack Engineer',
      'Sr. Backend Engineer',
    ])
  })
  it('does not take a role’s description for its title when it opens with a level word', () => {
    const postings = roles(
      `Ashgrove | Leeds | Full-time\n\nWe're hiring across several roles:\n- Product Engineer: Build what customers touch\n- Staff Software Engineer: Lead core system architecture\n- Security Engineer: Secure systems and data\n`,
    )
    expect(postings.map((p) => p.title)).toEqual([
      'Product Engineer',
      'Staff Software Engineer',
      'Security Engineer',
    ])
  })
})

describe('a role named in a Spanish or Portuguese sentence', () => {
  it('reads inclusive endings bare and keeps a level written after the role', () => {
    expect(
      roleInProse('Estamos buscando un/a Data Engineer Senior para una aseguradora')?.value,
    ).toBe('Data Engineer Senior')
    expect(roleInProse('Procuramos um(a) Engenheiro(a) para o time de dados')?.value).toBe(
      'Engenheiro',
    )
    expect(roleInProse('We are looking for a Backend Engineer Python to join us')?.value).toBe(
      'Backend Engineer',
    )
  })
})

describe('a recruiter introducing themselves at the top of a forwarded offer', () => {
  it('is no title; their firm is the employer where no other is named', () => {
    const posting = parsePosting(
      `Buenos días!! ☀️ Soy Marta, Tech Recruiter en Ribera Talent 😊\n\nEstamos buscando un/a *Data Engineer Senior* para una importante aseguradora con sede en Sevilla.\n\n📍 Sevilla – híbrido: 2 días presencial/semana\n🔧 Python, SQL y Spark\n\nEscríbeme a marta@riberatalent.example`,
    )
    if (!posting.ok) throw new Error(posting.error)
    expect([posting.posting.title, posting.posting.company]).toEqual([
      'Data Engineer Senior',
      'Ribera Talent',
    ])
  })
})

describe('a section’s heading and the role on one line', () => {
  it('takes the role after "About the role:" for the title', () => {
    const result = parsePostings(
      'Apply to Fernhollow\nTakes 6 minutes\n\nAbout the role: Lead Product Designer\n\nFernhollow makes planning software for small bakeries. We are fully remote and use Figma every day.',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings[0]?.title).toBe('Lead Product Designer')
  })
})

describe('a press release whose headline tells its news, then the role it seeks', () => {
  it('takes the role the headline ends with for the title', () => {
    const result = parsePostings(
      [
        'Persbericht',
        'Maasdelta Koeltransport opent datahub in Rotterdam en zoekt eerste Lead Data Engineer',
        '12 mei 2026',
        '',
        'ROTTERDAM – Maasdelta Koeltransport opent op 1 juli een eigen datahub. Het platform draait op Azure en Databricks.',
      ].join('\n'),
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings[0]?.title).toBe('Lead Data Engineer')
  })
})

describe('a public body’s competition for a post, its role named in the notice', () => {
  it('is a posting, titled by the profile it fills, its body named under "Ente"', () => {
    const result = parsePostings(
      [
        'CONCORSO',
        'Aperto',
        '',
        'Concorso pubblico, per esami, per la copertura di n. 2 posti a tempo pieno e indeterminato nel profilo di Funzionario informatico, Area dei Funzionari',
        '',
        'Ente',
        'Unione dei Comuni della Val Trebbia',
        '',
        'Descrizione',
        'Il funzionario sviluppa applicativi web in Java e PostgreSQL per i servizi ai cittadini. Retribuzione lorda annua: € 23.000.',
      ].join('\n'),
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings[0]).toMatchObject({
      title: 'Funzionario',
      company: 'Unione dei Comuni della Val Trebbia',
    })
  })
})

describe('a post that states what the role is called', () => {
  it.each([
    [
      'The title is Founding Design Engineer. In practice you will own our editor.',
      'Founding Design Engineer',
    ],
    [
      'Der Jobtitel lautet Lead Data Engineer, im Alltag baust du unsere Plattform.',
      'Lead Data Engineer',
    ],
  ])('takes the stated name over the headline’s: %s', (sentence, title) => {
    const result = parsePostings(
      `We’re hiring our first Design Engineer\n\nQuillpost makes a writing app for teams. ${sentence} We use React and TypeScript. Apply with your portfolio.`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings[0]?.title).toBe(title)
  })
  it('is no role’s name when what follows names none', () => {
    const result = parsePostings(
      `We’re hiring our first Design Engineer\n\nQuillpost makes a writing app for teams. The title is Negotiable for the right person. We use React. Apply with your portfolio.`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings[0]?.title).toBe('Design Engineer')
  })
})

describe("an internal page's open headcount, with its interview steps", () => {
  const page = `Engineering / Hiring / Open headcount
Open headcount – Platform Engineering Lead (HC-PLT-26-03)

Team: Platform (6 engineers)
Location: Lyon (hybrid)

Must have
  • Earlier hands-on background as a backend engineer – you can still review a design.
  • Experience running Kubernetes in production.

Interview process
  1. Recruiter call – 30 min
  2. Technical conversation with two platform engineers – 60 min
  3. Meet the team (informal) + CTO – 45 min
`

  it('is one role, its title without the heading and the code', () => {
    expect(roles(page).map((p) => p.title)).toEqual(['Platform Engineering Lead'])
  })
})

describe('a role named in Italian prose with its inclusive forms', () => {
  const title = (sentence: string) => {
    const result = parsePosting(
      `Chi siamo\nSviluppiamo software per la logistica a Torino.\n\nIl ruolo\n${sentence}\n\nRequisiti\n• Java e Kubernetes\n• 5 anni di esperienza\n`,
    )
    if (!result.ok) throw new Error(result.error)
    return result.posting.title
  }
  it.each([
    [
      'Stiamo cercando una/un Staff Site Reliability Engineer che guidi la piattaforma.',
      'Staff Site Reliability Engineer',
    ],
    [
      'Cerchiamo uno/a sviluppatore/trice Java Junior da inserire nel team.',
      'Sviluppatore Java Junior',
    ],
  ])('%s', (sentence, expected) => expect(title(sentence)).toBe(expected))
})
