// Markup written into the HTML files at build time, before any JavaScript runs: the board's
// shell in index.html and each posting's own page. React replaces it when it mounts.
// Relative imports only: the Vite config loads this file through Node.
import { APP_START_ID, withStartPreloads } from './app-start.ts'
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
  // The board's data preloads give way to this posting's own file (in the app's start,
  // app-start.ts, when the page has one).
  const preload = ownFile
    ? `<link rel="preload" href="${escapeHtml(ownFile)}" as="fetch" crossorigin="">`
    : ''
  let html = indexHtml
    .replace(/<title>[^<]*<\/title>/, () => head)
    .replace(/<meta\s+name="description"[^>]*>/, '')
  html = html.includes(`<template id="${APP_START_ID}">`)
    ? withStartPreloads(html, preload)
    : html
        .replace(/<link rel="preload"[^>]*as="fetch"[^>]*>\s*/g, '')
        .replace('</title>', () => `</title>${preload}`)
  return replaceRoot(html, postingBodyHtml(posting))
}

/**
 * Puts `markup` inside `<div id="root">`, replacing what was there, and the root's
 * attributes with it (they describe the markup: `data-view` marks the board's first view).
 */
export function replaceRoot(html: string, markup: string): string {
  const open = /<div id="root"[^>]*>/.exec(html)
  if (!open) throw new Error('index.html has no <div id="root">')
  const start = open.index + open[0].length
  const marked = html.indexOf('<!--/root--></div>', start)
  const end = marked < 0 ? html.indexOf('</div>', start) : marked + '<!--/root-->'.length
  return `${html.slice(0, open.index)}<div id="root">${markup}<!--/root-->${html.slice(end)}`
}

/**
 * A line of the classic boot script in every page's head (scripts/theme-boot-plugin.ts).
 * index.html holds the board's default view (`<div id="root" data-view="board">`), and
 * static hosts answer other routes with it too: at any other address (another route, or
 * the board with filters in its query) that view would show roles the page does not, so
 * styles.css hides its main part until the app renders the right one.
 */
export const STALE_VIEW_ATTRIBUTE = 'data-stale-view'
export function staleViewBootSource(): string {
  return `if(location.pathname!=="/"||location.search)document.documentElement.setAttribute(${JSON.stringify(STALE_VIEW_ATTRIBUTE)},"");\n`
}
