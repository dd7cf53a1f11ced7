import { describe, expect, it } from 'vitest'
import { frontMatterFacts } from './front-matter-facts.ts'
import { parsePosting } from './index.ts'

describe('frontMatterFacts', () => {
  it('reads places, work mode, employment type, pay and dates', () => {
    const read = frontMatterFacts({
      locations: 'Berlin, Germany; London, United Kingdom',
      workMode: 'hybrid',
      employmentType: 'contract',
      salary: '70000-90000 EUR/year',
      postedAt: '2026-11-02',
      closedAt: '2026-11-30',
    })
    expect(read.warnings).toEqual([])
    // Regions are the gazetteer's business: only city and country are checked here.
    const places = read.facts.locations?.map(({ city, country }) => ({ city, country }))
    expect(places).toEqual([
      { city: 'Berlin', country: 'DE' },
      { city: 'London', country: 'GB' },
    ])
    expect({ ...read.facts, locations: undefined }).toEqual({
      locations: undefined,
      workMode: 'hybrid',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
      postedAt: '2026-11-02',
    })
    expect(read.employmentType).toBe('contract')
    expect(read.closedAt).toBe('2026-11-30')
  })

  it('reads a single figure, an open range and an upper bound', () => {
    expect(frontMatterFacts({ salary: '60 USD/hour' }).facts.salary).toEqual({
      min: 60,
      max: 60,
      currency: 'USD',
      period: 'hour',
    })
    expect(frontMatterFacts({ salary: '50000- GBP/year' }).facts.salary).toEqual({
      min: 50000,
      max: null,
      currency: 'GBP',
      period: 'year',
    })
    expect(frontMatterFacts({ salary: '-4000 PLN/month' }).facts.salary).toEqual({
      min: null,
      max: 4000,
      currency: 'PLN',
      period: 'month',
    })
  })

  it('ignores bad values with a warning naming the key', () => {
    const read = frontMatterFacts({
      salary: 'lots',
      employmentType: 'gig',
      closedAt: 'yesterday',
      locations: 'Remote; Qwzx',
    })
    expect(read.facts).toEqual({})
    expect(read.warnings).toEqual([
      'front matter locations: "Qwzx" is not a place the parser knows',
      'front matter employmentType "gig" is not one of full-time, part-time, contract, internship, temporary: ignored',
      'front matter salary "lots" is not "MIN-MAX CUR/period" (e.g. 90000-120000 EUR/year): ignored',
      'front matter closedAt "yesterday" is not an ISO date: ignored',
    ])
  })
})

describe('a fetched file: structured facts first, the text for the rest', () => {
  const file = `---
url: https://boards.example.com/acme/jobs/41
applyUrl: https://boards.example.com/acme/jobs/41/apply
capturedAt: 2026-11-20
company: Acme Robotics
sourceId: greenhouse:41
title: Platform Engineer
locations: Lisbon, Portugal
workMode: remote
employmentType: part-time
salary: 50000-65000 EUR/year
postedAt: 2026-11-18
closedAt: 2026-11-25
---
Platform Engineer

We are hiring a platform engineer to run our build farm. The office is in Madrid, Spain,
on-site five days a week, and the pay is €20,000 a year.

Requirements
- Experience with Kubernetes and Terraform
- You have operated PostgreSQL in production
`
  it('takes the front matter over what the text says and reads the stack from the text', () => {
    const result = parsePosting(file, { file: 'greenhouse-acme/41.md' })
    if (!result.ok) throw new Error(result.error)
    const p = result.posting
    expect(p.company).toBe('Acme Robotics')
    expect(p.title).toBe('Platform Engineer')
    expect(p.locations.map(({ city, country }) => ({ city, country }))).toEqual([
      { city: 'Lisbon', country: 'PT' },
    ])
    expect(p.workMode).toBe('remote')
    expect(p.employmentType).toBe('part-time')
    expect(p.salary).toEqual({ min: 50000, max: 65000, currency: 'EUR', period: 'year' })
    expect(p.postedAt).toBe('2026-11-18')
    expect(p.source).toEqual({
      file: 'greenhouse-acme/41.md',
      url: 'https://boards.example.com/acme/jobs/41',
      applyUrl: 'https://boards.example.com/acme/jobs/41/apply',
      capturedAt: '2026-11-20',
      closedAt: '2026-11-25',
    })
    expect(p.stack.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Kubernetes', 'Terraform', 'PostgreSQL']),
    )
  })
})
