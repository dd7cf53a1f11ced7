import { describe, expect, it } from 'vitest'
import {
  type Scratch,
  body,
  escapeHtml,
  frontMatter,
  withRecordedProject,
} from '../testing/harness.ts'
import {
  BACKEND_HTML,
  BACKEND_HTML_CHANGED,
  DATA_HTML,
  FRONTEND_HTML,
  MOBILE_TEXT,
  SRE_HTML,
} from '../testing/descriptions.ts'
import { json, type RecordedServer } from '../testing/server.ts'

// Recorded responses written for these tests in each feed's documented shape.

let server: RecordedServer
let project: Scratch
withRecordedProject((s, p) => {
  server = s
  project = p
})

const greenhouseJob = (id: number, title: string, location: string, content: string) => ({
  id,
  internal_job_id: id * 10,
  title,
  absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
  location: { name: location },
  offices: [{ id: 1, name: 'HQ', location: 'Somewhere else' }],
  departments: [{ id: 7, name: 'Payments' }],
  updated_at: '2026-11-12T09:30:00-05:00',
  first_published: '2026-11-03T08:00:00Z',
  requisition_id: `REQ-${id}`,
  company_name: 'Acme',
  content: escapeHtml(content),
})

describe('greenhouse', () => {
  const path = '/greenhouse/acme/jobs?content=true'
  const v1 = {
    jobs: [
      greenhouseJob(4001, 'Backend Engineer', 'Berlin, Germany', BACKEND_HTML),
      greenhouseJob(4002, 'Frontend Engineer', 'Amsterdam, Netherlands', FRONTEND_HTML),
      greenhouseJob(4003, 'Data Engineer', 'Remote - Europe', DATA_HTML),
    ],
    meta: { total: 3 },
  }
  const v2 = {
    jobs: [
      greenhouseJob(4001, 'Senior Backend Engineer', 'Berlin, Germany', BACKEND_HTML_CHANGED),
      greenhouseJob(4002, 'Frontend Engineer', 'Amsterdam, Netherlands', FRONTEND_HTML),
      greenhouseJob(4004, 'Site Reliability Engineer', 'Dublin, Ireland', SRE_HTML),
    ],
    meta: { total: 3 },
  }

  it('writes one file per job with the feed’s facts in front matter and the HTML as text', async () => {
    server.set(path, json(v1))
    const [summary] = await project.fetch(server, 'greenhouse acme', '2026-11-20')
    expect(summary).toEqual({
      folder: 'greenhouse-acme',
      new: 3,
      updated: 0,
      unchanged: 0,
      closed: 0,
      failed: 0,
      errors: [],
    })
    const files = await project.tree()
    expect(Object.keys(files)).toEqual([
      'greenhouse-acme/4001.md',
      'greenhouse-acme/4002.md',
      'greenhouse-acme/4003.md',
    ])
    const backend = files['greenhouse-acme/4001.md']!
    expect(frontMatter(backend)).toEqual({
      url: 'https://boards.greenhouse.io/acme/jobs/4001',
      applyUrl: 'https://boards.greenhouse.io/acme/jobs/4001',
      capturedAt: '2026-11-20',
      company: 'Acme',
      sourceId: 'greenhouse:4001',
      title: 'Backend Engineer',
      team: 'Payments',
      locations: 'Berlin, Germany',
      postedAt: '2026-11-03',
    })
    expect(body(backend)).toBe(`We are looking for a **Backend Engineer** to join the payments team.

### What you will do

- Design and run services in Go and PostgreSQL
- Own the ledger's reliability & on-call rota

### Requirements

- 4+ years of experience building backend services
- Experience with Kafka or another message broker

Benefits: 30 days of holiday, a learning budget and a yearly team trip.
`)
  })

  it('on the next run rewrites changed roles, leaves unchanged files untouched and closes removed ones', async () => {
    server.set(path, json(v1))
    await project.fetch(server, 'greenhouse acme', '2026-11-20')
    const before = await project.tree()
    server.set(path, json(v2))
    const [summary] = await project.fetch(server, 'greenhouse acme', '2026-11-27')
    expect(summary).toMatchObject({ new: 1, updated: 1, unchanged: 1, closed: 1, failed: 0 })
    const after = await project.tree()
    expect(Object.keys(after)).toEqual([
      '.closed/greenhouse-acme/4003.md',
      'greenhouse-acme/4001.md',
      'greenhouse-acme/4002.md',
      'greenhouse-acme/4004.md',
    ])
    // Unchanged: byte for byte, capture date included.
    expect(after['greenhouse-acme/4002.md']).toBe(before['greenhouse-acme/4002.md'])
    const changed = after['greenhouse-acme/4001.md']!
    expect(frontMatter(changed)).toMatchObject({
      title: 'Senior Backend Engineer',
      capturedAt: '2026-11-27',
    })
    expect(body(changed)).toContain('- 5+ years of experience building backend services')
    // Closed: the file as it was, with the day it was found gone.
    const closed = after['.closed/greenhouse-acme/4003.md']!
    expect(frontMatter(closed)).toMatchObject({
      title: 'Data Engineer',
      capturedAt: '2026-11-20',
      closedAt: '2026-11-27',
    })
    expect(body(closed)).toBe(body(before['greenhouse-acme/4003.md']!))

    // The role is listed again: it comes back from .closed/, counted as new.
    server.set(path, json({ jobs: [...v2.jobs, v1.jobs[2]] }))
    const [third] = await project.fetch(server, 'greenhouse acme', '2026-12-01')
    expect(third).toMatchObject({ new: 1, updated: 0, unchanged: 3, closed: 0 })
    const reopened = await project.tree()
    expect(Object.keys(reopened)).not.toContain('.closed/greenhouse-acme/4003.md')
    expect(frontMatter(reopened['greenhouse-acme/4003.md']!).closedAt).toBeUndefined()
  })

  it('asks again with If-None-Match and changes nothing on 304', async () => {
    server.set(path, { ...json(v1), etag: '"board-v1"' })
    await project.fetch(server, 'greenhouse acme', '2026-11-20')
    const before = await project.tree()
    const [summary] = await project.fetch(server, 'greenhouse acme', '2026-11-21')
    expect(server.log.map((l) => l.status)).toEqual([200, 304])
    expect(server.log[1]?.headers['if-none-match']).toBe('"board-v1"')
    expect(summary).toMatchObject({ new: 0, updated: 0, unchanged: 3, closed: 0, failed: 0 })
    expect(await project.tree()).toEqual(before)
  })

  it('a failing board closes nothing and is reported; other sources still run', async () => {
    server.set(path, json(v1))
    server.set('/lever/northwind?mode=json&skip=0&limit=2', json([]))
    await project.fetch(server, 'greenhouse acme\nlever northwind', '2026-11-20')
    const before = await project.tree()
    server.set(path, { status: 500, body: '{"error":"internal"}' })
    server.set('/lever/northwind?mode=json&skip=0&limit=2', json([]))
    const summaries = await project.fetch(server, 'greenhouse acme\nlever northwind', '2026-11-21')
    expect(summaries[0]).toEqual({
      folder: 'greenhouse-acme',
      new: 0,
      updated: 0,
      unchanged: 0,
      closed: 0,
      failed: 1,
      errors: [`line 1: GET ${server.base}${path}: 500 Internal Server Error (after 2 attempts)`],
    })
    expect(summaries[1]).toMatchObject({ folder: 'lever-northwind', failed: 0 })
    expect(await project.tree()).toEqual(before)
  })

  it('an answer in the wrong shape fails the source with what was expected', async () => {
    server.set(path, json({ postings: [] }))
    const [summary] = await project.fetch(server, 'greenhouse acme', '2026-11-20')
    expect(summary?.errors).toEqual([
      `line 1: ${server.base}${path}: the answer is not a Greenhouse job board ({ jobs: [...] })`,
    ])
  })
})

