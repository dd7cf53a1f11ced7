import type { Posting } from '@/model/posting'
import { stripUnsafeCharacters } from './export-text.ts'

const EMPLOYMENT_PERIOD = { year: 'YEAR', month: 'MONTH', day: 'DAY', hour: 'HOUR' } as const

/** A posting as schema.org `JobPosting` JSON-LD, the format job boards publish. */
export function toJobPostingJsonLd(posting: Posting): Record<string, unknown> {
  const s = posting.sections
  const description = [
    ...s.summary,
    ...s.responsibilities,
    ...s.requirements,
    ...s.niceToHave,
    ...s.benefits,
    ...s.hiringProcess,
  ].join('\n')
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: posting.id,
    title: posting.title,
    ...(description ? { description } : {}),
    ...(posting.company
      ? { hiringOrganization: { '@type': 'Organization', name: posting.company } }
      : {}),
    ...(posting.postedAt ? { datePosted: posting.postedAt } : {}),
    ...(posting.source.url ? { url: posting.source.url } : {}),
    ...(posting.workMode === 'remote' ? { jobLocationType: 'TELECOMMUTE' } : {}),
    ...(posting.remoteRegions.length
      ? {
          applicantLocationRequirements: posting.remoteRegions.map((name) => ({
            '@type': 'AdministrativeArea',
            name,
          })),
        }
      : {}),
    ...(posting.locations.length
      ? {
          jobLocation: posting.locations.map((l) => ({
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              ...(l.city ? { addressLocality: l.city } : {}),
              ...(l.region ? { addressRegion: l.region } : {}),
              ...(l.country ? { addressCountry: l.country } : {}),
            },
          })),
        }
      : {}),
    ...(posting.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: posting.salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              ...(posting.salary.min !== null ? { minValue: posting.salary.min } : {}),
              ...(posting.salary.max !== null ? { maxValue: posting.salary.max } : {}),
              unitText: EMPLOYMENT_PERIOD[posting.salary.period],
            },
          },
        }
      : {}),
    ...(posting.stack.length ? { skills: posting.stack.map((item) => item.name).join(', ') } : {}),
    ...(s.requirements.length ? { qualifications: s.requirements.join('\n') } : {}),
    ...(s.responsibilities.length ? { responsibilities: s.responsibilities.join('\n') } : {}),
    ...(s.benefits.length ? { jobBenefits: s.benefits.join('\n') } : {}),
    ...(posting.spokenLanguages.length ? { inLanguage: posting.spokenLanguages.join(', ') } : {}),
  }
}

/**
 * The JSON-LD file's text. Safe to embed the usual way, inside
 * `<script type="application/ld+json">`: `<`, `>` and `&` are written as JSON escapes, so
 * text such as `</script><script>…` in a posting can never close the element (and U+2028/
 * U+2029 are escaped for older JavaScript parsers). It is still the same JSON. Control
 * and bidirectional-override characters are stripped from every field.
 */
export function jsonLdText(posting: Posting): string {
  return JSON.stringify(
    toJobPostingJsonLd(posting),
    (_key, value: unknown) => (typeof value === 'string' ? stripUnsafeCharacters(value) : value),
    2,
  ).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

export function jsonLdFileName(posting: Posting): string {
  return `${posting.id}.jsonld`
}

/**
 * JSON-LD for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written
 * as \u escapes (the same JSON to a reader), so "</script>" or "<!--" in posting text can
 * never end the element or start markup.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
