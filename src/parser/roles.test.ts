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
