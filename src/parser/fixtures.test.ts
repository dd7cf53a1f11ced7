import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Posting } from '../model/posting.ts'
import { parsePostings } from './index.ts'

// Small postings written for these tests, one behaviour each (`__fixtures__/facts/`), and
// beside each the facts a person decides by reading it: only the fields that fixture is
// about, written by hand and checked with a partial match. A case the parser gets wrong is
// kept with `gap` (it runs as `it.fails`, naming what is missing) until the parser learns it.
const dir = path.join(import.meta.dirname, '__fixtures__', 'facts')

type Facts = Record<string, unknown>
type Case = {
  file: string
  /** The one posting the file holds, or every posting when it names several roles. */
  facts: Facts | Facts[]
  /** What the parser does not read yet: the case must fail until it does. */
  gap?: string
}

const NO_APPLY_LINK: unknown = expect.not.objectContaining({
  applyUrl: expect.anything() as unknown,
})
const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'

/** The record as the facts are written: country lists in alphabetical order. */
function view(posting: Posting) {
  const countries = posting.remoteCountries
  return {
    ...posting,
    remoteCountries: Array.isArray(countries) ? [...countries].sort() : countries,
  }
}

function run(cases: Case[]) {
  for (const { file, facts, gap } of cases) {
    const test = gap ? it.fails : it
    test(gap ? `${file} (gap: ${gap})` : file, () => {
      const result = parsePostings(readFileSync(path.join(dir, file), 'utf8'), { file })
      if (!result.ok) throw new Error(result.error)
      expect(result.postings.map(view)).toMatchObject(Array.isArray(facts) ? facts : [facts])
    })
  }
}

describe('company', () => {
  run([
    // No company named: the apply link's host or applicant-tracking slug names the employer,
    // spelled as the text spells it; a job board's own page names the board, not the employer.
    { file: 'company-from-apply-link.txt', facts: { company: 'Brindlepay' } },
    { file: 'company-from-apply-link-spelled.txt', facts: { company: 'MapleQuill' } },
    { file: 'company-from-apply-link-board-page.md', facts: { company: null } },
    { file: 'company-from-apply-link-shortener.txt', facts: { company: null } },
    // "Backed by X, Y acquires …": the subject after an opening clause on funding.
    { file: 'company-after-backed-by-clause.txt', facts: { company: 'Hollowmere' } },
    { file: 'company-de-legal-form-in-prose.txt', facts: { company: 'Amselfeld Systeme' } },
    // A name holding "We" in the company's place of a pipe line ("What We Grow | …").
    {
      file: 'company-pipe-line-we-in-name.txt',
      facts: { company: 'What We Grow', title: 'Senior iOS Engineer' },
    },
    // "About X" over a paragraph whose subject is X: the name stands even when it is also a
    // common word or a town's name.
    { file: 'company-about-heading-common-word.md', facts: { company: 'Every' } },
    { file: 'company-about-heading-town-name.md', facts: { company: 'Kendal' } },
    // The paragraph under "About X" names X whole, up to its legal form.
    { file: 'company-about-heading-whole-name.md', facts: { company: 'Sardinha Pagamentos' } },
    // A technology's name is the company when the sentence says it is a company.
    { file: 'company-tech-name-is-a-company.txt', facts: { company: 'Netlify' } },
    { file: 'company-join-the-x-team.txt', facts: { company: 'Ferrowby' } },
    // A name that starts in lower case before a capital ("q-Lattice"), in bold, before " , we".
    { file: 'company-at-lowercase-name.md', facts: { company: 'q-Lattice' } },
    // The job board's company line under the title: a name with digits, one ending in a
    // heading word, one a small town shares, one holding a role word.
    { file: 'company-header-slot-digits.md', facts: { company: 'Vantage360' } },
    {
      file: 'company-header-slot-heading-word.md',
      facts: { company: 'Halvard Technologies', locations: [{ city: null, country: 'US' }] },
    },
    // A contract word in a name ("Permanent", "Temporal") is the name's when an
    // organisation's word ends it.
    { file: 'company-header-slot-contract-word.md', facts: { company: 'Permanent Systems' } },
    { file: 'company-header-slot-town-name.md', facts: { company: 'Tracy' } },
    {
      file: 'company-header-slot-role-word.md',
      facts: { company: 'Northfield Housing Support', title: 'Program Officer, Grants' },
    },
    { file: 'company-fr-chez.txt', facts: { company: 'Pivoine Studio' } },
    { file: 'company-es-en-x-buscamos.txt', facts: { company: 'Cardo Soluciones' } },
    { file: 'company-pl-poszukuje.txt', facts: { company: 'Żuraw Systemy' } },
    { file: 'company-header-line.txt', facts: { company: 'Fernhill Labs' } },
    { file: 'company-at-x-under-place.txt', facts: { company: 'Marrowby' } },
    {
      file: 'company-possessive.md',
      facts: { company: 'Tidewell' },
    },
    {
      file: 'company-subject-in-prose.txt',
      facts: { company: 'Cinderford Maps' },
    },
    { file: 'company-not-a-heading.txt', facts: { company: 'Orchardly' } },
    // The subject of the opening sentence with a verb of what companies do, in any language.
    { file: 'company-de-subject.txt', facts: { company: 'Lindenhof Robotik' } },
    { file: 'company-pt-subject-article.txt', facts: { company: 'Cepa Digital' } },
    // German capitalises every noun: "Die Plattform verbindet" names no company.
    { file: 'company-de-noun-not-subject.txt', facts: { company: null } },
    {
      file: 'company-role-at.txt',
      facts: {
        company: 'Driftwood Labs',
        title: 'Founding Engineer',
        roleFamily: 'software',
        locations: [{ city: 'Halifax', country: 'CA' }],
      },
    },
    {
      file: 'company-pipe-line.txt',
      facts: { company: 'Quaybridge', title: 'Senior Frontend Engineer' },
    },
    // A heading word in a company's name ("Benefits Bridge") neither ends the header nor
    // hides the name; the same word alone still opens its section.
    {
      file: 'company-heading-word.txt',
      facts: {
        company: 'Benefits Bridge',
        locations: [{ city: 'Austin', country: 'US' }],
        sections: { benefits: ['Health, dental and vision cover.'] },
      },
    },
    {
      file: 'company-heading-word-fr.txt',
      facts: {
        company: 'Avantages Conseil',
        locations: [{ city: 'Paris', country: 'FR' }],
        sections: { benefits: ['Tickets restaurant et mutuelle.'] },
      },
    },
    {
      file: 'company-heading-word-inside.txt',
      facts: {
        company: 'The Skills Company',
        locations: [{ city: 'Manchester', country: 'GB' }],
        sections: { requirements: ['Several years of Rails.'] },
      },
    },
    // A place after a spaced dash is not part of the company's name (or the title's).
    {
      file: 'company-dash-city-de.txt',
      facts: { company: 'Kranich Cloud', locations: [{ city: 'Munich', country: 'DE' }] },
    },
    {
      file: 'company-dash-city-fr.txt',
      facts: { company: 'Pivoine Studio', locations: [{ city: 'Bordeaux', country: 'FR' }] },
    },
    {
      file: 'company-dash-city-es.txt',
      facts: { company: 'Cardo Soluciones', locations: [{ city: 'Sevilla', country: 'ES' }] },
    },
    {
      file: 'company-role-at-dash-city.txt',
      facts: {
        company: 'Quillon Freight',
        title: 'Software Engineer',
        locations: [{ city: 'Rotterdam', country: 'NL' }],
      },
    },
    {
      file: 'title-dash-city.txt',
      facts: {
        company: 'Tidewell',
        title: 'Backend Engineer',
        locations: [{ city: 'Berlin', country: 'DE' }],
      },
    },
    {
      file: 'title-dash-not-a-place.txt',
      facts: {
        title: 'Software Engineer – Mobile',
        locations: [{ city: 'London', country: 'GB' }],
      },
    },
  ])
})

