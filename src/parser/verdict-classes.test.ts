import { describe, expect, it } from 'vitest'
import { parsePostings } from './index.ts'

// Texts written for these tests, one per class of input at the edge of the posting verdict:
// short posts that still name a role, posts that name only areas of work, and short
// replies, remarks and job seekers' posts that must stay refused.

function titlesOf(text: string): { company: string | null; titles: string[] } | string {
  const result = parsePostings(text)
  if (!result.ok) return result.error
  return {
    company: result.postings[0]?.company ?? null,
    titles: result.postings.map((p) => p.title),
  }
}

describe('short posts that name their role are postings', () => {
  it('reads a one-line "X (YC …) is hiring a <role>" headline', () => {
    expect(
      titlesOf('Quillmark (YC W24) is hiring a platform engineer to scale our ledger'),
    ).toEqual({
      company: 'Quillmark',
      titles: ['Platform Engineer'],
    })
  })

  it('reads a capitalised headline with the role in the plural', () => {
    expect(titlesOf('Ferrowind Is Hiring Firmware Engineers in Rotterdam')).toEqual({
      company: 'Ferrowind',
      titles: ['Firmware Engineer'],
    })
  })

  it('reads a pipe line with a place over two role lines', () => {
    expect(titlesOf('Otterbyte | Lyon | France\nFounding Data Engineer\nHead of Design')).toEqual({
      company: 'Otterbyte',
      titles: ['Founding Data Engineer'],
    })
  })

  it('reads a role named first in a sentence that says what it does', () => {
    const text =
      '(NZ ONLY / REMOTE)\n\nSenior engineer to take over a payments service and make it boring.\n\nStack: Go, Postgres. Message me if this sounds like you.'
    expect(titlesOf(text)).toEqual({ company: null, titles: ['Senior engineer'] })
  })

  it('reads a role a team announces it is expanding with', () => {
    const text =
      'Tidewell | Onsite (Gdańsk, Poland) | Full Time\n\nWe are expanding our simulation team with a C++ programmer to work on the physics core. Email us.'
    expect(titlesOf(text)).toEqual({ company: 'Tidewell', titles: ['C++ Programmer'] })
  })

  it('accepts a pipe line whose role has no usual role word when it states mode and contract', () => {
    const text =
      'Brindle Freight | Network Migration | REMOTE (US) | Contractor\n\nWe move our DNS and mail to a new provider this spring and want help from someone who has done it before.'
    expect(titlesOf(text)).toEqual({ company: 'Brindle Freight', titles: ['Network Migration'] })
  })
})

describe('a headline saying the company hires is a posting, titled as written', () => {
  it('reads "X (YC …) Is Hiring" over a page that shows nothing else', () => {
    const text =
      'Quillhaven (YC S21) Is Hiring\n\nQuillhaven Jobs You need to enable JavaScript to run this app.'
    expect(titlesOf(text)).toEqual({
      company: 'Quillhaven',
      titles: ['Quillhaven (YC S21) Is Hiring'],
    })
  })

  it('leaves the bracketed place and the careers address out of the title', () => {
    expect(titlesOf('marlowe is hiring [Lisbon, on-site] - careers.marlowe.example')).toEqual({
      company: 'marlowe',
      titles: ['marlowe is hiring'],
    })
  })

  it('reads "X looking for … to join our team" and the name after a greeting', () => {
    expect(
      titlesOf(
        'Quaystone (YC F24) looking for curious builders to join our small team in Ghent => https://quaystone.example/join',
      ),
    ).toEqual({
      company: 'Quaystone',
      titles: ['Quaystone (YC F24) looking for curious builders to join our small team in Ghent'],
    })
    expect(titlesOf('Hello all — Fernmoor is hiring. More at fernmoor.example/jobs')).toMatchObject(
      { company: 'Fernmoor' },
    )
  })

  it('still refuses a remark that a company or everyone is hiring', () => {
    expect(titlesOf('Everyone is hiring except the companies I applied to.')).toMatch(
      /^not a job posting/,
    )
    expect(titlesOf('I heard Acme is hiring again, has anyone applied there?')).toMatch(
      /^not a job posting/,
    )
  })
})

