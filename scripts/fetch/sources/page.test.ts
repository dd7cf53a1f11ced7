import { describe, expect, it } from 'vitest'
import { type Scratch, body, frontMatter, withRecordedProject } from '../testing/harness.ts'
import { BACKEND_HTML, DATA_HTML } from '../testing/descriptions.ts'
import type { RecordedServer } from '../testing/server.ts'

// Posting pages and robots.txt files written for these tests.

let server: RecordedServer
let project: Scratch
withRecordedProject(
  (s, p) => {
    server = s
    project = p
  },
  {
    '/robots.txt': { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' },
  },
)

const html = (head: string, main: string) => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html><head><title>Careers</title>${head}</head><body><nav>Home · Jobs · Blog</nav><main>${main}</main><footer>© Fjord</footer></body></html>`,
})

const jobPosting = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Staff Backend Engineer',
  description: BACKEND_HTML,
  datePosted: '2026-11-14',
  validThrough: '2027-01-31',
  employmentType: ['FULL_TIME'],
  hiringOrganization: { '@type': 'Organization', name: 'Fjord Payments' },
  jobLocation: {
    '@type': 'Place',
    address: { '@type': 'PostalAddress', addressLocality: 'Oslo', addressCountry: 'NO' },
  },
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'NOK',
    value: { '@type': 'QuantitativeValue', minValue: 900000, maxValue: 1100000, unitText: 'YEAR' },
  },
}

describe('page', () => {
  it('reads the JobPosting JSON-LD of a page (robots.txt permitting)', async () => {
    server.set(
      '/jobs/staff-backend',
      html(
        `<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, jobPosting] })}</script>`,
        '<h1>Staff Backend Engineer</h1>',
      ),
    )
    const [summary] = await project.fetch(
      server,
      `page ${server.base}/jobs/staff-backend as=fjord`,
      '2026-11-20',
    )
    expect(summary).toMatchObject({ new: 1, failed: 0 })
    expect(server.log.map((l) => l.path)).toEqual(['/robots.txt', '/jobs/staff-backend'])
    const [file] = Object.values(await project.tree())
    expect(frontMatter(file!)).toEqual({
      url: `${server.base}/jobs/staff-backend`,
      applyUrl: `${server.base}/jobs/staff-backend`,
      capturedAt: '2026-11-20',
      company: 'Fjord Payments',
      sourceId: `page:${server.base}/jobs/staff-backend`,
      title: 'Staff Backend Engineer',
      locations: 'Oslo, NO',
      employmentType: 'full-time',
      salary: '900000-1100000 NOK/year',
      postedAt: '2026-11-14',
    })
    expect(body(file!)).toContain("- Own the ledger's reliability & on-call rota")
  })

  it('keeps the page’s text when it has no JSON-LD, and closes the role when the page is gone', async () => {
    server.set('/jobs/data', html('', DATA_HTML))
    const source = `page ${server.base}/jobs/data as=data-page`
    await project.fetch(server, source, '2026-11-20')
    const [file] = Object.values(await project.tree())
    expect(body(file!)).toBe(`## About the role

The data platform team needs a Data Engineer to run our pipelines.

## You will

- Maintain Airflow jobs and the Snowflake warehouse
- Write Python and SQL every day

## You have

- Experience with Python, SQL and dbt
- Care for data quality and documentation
`)
    server.set('/jobs/data', { status: 404, type: 'text/html', body: 'Not found' })
    const [gone] = await project.fetch(server, source, '2026-11-24')
    expect(gone).toMatchObject({ closed: 1, failed: 0 })
    const [closed] = Object.entries(await project.tree())
    expect(closed?.[0]).toMatch(/^\.closed\/data-page\//)
    expect(frontMatter(closed![1]).closedAt).toBe('2026-11-24')
  })

  it('does not read a page robots.txt disallows, and treats an expired posting as closed', async () => {
    server.set('/private/job', html('', DATA_HTML))
    server.set(
      '/jobs/old',
      html(
        `<script type="application/ld+json">${JSON.stringify({ ...jobPosting, validThrough: '2026-10-01' })}</script>`,
        '',
      ),
    )
    const summaries = await project.fetch(
      server,
      `page ${server.base}/private/job\npage ${server.base}/jobs/old`,
      '2026-11-20',
    )
    expect(summaries[0]?.errors).toEqual([
      `line 1: robots.txt of 127.0.0.1:${new URL(server.base).port} does not allow reading ${server.base}/private/job`,
    ])
    expect(summaries[1]).toMatchObject({ new: 0, failed: 0 })
    expect(server.log.map((l) => l.path)).not.toContain('/private/job')
  })

  it('fails a page that never answers after the bounded retries, and leaves its file alone', async () => {
    server.set('/jobs/slow', html('', DATA_HTML))
    const source = `page ${server.base}/jobs/slow as=slow`
    await project.fetch(server, source, '2026-11-20')
    const before = await project.tree()
    server.set('/jobs/slow', { hang: true })
    const [summary] = await project.fetch(server, source, '2026-11-21', { timeoutMs: 400 })
    expect(summary?.errors).toEqual([
      `line 1: GET ${server.base}/jobs/slow: no answer within 400 ms (after 2 attempts)`,
    ])
    expect(await project.tree()).toEqual(before)
  })
})
