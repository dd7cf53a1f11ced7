import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

function read(text: string) {
  const result = parsePosting(text, { file: 'doc.txt' })
  if (!result.ok) throw new Error(result.error)
  return result.posting
}

describe("a document's table copied as text, its cells split by tabs", () => {
  const text = [
    'HARROWGATE INSURANCE',
    'Job description (final)',
    '',
    'Position details',
    'Job title\tPlatform Engineer',
    'Department\tTechnology',
    'Location\tLeeds or Manchester',
    'Work arrangement\tHybrid, 2 days in office',
    'Employment type\tPermanent',
    '',
    'About the role',
    'You will run our Kubernetes clusters on AWS with Terraform.',
  ].join('\n')

  it('reads a row whose first cell is a fact box label as that field', () => {
    const posting = read(text)
    expect(posting.title).toBe('Platform Engineer')
    expect(posting.locations.map((l) => l.city)).toEqual(['Leeds', 'Manchester'])
    expect(posting.workMode).toBe('hybrid')
    expect(posting.officeDaysPerWeek).toBe(2)
  })

  it('leaves a row of other cells as it is', () => {
    const posting = read(`${text}\n\nSchedule\nMonday\t9:00–17:00\n`)
    expect(posting.title).toBe('Platform Engineer')
  })
})