const leverPosting = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  text,
  hostedUrl: `https://jobs.lever.co/northwind/${id}`,
  applyUrl: `https://jobs.lever.co/northwind/${id}/apply`,
  createdAt: Date.UTC(2026, 10, 5, 14, 0),
  workplaceType: 'hybrid',
  country: 'GB',
  categories: {
    commitment: 'Full-time',
    department: 'Engineering',
    team: 'Web',
    location: 'London',
    allLocations: ['London', 'Manchester'],
  },
  salaryRange: { min: 70000, max: 85000, currency: 'GBP', interval: 'per-year-salary' },
  description: '<div>Northwind is hiring an engineer for the web team.</div>',
  descriptionPlain: 'Northwind is hiring an engineer for the web team.',
  lists: [
    {
      text: 'What you will do',
      content: '<li>Build the storefront in React</li><li>Pair with designers</li>',
    },
    { text: 'Requirements', content: '<li>Experience with TypeScript</li>' },
  ],
  additional: '<div>We offer 28 days of holiday.</div>',
  ...extra,
})

describe('lever', () => {
  it('follows skip/limit pages and reads work mode, commitment and the salary range', async () => {
    server.set(
      '/lever/northwind?mode=json&skip=0&limit=2',
      json([leverPosting('a1', 'Frontend Engineer'), leverPosting('a2', 'Backend Engineer')]),
    )
    server.set(
      '/lever/northwind?mode=json&skip=2&limit=2',
      json([
        leverPosting('a3', 'QA Engineer', {
          workplaceType: 'remote',
          categories: { commitment: 'Contract', location: 'Remote - UK' },
          salaryRange: null,
        }),
      ]),
    )
    const [summary] = await project.fetch(
      server,
      'lever northwind company="Northwind Traders"',
      '2026-11-20',
    )
    expect(summary).toMatchObject({ new: 3, failed: 0 })
    const files = await project.tree()
    expect(frontMatter(files['lever-northwind/a1.md']!)).toEqual({
      url: 'https://jobs.lever.co/northwind/a1',
      applyUrl: 'https://jobs.lever.co/northwind/a1/apply',
      capturedAt: '2026-11-20',
      company: 'Northwind Traders',
      sourceId: 'lever:a1',
      title: 'Frontend Engineer',
      team: 'Web',
      locations: 'London; Manchester',
      workMode: 'hybrid',
      employmentType: 'full-time',
      salary: '70000-85000 GBP/year',
      postedAt: '2026-11-05',
    })
    expect(body(files['lever-northwind/a1.md']!))
      .toBe(`Northwind is hiring an engineer for the web team.

### What you will do

- Build the storefront in React
- Pair with designers

### Requirements

- Experience with TypeScript

We offer 28 days of holiday.
`)
    expect(frontMatter(files['lever-northwind/a3.md']!)).toMatchObject({
      locations: 'Remote - UK',
      workMode: 'remote',
      employmentType: 'contract',
    })
    expect(frontMatter(files['lever-northwind/a3.md']!).salary).toBeUndefined()
  })
})