describe('title and roles', () => {
  run([
    {
      file: 'title-gender-tag.txt',
      facts: { title: 'Machine Learning Engineer', roleFamily: 'ml' },
    },
    {
      file: 'team-after-dash.txt',
      facts: { title: 'Senior Backend Engineer - Payments', team: 'Payments' },
    },
    {
      file: 'roles-several-in-line.txt',
      facts: [
        {
          company: 'Brackenridge',
          title: 'Backend Engineer',
          locations: [{ city: 'Oslo', country: 'NO' }],
          workMode: 'onsite',
        },
        {
          company: 'Brackenridge',
          title: 'Site Reliability Engineer',
          locations: [{ city: 'Oslo', country: 'NO' }],
          workMode: 'onsite',
        },
      ],
    },
    {
      file: 'roles-list-with-links.md',
      facts: [
        {
          company: 'Saltcellar',
          title: 'Senior Backend Engineer',
          source: { applyUrl: 'https://jobs.saltcellar.example/backend' },
        },
        {
          company: 'Saltcellar',
          title: 'Product Designer',
          roleFamily: 'design',
          source: { applyUrl: 'https://jobs.saltcellar.example/designer' },
        },
      ],
    },
    // Roles listed one a line with their details after a pipe or a colon; the summary
    // line's "VISA SPONSORSHIP" and "RELOCATION SUPPORT" are policy, not roles.
    {
      file: 'roles-list-pipe-details.txt',
      facts: [
        { company: 'Corvid Analytics', title: 'Senior Data Engineer', seniority: 'senior' },
        { company: 'Corvid Analytics', title: 'Product Designer', roleFamily: 'design' },
      ],
    },
    {
      file: 'roles-list-colon-details.txt',
      facts: [
        { company: 'Brackwater', title: 'Senior Rust Engineer', workMode: 'onsite' },
        { company: 'Brackwater', title: 'Bioinformatics Developer', workMode: 'onsite' },
      ],
    },
    // A list's markers ("[1]", "A.") are no part of the title.
    {
      file: 'roles-list-markers.txt',
      facts: [
        { company: 'Peltwright', title: 'Staff Compiler Engineer', seniority: 'staff' },
        { company: 'Peltwright', title: 'Formal Methods Intern', seniority: 'intern' },
        { company: 'Peltwright', title: 'Developer Advocate' },
      ],
    },
    // Duties written "Heading: text" are no list of roles, though one ends in a role noun.
    {
      file: 'roles-duties-not-roles.md',
      facts: [{ company: 'Ostrander Payments', title: 'Platform Reliability Engineer' }],
    },
    {
      file: 'roles-named-in-sentence.txt',
      facts: { title: 'Embedded Software Engineer', roleFamily: 'software' },
    },
    // A word that only ends in a role noun ("Yocto" in "cto") is not a role of its own.
    {
      file: 'roles-glued-word-not-a-role.txt',
      facts: [{ company: 'Kestrel Devices', title: 'Embedded Linux Engineer, Yocto' }],
    },
    // A role noun written as one word with its qualifier is listed as a role noun itself.
    {
      file: 'roles-glued-role-word.txt',
      facts: [
        { company: 'Harrowgate Hosting', title: 'Platform Engineer' },
        { company: 'Harrowgate Hosting', title: 'Sysadmin' },
      ],
    },
  ])
})

