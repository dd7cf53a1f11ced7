// @vitest-environment jsdom
import { MemoryRouter } from 'react-router'
import { reactRootPerTest } from '@/lib/react-root-fixture'
import { describe, expect, it } from 'vitest'
import { emptySections, type Posting } from '@/model/posting'
import { ResultCard } from './result-card'

const posting: Posting = {
  id: 'acme-senior-backend-engineer',
  language: 'en',
  employmentType: null,
  remoteCountries: null,
  visaSponsorship: null,
  relocation: null,
  source: {},
  company: 'Acme',
  title: 'Senior Backend Engineer',
  team: 'Payments',
  roleFamily: 'backend',
  seniority: 'senior',
  locations: [{ city: 'Barcelona', region: null, country: 'ES' }],
  workMode: 'hybrid',
  officeDaysPerWeek: 2,
  workPolicy: [],
  remoteRegions: [],
  stack: ['Go', 'PostgreSQL', 'Kafka', 'Redis', 'Docker', 'Kubernetes', 'Terraform'].map(
    (name) => ({ name, category: 'other' as const }),
  ),
  spokenLanguages: [],
  salary: null,
  postedAt: null,
  sections: { ...emptySections(), requirements: ['You have run Kafka in production.'] },
  warnings: ['no posting date', 'salary not stated'],
}

const view = reactRootPerTest()

function render(query = '') {
  view.render(
      <MemoryRouter>
        <ResultCard posting={posting} query={query} />
      </MemoryRouter>,
  )
  return view.container.querySelector('article')!
}

describe('ResultCard', () => {
  it('is an article named by its title heading, linking to the posting', () => {
    const article = render()
    const heading = article.querySelector('h2')!
    expect(heading.textContent).toBe('Senior Backend Engineer')
    expect(article.getAttribute('aria-labelledby')).toBe(heading.id)
    expect(heading.querySelector('a')!.getAttribute('href')).toBe(
      '/jobs/acme-senior-backend-engineer',
    )
  })

  it('shows the facts it has and invents none', () => {
    const text = render().textContent
    expect(text).toContain('Acme · Payments team')
    expect(text).toContain('Senior')
    expect(text).toContain('Barcelona, Spain')
    expect(text).toContain('Hybrid · 2 office days a week')
    expect(text).not.toContain('Posted')
    expect(text).not.toContain('New')
    expect(text).toContain('+2 more')
    // Parser warnings belong to the posting page's "About this record", never the card.
    expect(text).not.toContain('warning')
    expect(text).not.toContain('salary not stated')
  })

  it('highlights the search in the stack and quotes the matching line', () => {
    const article = render('kafka')
    const marks = [...article.querySelectorAll('mark')].map((m) => m.textContent)
    expect(marks).toEqual(['Kafka', 'Kafka'])
    expect(article.textContent).toContain('You have run Kafka in production.')
  })
})
