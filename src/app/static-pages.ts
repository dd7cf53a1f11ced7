// Markup written into the HTML files at build time, before any JavaScript runs: the board's
// shell in index.html and each posting's own page. React replaces it when it mounts.
// Relative imports only: the Vite config loads this file through Node.
import { jsonLdScriptText, toJobPostingJsonLd } from '../lib/json-ld.ts'
import {
  closedLabel,
  locationsLabel,
  officeDaysLabel,
  salaryLabel,
  SECTION_LABELS,
  seniorityLabel,
  workModeLabel,
} from '../lib/posting-format.ts'
import { SECTION_KEYS, type Posting } from '../model/posting.ts'

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const header = `<header class="border-b border-line bg-surface"><div class="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6"><a href="/" class="inline-flex items-center gap-2 text-lg font-bold tracking-tight text-ink"><svg aria-hidden="true" viewBox="0 0 24 24" class="size-6"><rect width="24" height="24" rx="6" class="fill-accent"></rect><path d="M7 7h6a3 3 0 0 1 0 6h-1l4 4h-3l-4-4H9v4H7V7Zm2 2v2h4a1 1 0 0 0 0-2H9Z" class="fill-accent-ink"></path></svg>Roleboard</a><nav aria-label="Main" class="-mx-1 flex gap-1 overflow-x-auto"><a href="/" class="whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-muted sm:px-3">Board</a><a href="/insights" class="whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-muted sm:px-3">Insights</a><a href="/saved" class="whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-muted sm:px-3">Saved</a><a href="/import" class="whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-muted sm:px-3">Paste a posting</a></nav></div></header>`

const page = (main: string) =>
  `<div class="flex min-h-dvh flex-col">${header}<main id="main" class="flex-1 pb-20">${main}</main></div>`

const bar = (width: string) => `<div class="h-3 ${width} rounded bg-raised"></div>`

/** The board as it looks while its data loads: header, title, search box, filter skeleton. */
export function boardShellHtml(): string {
  const facets = Array.from(
    { length: 5 },
    () => `<div class="space-y-2">${bar('w-20')}${bar('w-40')}${bar('w-32')}${bar('w-36')}</div>`,
  ).join('')
  const cards = Array.from(
    { length: 4 },
    () =>
      `<div class="h-40 rounded-xl border border-line bg-surface p-5 space-y-3">${bar('w-2/3')}${bar('w-1/3')}${bar('w-1/2')}</div>`,
  ).join('')
  return page(
    `<div class="mx-auto max-w-7xl px-4 pb-16 pt-6 sm:px-6"><h1 class="text-2xl font-bold tracking-tight text-ink sm:text-3xl">Job board</h1><p class="mt-1 text-sm text-muted">Filter roles by stack, seniority, place and office days. Every view is a link.</p><div aria-hidden="true" class="mt-4 border-b border-line/70 py-3"><div class="h-11 w-full rounded-lg border border-line bg-surface"></div></div><p class="mt-2 text-sm text-muted">Loading postings…</p><div aria-hidden="true" class="mt-6 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8"><div class="hidden space-y-6 lg:block">${facets}</div><div class="space-y-3">${cards}</div></div></div>`,
  )
}

const list = (items: string[]) =>
  `<ul class="list-disc space-y-1 pl-6">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`

/** A posting's page as static HTML: its facts and its own text, readable without JavaScript. */
export function postingBodyHtml(posting: Posting): string {
  const facts = [
    posting.company,
    posting.team ? `${posting.team} team` : null,
    posting.seniority ? seniorityLabel(posting.seniority) : null,
    locationsLabel(posting.locations),
    workModeLabel(posting.workMode),
    officeDaysLabel(posting.officeDaysPerWeek),
    salaryLabel(posting.salary),
  ].filter((fact): fact is string => !!fact)
  const stack = posting.stack.map((item) => item.name)
  const sections = SECTION_KEYS.filter((key) => posting.sections[key].length > 0)
    .map(
      (key) =>
        `<section class="space-y-2"><h2 class="text-lg font-semibold">${escapeHtml(SECTION_LABELS[key])}</h2>${list(posting.sections[key])}</section>`,
    )
    .join('')
  return page(
    `<article class="mx-auto max-w-4xl space-y-8 px-4 py-6"><nav aria-label="Breadcrumb" class="text-sm"><a href="/" class="text-accent">← Back to the board</a></nav><header class="space-y-2"><h1 class="text-2xl font-bold tracking-tight sm:text-3xl">${escapeHtml(posting.title)}</h1><p class="text-muted">${facts.map(escapeHtml).join(' · ')}</p>${posting.source.closedAt ? `<p class="rounded-lg border border-warn bg-warn-soft px-3 py-2 text-sm font-medium">${escapeHtml(closedLabel(posting.source.closedAt))}</p>` : ''}</header>${stack.length ? `<section class="space-y-2"><h2 class="text-lg font-semibold">Stack</h2><p>${escapeHtml(stack.join(', '))}</p></section>` : ''}${sections}</article>`,
  )
}

export function postingPageTitle(posting: Posting): string {
  return `${posting.title}${posting.company ? ` at ${posting.company}` : ''} · Roleboard`
}

/**
 * index.html turned into one posting's page: its title and description, its JobPosting
 * JSON-LD (what Google for Jobs reads) and its content in place of the board's shell; it
 * preloads the posting's own data file (`ownFile`) instead of the board's.
 */
export function postingPageHtml(indexHtml: string, posting: Posting, ownFile?: string): string {
  const description = [...posting.sections.summary, ...posting.sections.responsibilities]
    .join(' ')
    .slice(0, 300)
  const head =
    `<title>${escapeHtml(postingPageTitle(posting))}</title>` +
    (description ? `<meta name="description" content="${escapeHtml(description)}" />` : '') +
    `<script type="application/ld+json">${jsonLdScriptText(toJobPostingJsonLd(posting))}</script>`
  // The board's data preloads give way to this posting's own file.
  const preload = ownFile
    ? `<link rel="preload" href="${escapeHtml(ownFile)}" as="fetch" crossorigin="">`
    : ''
  return replaceRoot(
    indexHtml
      .replace(/<link rel="preload"[^>]*as="fetch"[^>]*>\s*/g, '')
      .replace(/<title>[^<]*<\/title>/, () => head + preload)
      .replace(/<meta\s+name="description"[^>]*>/, ''),
    postingBodyHtml(posting),
  )
}

/** Puts `markup` inside `<div id="root">`, replacing what was there. */
export function replaceRoot(html: string, markup: string): string {
  const open = html.indexOf('<div id="root">')
  const close = html.indexOf('<!--/root--></div>')
  if (open < 0) throw new Error('index.html has no <div id="root">')
  const start = open + '<div id="root">'.length
  const end = close < 0 ? html.indexOf('</div>', start) : close
  return `${html.slice(0, start)}${markup}<!--/root-->${html.slice(end + (close < 0 ? 0 : '<!--/root-->'.length))}`
}