describe("a job board's fact box (labels in eight languages, Workday's label over its value)", () => {
  run([
    {
      file: 'fields-de-labels.txt',
      facts: {
        company: 'Lindgraf Medientechnik',
        title: 'IT-Systemadministrator',
        locations: [{ city: 'Regensburg', country: 'DE' }],
        workMode: 'hybrid',
      },
    },
    {
      file: 'fields-es-labels.txt',
      facts: {
        company: 'Girasol Redes',
        locations: [{ city: 'Sevilla', country: 'ES' }],
        workMode: 'remote',
      },
    },
    {
      file: 'fields-fr-answer.txt',
      facts: {
        company: 'Marmotte Conseil',
        locations: [{ city: 'Grenoble', country: 'FR' }],
        workMode: 'hybrid',
      },
    },
    {
      file: 'fields-label-over-value.txt',
      facts: {
        company: 'Prairie Fiber',
        title: 'Senior Network Engineer',
        locations: [{ city: 'Omaha', country: 'US' }],
      },
    },
    {
      file: 'company-at-under-title.txt',
      facts: { company: 'Quillmoor', title: 'Product Designer' },
    },
    {
      file: 'de-contract-words-in-header.txt',
      facts: {
        company: 'Kesselring Prüftechnik',
        title: 'Elektroniker für Prüfstände',
        locations: [{ city: 'Kassel', country: 'DE' }],
      },
    },
    {
      file: 'fr-remote-total-header.txt',
      facts: {
        company: 'Hérisson Data',
        locations: [{ city: 'Bordeaux', country: 'FR' }],
        workMode: 'remote',
      },
    },
    {
      file: 'places-postal-code-first.txt',
      facts: { company: 'Edelweiss Kommunikation', locations: [{ city: 'Vienna', country: 'AT' }] },
    },
    {
      file: 'places-local-name-under-company.txt',
      facts: { company: 'Pettirosso Servizi', locations: [{ city: 'Genoa', country: 'IT' }] },
    },
    {
      file: 'places-french-department.txt',
      facts: { company: 'Libellule Services', locations: [{ city: 'Rennes', country: 'FR' }] },
    },
    {
      file: 'title-contract-role.txt',
      facts: { company: 'Heronfield Consulting', title: 'Data Migration Lead', workMode: 'remote' },
    },
  ])
})

describe('places', () => {
  run([
    {
      file: 'places-pl-voivodeship.txt',
      facts: { locations: [{ city: 'Katowice', country: 'PL' }] },
    },
    {
      file: 'places-nl-province.txt',
      facts: { locations: [{ city: 'Leiden', country: 'NL' }] },
    },
    {
      file: 'places-dash-parts.txt',
      facts: { company: 'Ipê Seguros', locations: [{ city: 'Curitiba', country: 'BR' }] },
    },
    {
      file: 'places-country-dash-city.txt',
      facts: { locations: [{ city: 'Eindhoven', country: 'NL' }] },
    },
    {
      file: 'places-city-region-country.txt',
      facts: { locations: [{ city: 'Boulder', region: 'Colorado', country: 'US' }] },
    },
    {
      file: 'places-state-code.txt',
      facts: { locations: [{ city: 'Cambridge', region: 'Massachusetts', country: 'US' }] },
    },
    {
      file: 'places-city-slash-city.txt',
      facts: {
        locations: [
          { city: 'Lyon', country: 'FR' },
          { city: 'Marseille', country: 'FR' },
        ],
      },
    },
    {
      file: 'places-city-district.txt',
      facts: { locations: [{ city: 'Berlin', country: 'DE' }] },
    },
    {
      file: 'places-local-name.txt',
      facts: { locations: [{ city: 'Venice', region: 'Veneto', country: 'IT' }] },
    },
    {
      file: 'places-two-letter-title-word.txt',
      facts: { locations: [{ city: 'Toronto', country: 'CA' }] },
    },
    // "On-site (SF, NY)": a US state's code in a list of towns is the town named after it.
    {
      file: 'places-hn-state-codes-list.txt',
      facts: {
        locations: [
          { city: 'San Francisco', country: 'US' },
          { city: 'New York City', country: 'US' },
        ],
      },
    },
    // Towns in brackets after the company's name are the role's places, not part of the name.
    {
      file: 'places-company-bracketed-town.txt',
      facts: {
        company: 'Tallow Bay Analytics',
        locations: [
          { city: 'Lisbon', country: 'PT' },
          { city: 'Porto', country: 'PT' },
        ],
      },
    },
    // A header part that is only a bracket of towns is the place field.
    {
      file: 'places-bracketed-part.txt',
      facts: {
        locations: [
          { city: 'Austin', country: 'US' },
          { city: 'Denver', country: 'US' },
          { city: 'Toronto', country: 'CA' },
        ],
      },
    },
    // "GTM" (go-to-market) and "PT/ET" hours are no countries. The post hires in three areas
    // ("engineering, design / and go-to-market", the sentence read whole across its line break).
    {
      file: 'places-area-code-not-country.txt',
      facts: [
        { title: 'Engineering', locations: [{ city: 'Berlin', country: 'DE' }] },
        { title: 'Design', locations: [{ city: 'Berlin', country: 'DE' }] },
        { title: 'Go-to-market', locations: [{ city: 'Berlin', country: 'DE' }] },
      ],
    },
    // "(near Rotterdam)" says where the town is, not another place of the role.
    {
      file: 'places-near-town-in-brackets.txt',
      facts: { locations: [{ city: 'Delft', country: 'NL' }] },
    },
  ])
})