describe('ashby', () => {
  it('reads the board, skips unlisted jobs and takes the salary component of compensation', async () => {
    server.set(
      '/ashby/orbit?includeCompensation=true',
      json({
        apiVersion: '1',
        jobs: [
          {
            id: '0b5c1f9e-0000-4000-8000-000000000001',
            title: 'Machine Learning Engineer',
            department: 'Research',
            team: 'Ranking',
            employmentType: 'FullTime',
            location: 'Paris, France',
            secondaryLocations: [{ location: 'Lyon, France', address: {} }],
            isRemote: false,
            workplaceType: 'OnSite',
            publishedAt: '2026-11-09T10:11:12.000+00:00',
            isListed: true,
            jobUrl: 'https://jobs.ashbyhq.com/orbit/0b5c1f9e-0000-4000-8000-000000000001',
            applyUrl:
              'https://jobs.ashbyhq.com/orbit/0b5c1f9e-0000-4000-8000-000000000001/application',
            descriptionHtml: DATA_HTML,
            descriptionPlain: 'plain copy',
            compensation: {
              compensationTierSummary: '€80K – €100K • Offers Equity',
              summaryComponents: [
                {
                  compensationType: 'EquityPercentage',
                  interval: 'NONE',
                  minValue: 0.1,
                  maxValue: 0.2,
                },
                {
                  compensationType: 'Salary',
                  interval: '1 YEAR',
                  currencyCode: 'EUR',
                  minValue: 80000,
                  maxValue: 100000,
                },
              ],
            },
          },
          {
            id: '0b5c1f9e-0000-4000-8000-000000000002',
            title: 'Hidden Role',
            isListed: false,
            jobUrl: 'https://jobs.ashbyhq.com/orbit/0b5c1f9e-0000-4000-8000-000000000002',
            descriptionHtml: '<p>not listed</p>',
          },
          {
            id: '0b5c1f9e-0000-4000-8000-000000000003',
            title: 'Support Engineer',
            employmentType: 'PartTime',
            location: 'Remote',
            isRemote: true,
            isListed: true,
            jobUrl: 'https://jobs.ashbyhq.com/orbit/0b5c1f9e-0000-4000-8000-000000000003',
            descriptionPlain: MOBILE_TEXT,
          },
        ],
      }),
    )
    const [summary] = await project.fetch(server, 'ashby orbit', '2026-11-20')
    expect(summary).toMatchObject({ new: 2, failed: 0 })
    const files = await project.tree()
    expect(frontMatter(files['ashby-orbit/0b5c1f9e-0000-4000-8000-000000000001.md']!)).toEqual({
      url: 'https://jobs.ashbyhq.com/orbit/0b5c1f9e-0000-4000-8000-000000000001',
      applyUrl: 'https://jobs.ashbyhq.com/orbit/0b5c1f9e-0000-4000-8000-000000000001/application',
      capturedAt: '2026-11-20',
      sourceId: 'ashby:0b5c1f9e-0000-4000-8000-000000000001',
      title: 'Machine Learning Engineer',
      team: 'Ranking',
      locations: 'Paris, France; Lyon, France',
      workMode: 'onsite',
      employmentType: 'full-time',
      salary: '80000-100000 EUR/year',
      postedAt: '2026-11-09',
    })
    const support = files['ashby-orbit/0b5c1f9e-0000-4000-8000-000000000003.md']!
    expect(frontMatter(support)).toMatchObject({ workMode: 'remote', employmentType: 'part-time' })
    expect(body(support)).toBe(`${MOBILE_TEXT}\n`)
  })
})

