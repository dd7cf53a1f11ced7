import { summarizeHiringProcess, type HiringSummary } from '@/lib/hiring-process'
import {
  employmentTypeLabel,
  locationsLabel,
  officeDaysLabel,
  postedAgeLabel,
  remoteFromLabel,
  salaryLabel,
  SECTION_LABELS,
  seniorityLabel,
  STACK_CATEGORY_LABELS,
  statedLabel,
  workModeLabel,
} from '@/lib/posting-format'
import { STACK_CATEGORIES, type Posting } from '@/model/posting'

/**
 * The compare view as data: one row per field, one cell per role, in the order of the
 * roles given. Pure, so what counts as "the same" is tested without a browser.
 */

/** How many of the compared roles list a technology. */
export type StackShare = 'all' | 'some' | 'one'

export type StackCellItem = { name: string; note?: string; share: StackShare }

export type CompareCell =
  | { kind: 'text'; text: string | null }
  | { kind: 'list'; items: string[] }
  | { kind: 'stack'; items: StackCellItem[] }
  | { kind: 'hiring'; summary: HiringSummary }
  | { kind: 'warning'; text: string; present: boolean }

export type RowGroup = 'role' | 'stack' | 'sections' | 'warnings'

export type CompareRow = {
  key: string
  label: string
  group: RowGroup
  cells: CompareCell[]
  /** Every role says the same thing (or none says anything): hidden by "Only differences". */
  allSame: boolean
  /** No role states this field at all: "Not stated for any", never "the same". */
  unstated: boolean
  /** Long text (a section) the view shows folded to its first lines until asked. */
  long: boolean
}

/** How many bullets of a section a folded cell shows. */
export const FOLDED_ITEMS = 3
/** A bullet longer than this is clamped to its first lines while folded. */
const LONG_ITEM_CHARS = 180

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()

const sameText = (values: (string | null)[]) =>
  new Set(values.map((value) => (value === null ? '\u0000' : normalize(value)))).size <= 1

const sameList = (lists: string[][]) =>
  new Set(lists.map((list) => JSON.stringify(list.map(normalize)))).size <= 1

function textRow(
  key: string,
  label: string,
  postings: Posting[],
  pick: (posting: Posting) => string | null,
): CompareRow {
  const values = postings.map(pick)
  return {
    key,
    label,
    group: 'role',
    cells: values.map((text) => ({ kind: 'text', text })),
    allSame: sameText(values),
    unstated: values.every((value) => value === null),
    long: false,
  }
}

function listRow(
  key: string,
  label: string,
  group: RowGroup,
  postings: Posting[],
  pick: (posting: Posting) => string[],
): CompareRow {
  const lists = postings.map(pick)
  return {
    key,
    label,
    group,
    cells: lists.map((items) => ({ kind: 'list', items })),
    allSame: sameList(lists),
    unstated: lists.every((items) => items.length === 0),
    long:
      group === 'sections' &&
      lists.some(
        (items) =>
          items.length > FOLDED_ITEMS || items.some((item) => item.length > LONG_ITEM_CHARS),
      ),
  }
}

const SHARE_ORDER: Record<StackShare, number> = { all: 0, some: 1, one: 2 }

function stackRows(postings: Posting[]): CompareRow[] {
  // How many roles name each technology, whatever category each role files it under.
  const holders = new Map<string, number>()
  for (const posting of postings) {
    for (const name of new Set(posting.stack.map((item) => normalize(item.name))))
      holders.set(name, (holders.get(name) ?? 0) + 1)
  }
  const shareOf = (name: string): StackShare => {
    const count = holders.get(normalize(name)) ?? 0
    if (count === postings.length) return 'all'
    return count > 1 ? 'some' : 'one'
  }

  const rows: CompareRow[] = []
  for (const category of STACK_CATEGORIES) {
    const perRole = postings.map((posting) => {
      const seen = new Set<string>()
      return posting.stack.filter((item) => {
        const key = normalize(item.name)
        if (item.category !== category || seen.has(key)) return false
        seen.add(key)
        return true
      })
    })
    if (perRole.every((items) => items.length === 0)) continue
    const nameSets = perRole.map((items) =>
      items
        .map((item) => normalize(item.name))
        .sort()
        .join('\n'),
    )
    rows.push({
      key: `stack:${category}`,
      label: `Stack: ${STACK_CATEGORY_LABELS[category]}`,
      group: 'stack',
      cells: perRole.map((items) => ({
        kind: 'stack',
        items: items
          .map((item) => ({
            name: item.name,
            ...(item.note ? { note: item.note } : {}),
            share: shareOf(item.name),
          }))
          .sort((a, b) => SHARE_ORDER[a.share] - SHARE_ORDER[b.share]),
      })),
      allSame: new Set(nameSets).size <= 1,
      unstated: false,
      long: false,
    })
  }
  return rows
}

