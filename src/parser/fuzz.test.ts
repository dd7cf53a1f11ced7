import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePosting } from '../model/posting.ts'
import { parsePosting, type ParseResult } from './index.ts'

/** Control characters (but tab and line breaks), bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/ // eslint-disable-line no-control-regex -- finding control characters is the point

function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) strings(item, into)
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) strings(item, into)
  return into
}

/**
 * Whatever the input: a record that validates or a refusal that says why, never an internal
 * error, and no field (nor the error) carries a control, bidi or terminal-escape character.
 */
function expectSafe(result: ParseResult): void {
  if (result.ok) {
    const checked = validatePosting(result.posting)
    expect(checked.ok ? [] : checked.issues).toEqual([])
  } else {
    expect(result.error).toMatch(/^not a job posting: .{10}/)
  }
  for (const text of strings(result)) expect(text).not.toMatch(UNSAFE)
}

const JOB_WORDS = [
  'Senior Backend Engineer',
  'Requirements',
  'Responsibilities',
  'We are hiring a',
  'Remote (EU)',
  'Berlin, Germany',
  'Python, Go and PostgreSQL',
  '€70,000 – €85,000',
  '3 days a week in the office',
]
const text = fc.oneof(fc.constantFrom(...JOB_WORDS), fc.string({ maxLength: 40 }))
const hostileChars = fc.constantFrom(
  '\u0000',
  '\u001b[31m',
  '\u001b]0;x\u0007',
  '\u202e',
  '\u2066',
  '\u0085',
  '\u009b',
  '\ud800',
  '\uffff',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\\',
)
const tagName = fc.constantFrom(
  'p',
  'div',
  'li',
  'ul',
  'h2',
  'b',
  'strong',
  'br',
  'td',
  'script',
  'style',
  'head',
  'nav',
  'svg',
  'template',
  'a',
  'span',
  'x-y',
)
const attribute = fc
  .tuple(
    fc.constantFrom('class', 'type', 'href', 'data-x'),
    fc.constantFrom('"', "'", ''),
    fc.oneof(fc.constantFrom('application/ld+json', 'x>y', '<p>'), fc.string({ maxLength: 10 })),
    fc.boolean(),
  )
  .map(([name, quote, value, closed]) => ` ${name}=${quote}${value}${closed ? quote : ''}`)
const entity = fc.oneof(
  fc.constantFrom(
    '&amp;',
    '&nbsp;',
    '&constructor;',
    '&__proto__;',
    '&toString;',
    '&hasOwnProperty;',
    '&#0;',
    '&#27;',
    '&#x202E;',
    '&#150;',
    '&#x110000;',
    '&',
  ),
  fc.integer({ min: 0, max: 0x10ffff }).map((code) => `&#${code};`),
)
const htmlToken = fc.oneof(
  text,
  entity,
  hostileChars,
  fc
    .tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', '/>', ''))
    .map(([name, attrs, end]) => `<${name}${attrs.join('')}${end}`),
  tagName.map((name) => `</${name}>`),
  fc.constantFrom(
    '<!--',
    '-->',
    '<!doctype html>',
    '<!',
    '<?xml',
    '<',
    '</',
    '<script type="application/ld+json">',
    '</script>',
  ),
)
/** Saved pages: a real-looking start, then any mix of tags, text, entities and stray markup. */
const html = fc
  .array(htmlToken, { maxLength: 120 })
  .map((tokens) => `<!doctype html><html><body>${tokens.join('')}`)

/** schema.org JobPostings whose fields hold anything JSON can: deep, wrong-typed, huge. */
const jsonValue = fc.jsonValue({ maxDepth: 6 })
const fieldValue = fc.oneof(text, jsonValue, fc.array(text, { maxLength: 5 }))
const jobPosting = fc
  .record(
    {
      '@context': fc.constant('https://schema.org'),
      '@type': fc.oneof(fc.constant('JobPosting'), fc.constant(['JobPosting', 'Thing']), jsonValue),
      title: fieldValue,
      description: fc.oneof(fieldValue, html),
      hiringOrganization: fieldValue,
      jobLocation: fieldValue,
      jobLocationType: fc.oneof(fc.constant('TELECOMMUTE'), fieldValue),
      applicantLocationRequirements: fieldValue,
      baseSalary: fieldValue,
      datePosted: fieldValue,
      skills: fieldValue,
    },
    { requiredKeys: ['@type'] },
  )
  .chain((job) =>
    fc.constantFrom(
      job,
      [job],
      { '@graph': [{ '@type': 'Organization' }, job] },
      { '@graph': { '@graph': job } },
    ),
  )
  .map((data) => JSON.stringify(data))
const jsonLdInPage = jobPosting.map(
  (json) => `<html><head><script type="application/ld+json">${json}</script></head><body><p>x</p>`,
)

// Bounded runs of bounded inputs: the suite ends in seconds; linear time is checked elsewhere.
describe('fuzz: the parser never throws and never lets unsafe characters through', () => {
  it('on any string of code units, controls and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (input) =>
        expectSafe(parsePosting(input)),
      ),
      { numRuns: 400 },
    )
  }, 60_000)

  it('on lines that look like a posting, mixed with hostile characters', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, hostileChars), { maxLength: 80 }), (parts) =>
        expectSafe(parsePosting(parts.join('\n'))),
      ),
      { numRuns: 400 },
    )
  }, 60_000)

  it('on HTML: unclosed tags and comments, attribute soup, any entity', () => {
    fc.assert(
      fc.property(html, (input) => expectSafe(parsePosting(input))),
      { numRuns: 400 },
    )
  }, 60_000)

  it('on JSON-LD files and pages holding JSON-LD, with any value in any field', () => {
    fc.assert(
      fc.property(fc.oneof(jobPosting, jsonLdInPage), (input) => expectSafe(parsePosting(input))),
      { numRuns: 400 },
    )
  }, 60_000)
})