describe('workable', () => {
  it('reads the widget feed with the account name as company, and telecommuting as remote', async () => {
    server.set(
      '/workable/helio?details=true',
      json({
        name: 'Helio Energy',
        description: null,
        jobs: [
          {
            title: 'Embedded Engineer',
            shortcode: 'A1B2C3D4E5',
            code: '',
            employment_type: 'Full-time',
            telecommuting: false,
            department: 'Hardware',
            url: 'https://apply.workable.com/j/A1B2C3D4E5',
            shortlink: 'https://apply.workable.com/j/A1B2C3D4E5',
            application_url: 'https://apply.workable.com/j/A1B2C3D4E5/apply',
            published_on: '2026-11-01',
            created_at: '2026-10-30',
            country: 'Spain',
            city: 'Valencia',
            state: 'Valencian Community',
            locations: [
              {
                country: 'Spain',
                countryCode: 'ES',
                city: 'Valencia',
                region: 'Valencian Community',
                hidden: false,
              },
              { country: 'Spain', countryCode: 'ES', city: 'Secret', region: '', hidden: true },
            ],
            description: SRE_HTML,
          },
          {
            title: 'Support Engineer',
            shortcode: 'F6G7H8',
            employment_type: 'Part-time',
            telecommuting: true,
            url: 'https://apply.workable.com/j/F6G7H8',
            application_url: 'https://apply.workable.com/j/F6G7H8/apply',
            published_on: '2026-11-02',
            country: 'Portugal',
            city: '',
            state: '',
            locations: [],
            description: FRONTEND_HTML,
          },
        ],
      }),
    )
    await project.fetch(server, 'workable helio', '2026-11-20')
    const files = await project.tree()
    expect(frontMatter(files['workable-helio/A1B2C3D4E5.md']!)).toEqual({
      url: 'https://apply.workable.com/j/A1B2C3D4E5',
      applyUrl: 'https://apply.workable.com/j/A1B2C3D4E5/apply',
      capturedAt: '2026-11-20',
      company: 'Helio Energy',
      sourceId: 'workable:A1B2C3D4E5',
      title: 'Embedded Engineer',
      team: 'Hardware',
      locations: 'Valencia, Valencian Community, Spain',
      employmentType: 'full-time',
      postedAt: '2026-11-01',
    })
    expect(frontMatter(files['workable-helio/F6G7H8.md']!)).toMatchObject({
      locations: 'Portugal',
      workMode: 'remote',
      employmentType: 'part-time',
    })
  })
})

