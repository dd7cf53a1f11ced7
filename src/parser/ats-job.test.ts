import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

function read(json: unknown) {
  const result = parsePosting(JSON.stringify(json), { file: 'job.json' })
  if (!result.ok) throw new Error(result.error)
  return result.posting
}

const DESCRIPTION =
  '<p><strong>About Quillfen</strong></p><p>Quillfen builds billing software for dental clinics.</p>' +
  '<h3>What you will do</h3><ul><li>Build services in Go and PostgreSQL</li><li>Run them on Kubernetes</li></ul>'

describe("one job of an applicant-tracking system's API, saved as JSON", () => {
  it('reads a Greenhouse job: escaped HTML content, location, custom fields', () => {
    const posting = read({
      id: 4412001,
      title: 'Backend Engineer',
      absolute_url: 'https://job-boards.greenhouse.io/quillfen/jobs/4412001',
      location: { name: 'Leeds' },
      metadata: [{ id: 1, name: 'Workplace Type', value: 'Hybrid', value_type: 'single_select' }],
      departments: [{ id: 7, name: 'Platform' }],
      content: DESCRIPTION.replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
    })
    expect(posting.title).toBe('Backend Engineer')
    expect(posting.company).toBe('Quillfen')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Leeds', 'GB']])
    expect(posting.workMode).toBe('hybrid')
    expect(posting.stack.map((s) => s.name)).toEqual(['Go', 'PostgreSQL', 'Kubernetes'])
    expect(posting.source.applyUrl).toBe('https://job-boards.greenhouse.io/quillfen/jobs/4412001')
  })

  it('reads a Lever posting: categories, all its locations, plain description and lists', () => {
    const posting = read({
      id: 'c0ffee00-1111-2222-3333-444455556666',
      text: 'Junior Data Analyst',
      categories: {
        commitment: 'Full-time',
        location: 'Bristol',
        allLocations: ['Bristol', 'Cardiff'],
        team: 'Analytics',
      },
      workplaceType: 'onsite',
      descriptionPlain: 'Quillfen is growing its analytics team.',
      lists: [{ text: 'Requirements', content: '<li>SQL and Python</li><li>Looker</li>' }],
      hostedUrl: 'https://jobs.lever.co/quillfen/c0ffee00',
      applyUrl: 'https://jobs.lever.co/quillfen/c0ffee00/apply',
    })
    expect(posting.title).toBe('Junior Data Analyst')
    expect(posting.locations.map((l) => l.city)).toEqual(['Bristol', 'Cardiff'])
    expect(posting.workMode).toBe('onsite')
    expect(posting.employmentType).toBe('full-time')
    expect(posting.stack.map((s) => s.name)).toEqual(['SQL', 'Python', 'Looker'])
    expect(posting.source.applyUrl).toBe('https://jobs.lever.co/quillfen/c0ffee00/apply')
  })

  it("reads an Ashby job's secondary locations as its places too", () => {
    const posting = read({
      title: 'Platform Engineer',
      jobUrl: 'https://jobs.ashbyhq.com/quillfen/2',
      location: 'Remote - US',
      secondaryLocations: [
        { location: 'Remote - Canada', address: { postalAddress: { addressCountry: 'Canada' } } },
      ],
      isRemote: true,
      workplaceType: 'Remote',
      descriptionHtml: DESCRIPTION,
    })
    expect(posting.workMode).toBe('remote')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([
      [null, 'US'],
      [null, 'CA'],
    ])
  })

  it("reads a job's list of locations, each a city and country", () => {
    const posting = read({
      title: 'Data Engineer',
      careers_url: 'https://quillfen.example.com/o/data-engineer',
      locations: [
        { city: 'Utrecht', country: 'Netherlands' },
        { city: 'Gent', country: 'Belgium' },
      ],
      description: DESCRIPTION,
    })
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([
      ['Utrecht', 'NL'],
      ['Gent', 'BE'],
    ])
  })

  it('reads a job from a JSON:API answer: its attributes, sections and linked resources', () => {
    const posting = read({
      data: {
        id: 'data-engineer-quillfen',
        type: 'job',
        attributes: {
          title: 'Data Engineer',
          description: '<p>Quillfen builds billing software for dental clinics.</p>',
          functions_headline: 'What you will do',
          functions: '<ul><li>Build pipelines in Python and dbt</li></ul>',
          remote: true,
          seniority: { data: { id: '4', type: 'seniority' } },
          company: { data: { id: 'quillfen', type: 'company' } },
        },
      },
      included: [
        { id: 'quillfen', type: 'company', attributes: { name: 'Quillfen', country: 'Chile' } },
        { id: '4', type: 'seniority', attributes: { name: 'Senior' } },
      ],
    })
    expect(posting.title).toBe('Data Engineer')
    expect(posting.company).toBe('Quillfen')
    expect(posting.seniority).toBe('senior')
    expect(posting.workMode).toBe('remote')
    expect(posting.stack.map((s) => s.name)).toEqual(['Python', 'dbt'])
  })

  it('refuses a JSON:API answer whose resources are not jobs', () => {
    const result = parsePosting(
      JSON.stringify({
        data: [
          { id: '1', type: 'article', attributes: { title: 'Hiring in 2026', description: 'x' } },
        ],
      }),
      { file: 'articles.json' },
    )
    expect(result.ok).toBe(false)
  })

  it('reads the first job of a whole board and says how many it holds', () => {
    const job = {
      title: 'Site Reliability Engineer',
      jobUrl: 'https://jobs.ashbyhq.com/quillfen/1',
      location: 'Remote',
      isRemote: true,
      descriptionHtml: DESCRIPTION,
    }
    const result = parsePosting(JSON.stringify({ jobs: [job, { ...job, title: 'Designer' }] }))
    expect(result.ok && result.posting.title).toBe('Site Reliability Engineer')
    expect(result.ok && result.posting.workMode).toBe('remote')
  })

  it('still refuses JSON that holds no job', () => {
    const result = parsePosting(JSON.stringify({ name: 'roleboard', version: '1.0.0' }))
    expect(result.ok).toBe(false)
  })
})