describe('posts that name areas of work, not titles, give one posting per area', () => {
  it('reads "hiring across engineering, design, and sales"', () => {
    expect(
      titlesOf(
        'Pebblecast (YC S23) is hiring across engineering, design, and sales. [On-site, Lisbon]',
      ),
    ).toEqual({ company: 'Pebblecast', titles: ['Engineering', 'Design', 'Sales'] })
  })

  it('reads a summary part made only of areas, and does not read "GTM" as Guatemala', () => {
    const text =
      'Nimbleroot | Engineering, GTM | SF · Austin\n\nWe build the runtime for support teams: retrieval, evals, code steps. Backed by two funds.\n\njobs.example.com/nimbleroot'
    const result = parsePostings(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.postings.map((p) => p.title)).toEqual(['Engineering', 'GTM'])
    expect(result.postings[0]?.locations.map((l) => l.country)).not.toContain('GT')
  })

  it('prefers a list of named roles over the areas a post also mentions', () => {
    const text =
      'Larkspur | Remote (EU) | Full-time\n\nWe are hiring across engineering and design.\n\nOpen roles include:\n- Backend Engineer (Elixir)\n- Product Designer\n\nApply at larkspur.example/jobs'
    expect(titlesOf(text)).toEqual({
      company: 'Larkspur',
      titles: ['Backend Engineer (Elixir)', 'Product Designer'],
    })
  })
})

describe('posts that name no role are postings when they show what postings show', () => {
  it("reads a bare link to the employer's page, titled by the address", () => {
    expect(titlesOf('https://www.quillmark.example/engineering')).toEqual({
      company: null,
      titles: ['www.quillmark.example/engineering'],
    })
  })

  it("reads a place and work mode over the employer's link", () => {
    const result = parsePostings(
      '----------\n\nLISBON ONSITE\n\nhttps://tern.example/\n\n----------',
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.postings[0]).toMatchObject({
      title: 'LISBON ONSITE',
      workMode: 'onsite',
      locations: [{ city: 'Lisbon', country: 'PT' }],
    })
    expect(result.postings[0]?.warnings.join(' ')).toMatch(/names no role/)
  })

  it('reads a company line over prose that asks for help and says how to reach them', () => {
    const text = [
      'Gullwing Survey | https://gullwing.example | Leipzig',
      '',
      'We map building stock for cities and keep a small team. We run Postgres and Redis on our own servers and would like more hands on monitoring and deployments.',
      '',
      'If that sounds like your kind of work, reach out: hello [at] gullwing.example',
    ].join('\n')
    const result = parsePostings(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.postings[0]).toMatchObject({
      title: 'Gullwing Survey | Leipzig',
      company: 'Gullwing Survey',
      locations: [{ city: 'Leipzig', country: 'DE' }],
    })
  })

  it('reads a question headline over applicant-tracking links', () => {
    const text = [
      'Ever wanted to build compilers for a living?',
      '',
      'Apply:',
      'https://boards.greenhouse.io/bramblecode/jobs/101',
      'https://boards.greenhouse.io/bramblecode/jobs/102',
    ].join('\n')
    const result = parsePostings(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.postings[0]).toMatchObject({
      title: 'Ever wanted to build compilers for a living?',
      source: { applyUrl: 'https://boards.greenhouse.io/bramblecode/jobs/101' },
    })
  })

  it('reads a request for paid help with an address to write to', () => {
    const text =
      'We are a two-person studio building a tool for tracking seed varieties. We are looking for paid consulting from someone who has run offline-first sync in production. If that is you, email me at ana@seedling.example.'
    expect(parsePostings(text).ok).toBe(true)
  })

  it.each([
    [
      'a German post that says it hires over a link',
      'Wir suchen Verstärkung in Köln!\n\nhttps://kiesel.example/karriere',
    ],
    [
      'a Polish post that says it hires over an address',
      'Szukamy ludzi do zespołu w Krakowie, napisz do nas: praca@wydma.example',
    ],
  ])('reads %s', (_, text) => {
    expect(parsePostings(text).ok).toBe(true)
  })
})