describe('remote regions', () => {
  run([
    {
      file: 'remote-eu.txt',
      facts: { workMode: 'remote', remoteRegions: ['EU'], remoteCountries: EU.split(' ') },
    },
    {
      file: 'remote-uk-or-ireland.txt',
      facts: { workMode: 'remote', remoteCountries: ['GB', 'IE'] },
    },
    { file: 'remote-us-only.md', facts: { workMode: 'remote', remoteCountries: ['US'] } },
    {
      file: 'remote-latam.txt',
      facts: {
        workMode: 'remote',
        remoteCountries: expect.arrayContaining(['AR', 'BR', 'CL', 'CO', 'MX', 'PE', 'UY']),
      },
    },
    {
      file: 'remote-timezone-window.txt',
      facts: {
        workMode: 'remote',
        remoteCountries: expect.arrayContaining(['DE', 'GB', 'GR', 'NG', 'PT']),
      },
    },
    { file: 'remote-anywhere.txt', facts: { workMode: 'remote', remoteCountries: 'anywhere' } },
    {
      file: 'remote-linkedin-tag.txt',
      facts: { workMode: 'remote' },
    },
  ])
})

describe('places named in prose', () => {
  // The role's place said in a sentence, in the languages beyond English.
  run([
    { file: 'places-es-prose.txt', facts: { locations: [{ city: 'Zaragoza', country: 'ES' }] } },
    { file: 'places-pt-prose.txt', facts: { locations: [{ city: 'Braga', country: 'PT' }] } },
    { file: 'places-it-prose.txt', facts: { locations: [{ city: 'Verona', country: 'IT' }] } },
    {
      file: 'places-fr-prose.txt',
      facts: { locations: [{ city: 'Montpellier', country: 'FR' }] },
    },
    { file: 'places-de-prose.txt', facts: { locations: [{ city: 'Freiburg', country: 'DE' }] } },
    {
      file: 'company-de-subject.txt',
      facts: { locations: [{ city: 'Dresden', country: 'DE' }] },
    },
    {
      file: 'places-nl-prose.txt',
      facts: { locations: [{ city: 'Eindhoven', country: 'NL' }] },
    },
    // Polish puts the town in the case the sentence needs: "we Wrocławiu" is Wrocław.
    {
      file: 'places-pl-locative.txt',
      facts: { locations: [{ city: 'Wrocław', region: 'Lower Silesian', country: 'PL' }] },
    },
    {
      file: 'places-pl-locative-adjective.txt',
      facts: { locations: [{ city: 'Zielona Góra', country: 'PL' }] },
    },
    // "Praca w IT" is no place; "w centrum Gdańska" is Gdańsk in the genitive.
    {
      file: 'places-pl-genitive.txt',
      facts: { locations: [{ city: 'Gdańsk', country: 'PL' }] },
    },
  ])
})

describe('a place beside work-mode and contract words in a header', () => {
  run([
    // "Bay Area" is a name: its "Area" is no noise word there.
    {
      file: 'places-bay-area.txt',
      facts: { locations: [{ city: 'San Francisco', country: 'US' }] },
    },
    // Brackets after nothing but a work mode name the place.
    {
      file: 'places-mode-then-bracket.txt',
      facts: { workMode: 'hybrid', locations: [{ city: 'New York City', country: 'US' }] },
    },
    // A state's code after the town without a comma; "Full-Time" whole is no part of the town.
    {
      file: 'places-state-code-no-comma.txt',
      facts: { locations: [{ city: 'Austin', region: 'Texas', country: 'US' }] },
    },
    {
      file: 'places-in-person.txt',
      facts: { locations: [{ city: 'San Francisco', country: 'US' }] },
    },
  ])
})