const srSummary = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  uuid: `uuid-${id}`,
  refNumber: `REF${id}`,
  company: { identifier: 'Lumen', name: 'Lumen Health' },
  releasedDate: '2026-11-06T07:00:00.000Z',
  location: {
    city: 'Warsaw',
    region: 'Masovian Voivodeship',
    country: 'pl',
    remote: false,
    hybrid: true,
  },
  department: { id: '1', label: 'Engineering' },
  typeOfEmployment: { id: 'permanent', label: 'Full-time' },
  experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
  ref: `https://api.smartrecruiters.com/v1/companies/lumen/postings/${id}`,
  ...extra,
})

const srDetail = (id: string, html: string) => ({
  id,
  postingUrl: `https://jobs.smartrecruiters.com/Lumen/${id}`,
  applyUrl: `https://jobs.smartrecruiters.com/Lumen/${id}?oga=true`,
  jobAd: {
    sections: {
      companyDescription: {
        title: 'Company Description',
        text: '<p>Lumen Health builds clinic software.</p>',
      },
      jobDescription: { title: 'Job Description', text: html },
      qualifications: {
        title: 'Qualifications',
        text: '<ul><li>Experience with Java and Spring</li></ul>',
      },
      additionalInformation: { title: 'Additional Information', text: '' },
    },
  },
})

describe('smartrecruiters', () => {
  it('pages by offset, reads each posting’s details, and keeps a posting whose details failed', async () => {
    const page = (offset: number) => `/smartrecruiters/lumen/postings?limit=2&offset=${offset}`
    const detail = (id: string) => `/smartrecruiters/lumen/postings/${id}`
    server.set(
      page(0),
      json({
        offset: 0,
        limit: 2,
        totalFound: 3,
        content: [srSummary('7001', 'Java Developer'), srSummary('7002', 'QA Engineer')],
      }),
    )
    server.set(
      page(2),
      json({
        offset: 2,
        limit: 2,
        totalFound: 3,
        content: [
          srSummary('7003', 'Platform Engineer', {
            location: { city: 'Krakow', country: 'pl', remote: true },
          }),
        ],
      }),
    )
    server.set(detail('7001'), json(srDetail('7001', BACKEND_HTML)))
    server.set(detail('7002'), json(srDetail('7002', FRONTEND_HTML)))
    server.set(detail('7003'), json(srDetail('7003', SRE_HTML)))
    const [first] = await project.fetch(server, 'smartrecruiters lumen', '2026-11-20')
    expect(first).toMatchObject({ new: 3, failed: 0 })
    const files = await project.tree()
    expect(frontMatter(files['smartrecruiters-lumen/7001.md']!)).toEqual({
      url: 'https://jobs.smartrecruiters.com/Lumen/7001',
      applyUrl: 'https://jobs.smartrecruiters.com/Lumen/7001?oga=true',
      capturedAt: '2026-11-20',
      company: 'Lumen Health',
      sourceId: 'smartrecruiters:7001',
      title: 'Java Developer',
      team: 'Engineering',
      locations: 'Warsaw, Masovian Voivodeship, PL',
      workMode: 'hybrid',
      employmentType: 'full-time',
      postedAt: '2026-11-06',
    })
    expect(body(files['smartrecruiters-lumen/7001.md']!)).toMatch(
      /^## Company Description\n\nLumen Health builds clinic software\.\n\n## Job Description\n/,
    )
    // The details of 7002 fail this time: it is reported, and its file stays as it was.
    server.set(detail('7002'), { status: 503, body: 'unavailable' })
    const [second] = await project.fetch(server, 'smartrecruiters lumen', '2026-11-21')
    expect(second).toMatchObject({ new: 0, updated: 0, unchanged: 2, closed: 0, failed: 1 })
    expect(second?.errors).toEqual([
      `7002: GET ${server.base}${detail('7002')}: 503 Service Unavailable (after 2 attempts)`,
    ])
    expect(await project.tree()).toEqual(files)
  })
})

