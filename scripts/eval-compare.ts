// How the eval compares a record with a person's label, field by field: the same value
// written another way (accents, case, a legal form, a city's other name) is the same value.
import { stripGenderTags } from '../src/parser/gender.ts'
import { citiesNamed } from '../src/parser/gazetteer.ts'
import { withoutLegalForm } from '../src/parser/legal-form.ts'
import { techByName } from '../src/parser/taxonomy.ts'
import type { Posting } from '../src/model/posting.ts'

export type Label = {
  file: string
  company: string | null
  title: string
  seniority: string | null
  locations: { city: string | null; region: string | null; country: string | null }[]
  workMode: string | null
  officeDaysPerWeek: number | null
  stack: string[]
}

export const FIELDS = [
  'company',
  'title',
  'seniority',
  'countries',
  'cities',
  'workMode',
  'officeDaysPerWeek',
] as const
export type Field = (typeof FIELDS)[number]

/** Same text for comparison: no accents, case, punctuation or ®. */
function norm(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[®™]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()
}

/**
 * A company's name without the legal form it may end with ("Rheinblick AG", "Gabbiano
 * S.r.l.", "Wierzba Sp. z o.o.", "Acme GmbH & Co. KG", "Lumo Oy"): a reader names the company
 * either way. The forms are the parser's own list (`src/parser/words/legal-forms.ts`), so the
 * eval and the parser never disagree on what a legal form is.
 */
function companyNorm(text: string | null | undefined): string {
  return norm(withoutLegalForm((text ?? '').replace(/[®™]/g, '')))
}

/**
 * A city under the gazetteer's one name for it, so a label that writes the city as a German
 * text does ("München", "Wien") and a record that names it as the board does ("Munich",
 * "Vienna") are the same place. A name the gazetteer does not hold in that country is
 * compared as written.
 */
function cityName(location: { city: string | null; country: string | null }): string | null {
  if (!location.city) return null
  const known = citiesNamed(location.city).find((entry) => entry.country === location.country)
  return known?.city ?? location.city
}

function setOf(values: (string | null)[]): string {
  return [...new Set(values.filter((v): v is string => Boolean(v)).map(norm))].sort().join(' | ')
}

/** A label's technology under the taxonomy's canonical name ("Google Cloud" is GCP). */
export function canonical(name: string): string {
  return norm(techByName(name)?.name ?? name)
}

export function fieldValues(field: Field, p: Posting | null, l: Label): [string, string] {
  switch (field) {
    case 'company':
      return [companyNorm(p?.company), companyNorm(l.company)]
    case 'title':
      // A gender tag ("(m/w/d)", "(f/m/x)") is no part of the role's name: the parser strips it.
      return [norm(stripGenderTags(p?.title ?? '')), norm(stripGenderTags(l.title))]
    case 'seniority':
      return [String(p?.seniority ?? null), String(l.seniority)]
    case 'countries':
      return [
        setOf(p?.locations.map((x) => x.country) ?? []),
        setOf(l.locations.map((x) => x.country)),
      ]
    case 'cities':
      return [setOf(p?.locations.map(cityName) ?? []), setOf(l.locations.map(cityName))]
    case 'workMode':
      return [String(p?.workMode ?? null), String(l.workMode)]
    case 'officeDaysPerWeek':
      return [String(p?.officeDaysPerWeek ?? null), String(l.officeDaysPerWeek)]
  }
}