describe('a town named alone, settled by the rest of the posting', () => {
  run([
    // Valencia and Córdoba have larger namesakes in Venezuela and Argentina: pay in euros,
    // a Spanish text and a Spanish region named elsewhere point to Spain.
    {
      file: 'places-namesake-currency.txt',
      facts: { locations: [{ city: 'Valencia', country: 'ES' }] },
    },
    {
      file: 'places-namesake-region-named.txt',
      facts: { locations: [{ city: 'Córdoba', region: 'Andalusia', country: 'ES' }] },
    },
    // Cambridge, England and Cambridge, Massachusetts are of a size: pay in dollars settles it.
    {
      file: 'places-namesake-dollar.txt',
      facts: { locations: [{ city: 'Cambridge', country: 'US' }] },
    },
    // Pay in Canadian dollars is paid in Canada, where the other London is.
    {
      file: 'places-namesake-own-currency.txt',
      facts: { locations: [{ city: 'London', region: 'Ontario', country: 'CA' }] },
    },
    // A small namesake (Paris, Texas) needs evidence about the place, not a US company's dollars.
    {
      file: 'places-namesake-large-stays.txt',
      facts: {
        locations: expect.arrayContaining([
          { city: 'Paris', region: 'Île-de-France', country: 'FR' },
        ]),
      },
    },
    {
      file: 'places-washington-dc.txt',
      facts: { locations: [{ city: 'Washington, D.C.', country: 'US' }] },
    },
    {
      file: 'places-washington-dc-comma.txt',
      facts: { locations: [{ city: 'Washington, D.C.', country: 'US' }] },
    },
    // A header in lower case names a large town; a list of towns is read town by town.
    {
      file: 'places-lowercase-header-town.txt',
      facts: { locations: [{ city: 'Copenhagen', country: 'DK' }] },
    },
    {
      file: 'places-list-of-cities.txt',
      facts: {
        locations: [
          { city: 'Chicago', country: 'US' },
          { city: 'Lisbon', country: 'PT' },
        ],
      },
    },
    {
      file: 'places-capitals-list.txt',
      facts: {
        locations: [
          { city: 'Berlin', country: 'DE' },
          { city: 'Munich', country: 'DE' },
        ],
      },
    },
    // A district the data lists as a town, after or before its city, is the city's.
    {
      file: 'places-city-district-known.txt',
      facts: { locations: [{ city: 'Warsaw', country: 'PL' }] },
    },
    {
      file: 'places-district-before-city.txt',
      facts: { locations: [{ city: 'Warsaw', country: 'PL' }] },
    },
    // "Newcastle" is how people write Newcastle upon Tyne; the pound settles the namesake.
    {
      file: 'places-short-name-namesake.txt',
      facts: { locations: [{ city: 'Newcastle upon Tyne', country: 'GB' }] },
    },
    // Without pay or a country named, the employer's own ".co.uk" address settles the namesake.
    {
      file: 'places-namesake-domain.txt',
      facts: { locations: [{ city: 'Newcastle upon Tyne', country: 'GB' }] },
    },
    // "EST" is a time zone there, not Estonia's code.
    { file: 'places-timezone-not-country.txt', facts: { workMode: 'remote', locations: [] } },
    // Where the company sits is the role's place when the role is worked there, not when remote.
    {
      file: 'places-company-seat-onsite.txt',
      facts: { locations: [{ city: 'Leeds', country: 'GB' }] },
    },
    { file: 'places-company-seat-remote.txt', facts: { workMode: 'remote', locations: [] } },
    // Brackets after an office mode name its place, "Town, Region" or a small town alone.
    {
      file: 'places-mode-bracket-town-region.txt',
      facts: {
        workMode: 'onsite',
        locations: [{ city: 'Boulder', region: 'Colorado', country: 'US' }],
      },
    },
    {
      file: 'places-mode-bracket-small-town.txt',
      facts: { workMode: 'onsite', locations: [{ city: 'Ithaca', country: 'US' }] },
    },
    {
      file: 'places-mode-dash-mode-bracket.txt',
      facts: { locations: [{ city: 'Leeds', country: 'GB' }] },
    },
    // A country's code after a town without a comma, or after its state's code.
    {
      file: 'places-city-country-code-no-comma.txt',
      facts: { workMode: 'onsite', locations: [{ city: 'Oxford', country: 'GB' }] },
    },
    {
      file: 'places-state-then-country-code.txt',
      facts: { locations: [{ city: 'Tempe', region: 'Arizona', country: 'US' }] },
    },
    // Two towns of one name in one country: the state named settles it.
    {
      file: 'places-namesake-same-country.txt',
      facts: { locations: [{ city: 'Portland', region: 'Maine', country: 'US' }] },
    },
    // "New York" alone or with its state's code is the city, named as every other record names it.
    {
      file: 'places-new-york-alone.txt',
      facts: { locations: [{ city: 'New York City', region: 'New York', country: 'US' }] },
    },
    {
      file: 'places-new-york-state-code.txt',
      facts: { locations: [{ city: 'New York City', region: 'New York', country: 'US' }] },
    },
    // "X is hiring ... in Town, Province": the hiring line names the role's place.
    {
      file: 'places-hiring-line-in-prose.txt',
      facts: { locations: [{ city: 'Halifax', region: 'Nova Scotia', country: 'CA' }] },
    },
    // "per il nostro ufficio di Bologna": another Italian way to name the office's town.
    {
      file: 'places-it-per-il-nostro-ufficio.txt',
      facts: { language: 'it', locations: [{ city: 'Bologna', country: 'IT' }] },
    },
    // Cities' common short names in a list, each read.
    {
      file: 'places-city-abbreviations-list.txt',
      facts: {
        locations: [
          { city: 'San Francisco', country: 'US' },
          { city: 'Austin', country: 'US' },
          { city: 'London', country: 'GB' },
        ],
      },
    },
  ])
})