describe('recruitee', () => {
  it('reads offers with work-mode flags, employment type and the salary object', async () => {
    server.set(
      '/recruitee/polder/api/offers/',
      json({
        offers: [
          {
            id: 3101,
            slug: 'python-developer',
            title: 'Python Developer',
            company_name: 'Polder Logistics',
            department: 'Platform',
            location: 'Rotterdam, Netherlands',
            city: 'Rotterdam',
            country: 'Netherlands',
            country_code: 'NL',
            remote: false,
            hybrid: true,
            on_site: false,
            employment_type_code: 'fulltime_permanent',
            salary: { min: '4500', max: '6000', currency: 'EUR', period: 'month' },
            published_at: '2026-11-04 09:15:00 UTC',
            careers_url: 'https://polder.recruitee.com/o/python-developer',
            careers_apply_url: 'https://polder.recruitee.com/o/python-developer/c/new',
            description: DATA_HTML,
            requirements: '<ul><li>Experience with Django</li></ul>',
          },
        ],
      }),
    )
    await project.fetch(server, 'recruitee polder', '2026-11-20')
    const file = (await project.tree())['recruitee-polder/3101.md']!
    expect(frontMatter(file)).toEqual({
      url: 'https://polder.recruitee.com/o/python-developer',
      applyUrl: 'https://polder.recruitee.com/o/python-developer/c/new',
      capturedAt: '2026-11-20',
      company: 'Polder Logistics',
      sourceId: 'recruitee:3101',
      title: 'Python Developer',
      team: 'Platform',
      locations: 'Rotterdam, Netherlands',
      workMode: 'hybrid',
      employmentType: 'full-time',
      salary: '4500-6000 EUR/month',
      postedAt: '2026-11-04',
    })
    expect(body(file)).toContain('- Experience with Django')
  })
})

describe('personio', () => {
  it('reads the XML feed, its CDATA HTML and the schedule', async () => {
    server.set('/personio/alpin/xml?language=en', {
      type: 'text/xml; charset=utf-8',
      body: `<?xml version="1.0" encoding="UTF-8"?>
<workzag-jobs>
  <position>
    <id>880011</id>
    <subcompany>Alpin Software GmbH</subcompany>
    <office>Munich</office>
    <additionalOffices><office>Vienna</office></additionalOffices>
    <department>Engineering</department>
    <recruitingCategory>Tech</recruitingCategory>
    <name>Backend Engineer (m/f/d)</name>
    <jobDescriptions>
      <jobDescription>
        <name>Your tasks</name>
        <value><![CDATA[<ul><li>Build APIs in Kotlin &amp; Spring</li></ul>]]></value>
      </jobDescription>
      <jobDescription>
        <name>Your profile</name>
        <value><![CDATA[<ul><li>Experience with PostgreSQL</li></ul>]]></value>
      </jobDescription>
    </jobDescriptions>
    <employmentType>permanent</employmentType>
    <seniority>experienced</seniority>
    <schedule>part-time</schedule>
    <yearsOfExperience>3-5</yearsOfExperience>
    <occupation>software_development</occupation>
    <occupationCategory>it_software</occupationCategory>
    <createdAt>2026-10-28T11:00:00+00:00</createdAt>
  </position>
</workzag-jobs>`,
    })
    await project.fetch(server, 'personio alpin', '2026-11-20')
    const file = (await project.tree())['personio-alpin/880011.md']!
    expect(frontMatter(file)).toEqual({
      url: `${server.base}/personio/alpin/job/880011`,
      applyUrl: `${server.base}/personio/alpin/job/880011`,
      capturedAt: '2026-11-20',
      company: 'Alpin Software GmbH',
      sourceId: 'personio:880011',
      title: 'Backend Engineer (m/f/d)',
      team: 'Engineering',
      locations: 'Munich; Vienna',
      employmentType: 'part-time',
      postedAt: '2026-10-28',
    })
    expect(body(file)).toBe(`## Your tasks

- Build APIs in Kotlin & Spring

## Your profile

- Experience with PostgreSQL
`)
  })
})