function hiringRow(postings: Posting[]): CompareRow {
  const summaries = postings.map((posting) =>
    summarizeHiringProcess(posting.sections.hiringProcess),
  )
  return {
    key: 'hiringProcess',
    label: SECTION_LABELS.hiringProcess,
    group: 'sections',
    cells: summaries.map((summary) => ({ kind: 'hiring', summary })),
    allSame: sameList(postings.map((posting) => posting.sections.hiringProcess)),
    unstated: summaries.every((summary) => summary.steps.length === 0),
    long: summaries.some((summary) => summary.steps.length > FOLDED_ITEMS),
  }
}

function warningRows(postings: Posting[]): CompareRow[] {
  const distinct: string[] = []
  for (const posting of postings)
    for (const warning of posting.warnings)
      if (!distinct.some((known) => normalize(known) === normalize(warning))) distinct.push(warning)
  return distinct.map((warning, index) => {
    const present = postings.map((posting) =>
      posting.warnings.some((own) => normalize(own) === normalize(warning)),
    )
    return {
      key: `warning:${index}`,
      label: distinct.length > 1 ? `Parser warning ${index + 1}` : 'Parser warning',
      group: 'warnings',
      cells: present.map((isPresent) => ({ kind: 'warning', text: warning, present: isPresent })),
      allSame: present.every(Boolean),
      unstated: false,
      long: false,
    }
  })
}

/** Where a remote hire may live; the same when the resolved countries are (regions aside). */
function remoteFromRow(postings: Posting[]): CompareRow {
  const row = textRow('remoteFrom', 'Remote from', postings, (p) =>
    remoteFromLabel(p.remoteCountries, p.remoteRegions),
  )
  const keys = postings.map(({ remoteCountries: countries, remoteRegions: regions }) =>
    countries === 'anywhere'
      ? countries
      : countries && countries.length > 0
        ? [...countries].sort().join()
        : regions.map(normalize).join('\n'),
  )
  return { ...row, allSame: new Set(keys).size <= 1 }
}

export function buildCompareRows(postings: Posting[], now: Date): CompareRow[] {
  return [
    textRow('company', 'Company', postings, (p) => p.company),
    textRow('title', 'Title', postings, (p) => p.title),
    textRow('team', 'Team', postings, (p) => p.team),
    textRow('seniority', 'Seniority', postings, (p) => seniorityLabel(p.seniority)),
    textRow('location', 'Location', postings, (p) => locationsLabel(p.locations)),
    textRow('workMode', 'Work mode', postings, (p) => workModeLabel(p.workMode)),
    textRow('officeDays', 'Office days', postings, (p) => officeDaysLabel(p.officeDaysPerWeek)),
    listRow('workPolicy', 'Policy details', 'role', postings, (p) => p.workPolicy),
    listRow('spokenLanguages', 'Spoken languages', 'role', postings, (p) => p.spokenLanguages),
    textRow('employmentType', 'Employment type', postings, (p) =>
      employmentTypeLabel(p.employmentType),
    ),
    textRow('salary', 'Pay', postings, (p) => salaryLabel(p.salary)),
    remoteFromRow(postings),
    textRow('visa', 'Visa sponsorship', postings, (p) => statedLabel(p.visaSponsorship)),
    textRow('relocation', 'Relocation', postings, (p) => statedLabel(p.relocation)),
    textRow('posted', 'Posted', postings, (p) => postedAgeLabel(p.postedAt, now)),
    ...stackRows(postings),
    listRow(
      'responsibilities',
      SECTION_LABELS.responsibilities,
      'sections',
      postings,
      (p) => p.sections.responsibilities,
    ),
    listRow(
      'requirements',
      SECTION_LABELS.requirements,
      'sections',
      postings,
      (p) => p.sections.requirements,
    ),
    listRow('benefits', SECTION_LABELS.benefits, 'sections', postings, (p) => p.sections.benefits),
    hiringRow(postings),
    ...warningRows(postings),
  ]
}

/** What "Only differences" leaves: rows where roles disagree (never one no role states). */
export const differingRows = (rows: CompareRow[]) =>
  rows.filter((row) => !row.allSame && !row.unstated)