describe('work mode and office days', () => {
  run([
    { file: 'workmode-onsite.txt', facts: { workMode: 'onsite' } },
    // On-site said in prose: a bracketed tag, "we're in-person", "located onsite in".
    { file: 'workmode-onsite-bracket-in-prose.txt', facts: { workMode: 'onsite' } },
    { file: 'workmode-onsite-we-are-in-person.txt', facts: { workMode: 'onsite' } },
    {
      file: 'workmode-onsite-located-onsite.txt',
      facts: { workMode: 'onsite', locations: [{ city: 'Leeds', country: 'GB' }] },
    },
    {
      file: 'workmode-fully-remote.txt',
      facts: { workMode: 'remote', remoteRegions: [], remoteCountries: null },
    },
    {
      file: 'workmode-hybrid-days.txt',
      facts: { company: 'Fernhill Labs', workMode: 'hybrid', officeDaysPerWeek: 2 },
    },
    {
      file: 'workmode-remote-days.txt',
      facts: { workMode: 'hybrid', officeDaysPerWeek: 2 },
    },
    { file: 'workmode-percentage.txt', facts: { workMode: 'hybrid' } },
    {
      file: 'workmode-office-weekdays.txt',
      facts: { workMode: 'hybrid', officeDaysPerWeek: 2 },
    },
    // Remote for part of the time is hybrid, whatever else the header line says.
    {
      file: 'workmode-part-remote-header.txt',
      facts: { workMode: 'hybrid', officeDaysPerWeek: null },
    },
    { file: 'workmode-partially-remote.txt', facts: { workMode: 'hybrid' } },
    { file: 'de-partly-remote.txt', facts: { workMode: 'hybrid' } },
    { file: 'es-partly-remote.txt', facts: { workMode: 'hybrid' } },
    // "ONSITE" with fewer than five office days a week is hybrid.
    {
      file: 'workmode-onsite-days-in-header.txt',
      facts: { workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
    // Remote days a week with words between the remote word and its count, in a fact box.
    {
      file: 'fr-remote-days-possible.txt',
      facts: { language: 'fr', workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
    {
      file: 'fr-remote-days-fact-box.txt',
      facts: { workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
    {
      file: 'de-remote-days-possible.txt',
      facts: { language: 'de', workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
    {
      file: 'pt-remote-days-possible.txt',
      facts: { language: 'pt', workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
    {
      file: 'it-remote-days-possible.txt',
      facts: { language: 'it', workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
    {
      file: 'nl-remote-days-possible.txt',
      facts: { language: 'nl', workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
    // "Praca zdalna" is remote work, but two days of it a week is hybrid.
    {
      file: 'pl-remote-days-possible.txt',
      facts: { language: 'pl', workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
  ])
})

describe('seniority and family', () => {
  run([
    { file: 'level-title-staff.txt', facts: { seniority: 'staff', roleFamily: 'data' } },
    { file: 'level-in-text.txt', facts: { seniority: 'senior', roleFamily: 'backend' } },
    { file: 'level-semi-senior.txt', facts: { seniority: 'mid' } },
    {
      file: 'level-board-label.txt',
      facts: { seniority: 'junior' },
    },
    {
      file: 'family-qa.txt',
      facts: { roleFamily: 'qa' },
    },
    { file: 'family-software-generalist.txt', facts: { roleFamily: 'software', seniority: null } },
    { file: 'family-security.txt', facts: { roleFamily: 'security' } },
    { file: 'family-product.txt', facts: { roleFamily: 'product' } },
    { file: 'family-product.txt', facts: { team: 'Growth' } },
    // After a comma, a region where the hire may live is not a team.
    { file: 'team-comma-region.txt', facts: { company: 'Marlpit Energy', team: null } },
  ])
})

describe('stack', () => {
  run([
    {
      file: 'stack-requirements.txt',
      facts: {
        stack: [{ name: 'Go' }, { name: 'Kubernetes' }, { name: 'PostgreSQL' }, { name: 'Kafka' }],
      },
    },
    {
      file: 'stack-nice-to-have.txt',
      facts: {
        stack: [{ name: 'AWS' }, { name: 'Ansible' }, { name: 'Terraform', note: 'nice to have' }],
      },
    },
  ])
})

describe('salary', () => {
  run([
    {
      file: 'salary-range-gbp.txt',
      facts: { salary: { min: 65000, max: 80000, currency: 'GBP', period: 'year' } },
    },
    {
      file: 'salary-not-company-figures.txt',
      facts: { salary: { min: 140000, max: 175000, currency: 'USD', period: 'year' } },
    },
    { file: 'salary-none-stated.txt', facts: { salary: null } },
    {
      file: 'salary-up-to.txt',
      facts: { salary: { min: null, max: 55000, currency: 'GBP', period: 'year' } },
    },
    {
      file: 'salary-monthly-text.txt',
      facts: { salary: { min: 20000, max: 26000, currency: 'PLN', period: 'month' } },
    },
    {
      file: 'salary-hourly.txt',
      facts: {
        salary: { min: 85, max: 100, currency: 'USD', period: 'hour' },
        employmentType: 'contract',
      },
    },
    {
      file: 'salary-daily.txt',
      facts: { salary: { min: 650, max: 650, currency: 'EUR', period: 'day' } },
    },
  ])
})

describe('employment type', () => {
  run([
    { file: 'employment-part-time.txt', facts: { employmentType: 'part-time' } },
    {
      file: 'employment-internship.txt',
      facts: { employmentType: 'internship', seniority: 'intern' },
    },
    {
      file: 'employment-contract-prose.txt',
      facts: { employmentType: 'contract' },
    },
  ])
})

describe('visa, relocation and spoken languages', () => {
  run([
    { file: 'visa-yes.txt', facts: { visaSponsorship: true, relocation: null } },
    { file: 'visa-no.txt', facts: { visaSponsorship: false } },
    { file: 'relocation-yes.txt', facts: { relocation: true, visaSponsorship: null } },
    { file: 'relocation-no.txt', facts: { relocation: false } },
    { file: 'spoken-languages.txt', facts: { spokenLanguages: ['English', 'Spanish'] } },
  ])
})

describe('links', () => {
  run([
    {
      file: 'links-apply-line.txt',
      facts: { source: { applyUrl: 'https://jobs.fernhill.example/apply/backend-engineer' } },
    },
    {
      file: 'links-linked-title.md',
      facts: {
        title: 'Data Engineer',
        source: { url: 'https://careers.kittiwake.example/jobs/data-engineer' },
      },
    },
    {
      file: 'links-html-apply.html',
      facts: { source: { applyUrl: 'https://jobs.pelicanpost.example/apply/backend' } },
    },
    {
      file: 'links-markdown-apply.md',
      facts: { source: { applyUrl: 'https://jobs.lapwing.example/mobile-engineer' } },
    },
    // An e-mail address is no apply link, nor is a link that is not http(s).
    { file: 'links-email-only.txt', facts: { source: NO_APPLY_LINK } },
    { file: 'links-html-unsafe.html', facts: { source: NO_APPLY_LINK } },
  ])

  it('links-html-unsafe.html keeps no javascript: link anywhere in the record', () => {
    const raw = readFileSync(path.join(dir, 'links-html-unsafe.html'), 'utf8')
    const result = parsePostings(raw)
    if (!result.ok) throw new Error(result.error)
    expect(result.postings[0]?.source).toEqual({})
    expect(JSON.stringify(result.postings)).not.toContain('javascript:')
  })
})

describe('dates', () => {
  run([
    {
      file: 'dates-relative.txt',
      facts: { postedAt: '2026-11-15', source: { capturedAt: '2026-11-20' } },
    },
    { file: 'dates-weeks-ago.txt', facts: { postedAt: '2026-11-06' } },
  ])
})

describe('input kinds', () => {
  run([
    {
      file: 'jsonld-remote.json',
      facts: {
        company: 'Gorse Energy',
        title: 'Senior Backend Engineer',
        seniority: 'senior',
        workMode: 'remote',
        remoteCountries: ['ES', 'PT'],
        employmentType: 'full-time',
        salary: { min: 60000, max: 75000, currency: 'EUR', period: 'year' },
        postedAt: '2026-10-14',
      },
    },
    {
      file: 'html-jsonld-place.html',
      facts: {
        company: 'Burdock Farms',
        title: 'Data Analyst',
        locations: [{ city: 'Utrecht', country: 'NL' }],
        postedAt: '2026-11-03',
      },
    },
    {
      file: 'html-sections.html',
      facts: {
        company: 'Sundew Clinics',
        title: 'Frontend Engineer',
        locations: [{ city: 'Porto', country: 'PT' }],
        sections: {
          responsibilities: ['Build our booking pages.', 'Improve accessibility across the site.'],
          requirements: ['Experience with React.'],
          benefits: ['Free dental care.'],
        },
      },
    },
    {
      file: 'markdown-sections.md',
      facts: {
        company: 'Gingerbread Games',
        title: 'iOS Engineer',
        roleFamily: 'mobile',
        locations: [{ city: 'Malmö', country: 'SE' }],
        sections: {
          responsibilities: ['Build new puzzles and levels.'],
          requirements: ['Experience shipping iOS apps.'],
          benefits: ['Six weeks of holiday.'],
        },
      },
    },
  ])
})

describe('every fixture file has its facts', () => {
  it('no file in __fixtures__/facts is left without a case', () => {
    const source = readFileSync(path.join(import.meta.dirname, 'fixtures.test.ts'), 'utf8')
    const missing = readdirSync(dir).filter((name) => !source.includes(`'${name}'`))
    expect(missing).toEqual([])
  })
})

// Per language: the title line (role noun, gender tag, level word), the work-mode and
// office-day phrase, and the pay format.
describe('languages', () => {
  run([
    {
      file: 'en-role.txt',
      facts: {
        language: 'en',
        title: 'Junior Backend Developer',
        seniority: 'junior',
        roleFamily: 'backend',
      },
    },
    {
      file: 'de-role.txt',
      facts: {
        language: 'de',
        title: 'Senior Backend-Entwickler',
        seniority: 'senior',
        roleFamily: 'backend',
      },
    },
    {
      file: 'de-header.txt',
      facts: {
        company: 'Brückner Werkzeuge',
        locations: [{ city: 'Stuttgart', country: 'DE' }],
      },
    },
    {
      file: 'de-remote.txt',
      facts: { language: 'de', workMode: 'remote', remoteCountries: ['DE'] },
    },
    { file: 'de-work.txt', facts: { language: 'de', workMode: 'hybrid', officeDaysPerWeek: 2 } },
    {
      file: 'de-pay.txt',
      facts: {
        language: 'de',
        title: 'Dateningenieur',
        roleFamily: 'data',
        salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
      },
    },
    {
      file: 'fr-role.txt',
      facts: {
        language: 'fr',
        title: 'Développeur Frontend Junior',
        seniority: 'junior',
        roleFamily: 'frontend',
      },
    },
    { file: 'fr-remote.txt', facts: { language: 'fr', workMode: 'remote' } },
    { file: 'fr-work.txt', facts: { language: 'fr', workMode: 'hybrid', officeDaysPerWeek: 2 } },
    {
      file: 'fr-pay.txt',
      facts: {
        language: 'fr',
        salary: { min: 48000, max: 58000, currency: 'EUR', period: 'year' },
      },
    },
    {
      file: 'es-role.txt',
      facts: {
        language: 'es',
        title: 'Desarrollador Backend Senior',
        seniority: 'senior',
        roleFamily: 'backend',
      },
    },
    {
      file: 'es-remote.txt',
      facts: { language: 'es', workMode: 'remote', remoteCountries: ['ES'] },
    },
    { file: 'es-work.txt', facts: { language: 'es', workMode: 'hybrid', officeDaysPerWeek: 3 } },
    {
      file: 'es-pay.txt',
      facts: {
        language: 'es',
        title: 'Analista de Datos',
        roleFamily: 'data',
        salary: { min: 40000, max: 50000, currency: 'EUR', period: 'year' },
      },
    },
    {
      file: 'pt-role.txt',
      facts: {
        language: 'pt',
        title: 'Engenheiro de Dados Sênior',
        seniority: 'senior',
        roleFamily: 'data',
      },
    },
    {
      file: 'pt-remote.txt',
      facts: { language: 'pt', workMode: 'remote', remoteCountries: ['BR'] },
    },
    {
      file: 'pt-work.txt',
      facts: {
        language: 'pt',
        workMode: 'hybrid',
        officeDaysPerWeek: 2,
        locations: [{ city: 'Lisbon', country: 'PT' }],
      },
    },
    {
      file: 'pt-pay.txt',
      facts: {
        language: 'pt',
        roleFamily: 'mobile',
        salary: { min: 12000, max: 15000, currency: 'BRL', period: 'month' },
      },
    },
    {
      file: 'it-role.txt',
      facts: {
        language: 'it',
        title: 'Sviluppatore Frontend Senior',
        seniority: 'senior',
        roleFamily: 'frontend',
      },
    },
    {
      file: 'it-header.txt',
      facts: { company: 'Lagunare', locations: [{ city: 'Turin', country: 'IT' }] },
    },
    { file: 'it-remote.txt', facts: { language: 'it', workMode: 'remote' } },
    { file: 'it-work.txt', facts: { language: 'it', workMode: 'hybrid', officeDaysPerWeek: 3 } },
    {
      file: 'it-pay.txt',
      facts: {
        language: 'it',
        salary: { min: 38000, max: 45000, currency: 'EUR', period: 'year' },
      },
    },
    {
      file: 'nl-role.txt',
      facts: {
        language: 'nl',
        title: 'Senior Backend Ontwikkelaar',
        seniority: 'senior',
        roleFamily: 'backend',
      },
    },
    { file: 'nl-remote.txt', facts: { language: 'nl', workMode: 'remote' } },
    { file: 'nl-work.txt', facts: { language: 'nl', workMode: 'hybrid', officeDaysPerWeek: 3 } },
    {
      file: 'nl-pay.txt',
      facts: {
        language: 'nl',
        roleFamily: 'data',
        salary: { min: 3800, max: 5000, currency: 'EUR', period: 'month' },
      },
    },
    {
      file: 'pl-role.txt',
      facts: {
        language: 'pl',
        title: 'Młodszy Programista Frontend',
        seniority: 'junior',
        roleFamily: 'frontend',
      },
    },
    { file: 'pl-remote.txt', facts: { language: 'pl', workMode: 'remote' } },
    { file: 'pl-work.txt', facts: { language: 'pl', workMode: 'hybrid', officeDaysPerWeek: 3 } },
    // A short posting with few function words: told by its role noun, level and pay words
    { file: 'es-short-language.txt', facts: { language: 'es' } },
    { file: 'pt-short-language.txt', facts: { language: 'pt' } },
    { file: 'it-short-language.txt', facts: { language: 'it' } },
    // Work mode in prose, each language's own phrases (on site, office days, remote, hybrid)
    { file: 'pl-onsite.txt', facts: { language: 'pl', workMode: 'onsite' } },
    {
      file: 'pl-office-days-our-office.txt',
      facts: { language: 'pl', workMode: 'hybrid', officeDaysPerWeek: 2 },
    },
    { file: 'pl-remote-offered.txt', facts: { language: 'pl', workMode: 'remote' } },
    { file: 'pl-hybrid-declined.txt', facts: { language: 'pl', workMode: 'hybrid' } },
    { file: 'de-onsite.txt', facts: { language: 'de', workMode: 'onsite' } },
    {
      file: 'de-office-days-spaced.txt',
      facts: { language: 'de', workMode: 'hybrid', officeDaysPerWeek: 3 },
    },
    { file: 'de-remote-all-home-office.txt', facts: { language: 'de', workMode: 'remote' } },
    { file: 'fr-onsite.txt', facts: { language: 'fr', workMode: 'onsite' } },
    { file: 'fr-remote-full.txt', facts: { language: 'fr', workMode: 'remote' } },
    { file: 'es-onsite.txt', facts: { language: 'es', workMode: 'onsite' } },
    { file: 'pt-onsite.txt', facts: { language: 'pt', workMode: 'onsite' } },
    { file: 'it-onsite.txt', facts: { language: 'it', workMode: 'onsite' } },
    { file: 'nl-onsite.txt', facts: { language: 'nl', workMode: 'onsite' } },
    {
      file: 'remote-later-is-not-remote.txt',
      facts: { workMode: 'hybrid', officeDaysPerWeek: 2 },
    },
    {
      file: 'pl-pay.txt',
      facts: {
        language: 'pl',
        roleFamily: 'data',
        salary: { min: 14000, max: 19000, currency: 'PLN', period: 'month' },
      },
    },
  ])
})