describe('a post in another language that says it hires and where to apply is a posting', () => {
  // No role named: the headline stands for the title (with a warning), as in English.
  const cases: [string, string, string, string][] = [
    [
      'fr',
      'Nous recrutons ! Vellmar Studio, Lyon, sur site.\n\nEnvoyez votre candidature à recrutement@vellmarstudio.fr',
      'Vellmar Studio',
      'Nous recrutons ! Vellmar Studio, Lyon, sur site',
    ],
    [
      'it',
      'Stiamo assumendo! Lanterna Dati, Bologna, in sede.\n\nScrivi a lavora@lanternadati.it',
      'Lanterna Dati',
      'Stiamo assumendo! Lanterna Dati, Bologna, in sede',
    ],
    [
      'nl',
      "Wij zoeken collega's bij Tulpwerk in Utrecht.\n\nMail naar werken@tulpwerk.nl",
      'Tulpwerk',
      "Wij zoeken collega's bij Tulpwerk in Utrecht",
    ],
    [
      'pl',
      'Szukamy ludzi do zespołu! Borowik Soft, Kraków, praca hybrydowa.\n\nWyślij CV: praca@borowiksoft.pl',
      'Borowik Soft',
      'Szukamy ludzi do zespołu! Borowik Soft, Kraków, praca hybrydowa',
    ],
    [
      'pt',
      'Estamos contratando! Cajuína Digital, Recife, remoto.\n\nEnvie seu currículo para vagas@cajuinadigital.com.br',
      'Cajuína Digital',
      'Estamos contratando! Cajuína Digital, Recife, remoto',
    ],
  ]
  for (const [language, text, company, title] of cases) {
    it(`reads one in ${language}`, () => {
      expect(titlesOf(text)).toEqual({ company, titles: [title] })
    })
  }
})

describe('replies, remarks and seekers stay refused', () => {
  it.each([
    ['a remark about a recruiter', 'Their recruiter never answered my email, fyi'],
    [
      'a reply about an application',
      'I applied to the Backend Engineer role two weeks ago and heard nothing. Could someone check?',
    ],
    ['a bare place and mode', 'remote (eu)'],
    [
      'a pointer to a job site with a place',
      'More startup jobs in Europe can also be found on https://jobs-list.example/jobs',
    ],
    ['a word of thanks', 'Thanks everyone, good luck with the search this year!'],
    [
      'a note on a comment that links the forum',
      'Sent you an email just now, let me know if it does not arrive. My other comment: https://news.ycombinator.com/item?id=123',
    ],
    [
      'a reply to a post with a link',
      'I applied here in March and never heard back. https://acme.example/careers',
    ],
    [
      'a pointer to an aggregator',
      'All the remote listings from this thread are searchable here: https://jobs-aggregator.example/remote',
    ],
  ])('refuses %s', (_, text) => {
    expect(titlesOf(text)).toMatch(/^not a job posting/)
  })

  it('refuses a job seeker\'s "who wants to be hired" post as a CV', () => {
    const text = [
      'Location: Porto, Portugal',
      'Remote: Yes',
      'Willing to relocate: No',
      'Technologies: Kotlin, Spring, Kafka, Postgres',
      'Résumé/CV: https://cv.example/ana',
      'Email: ana@example.com',
      '',
      "Backend engineer, 9 years in payments. I'm a backend developer looking for contract work with small teams.",
    ].join('\n')
    expect(titlesOf(text)).toMatch(/^not a job posting: it reads like a CV/)
  })
})
