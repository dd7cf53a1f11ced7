// A generated Posting written out as the raw text file a person would drop into postings/
// (front matter, title, facts, headed sections of bullets), so the build benchmark runs
// the whole path: files -> parser -> ingest -> bundle. For benchmarks only.
import type { Posting, SectionKey } from '../../src/model/posting.ts'

const HEADINGS: Record<SectionKey, string> = {
  summary: 'About the role',
  responsibilities: 'What you will do',
  requirements: 'What we are looking for',
  niceToHave: 'Nice to have',
  benefits: 'Benefits',
  hiringProcess: 'Hiring process',
  about: 'About us',
}

const MODE: Record<NonNullable<Posting['workMode']>, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
}

export function renderPostingText(posting: Posting): string {
  const lines: string[] = ['---']
  if (posting.company) lines.push(`company: ${posting.company}`)
  if (posting.source.capturedAt) lines.push(`capturedAt: ${posting.source.capturedAt}`)
  lines.push('---', posting.title, '')
  const places = posting.locations
    .map((l) => [l.city, l.country].filter(Boolean).join(', '))
    .filter(Boolean)
  if (places.length) lines.push(`Location: ${places.join('; ')}`)
  if (posting.workMode) {
    const days =
      posting.workMode === 'hybrid' && posting.officeDaysPerWeek !== null
        ? ` (${posting.officeDaysPerWeek} days a week in the office)`
        : ''
    lines.push(`Work mode: ${MODE[posting.workMode]}${days}`)
  }
  if (posting.team) lines.push(`Team: ${posting.team}`)
  if (posting.salary?.min)
    lines.push(
      `Salary: ${posting.salary.min} - ${posting.salary.max ?? posting.salary.min} ${posting.salary.currency} per ${posting.salary.period}`,
    )
  if (posting.postedAt) lines.push(`Posted: ${posting.postedAt}`)
  if (posting.stack.length) lines.push(`Tech stack: ${posting.stack.map((s) => s.name).join(', ')}`)
  for (const key of Object.keys(HEADINGS) as SectionKey[]) {
    const bullets = posting.sections[key]
    if (bullets.length === 0) continue
    lines.push('', HEADINGS[key], ...bullets.map((b) => `- ${b}`))
  }
  // Real postings end with how to apply; example.com is reserved for examples.
  lines.push('', `Apply on https://jobs.example.com/${posting.id}`)
  return lines.join('\n') + '\n'
}
