// The HTML files written at build time from index.html: each posting's own page and the
// compare page's shell, around markup the app's own components rendered (prerender-*.tsx),
// painted before any JavaScript runs. React renders the same over it when it mounts.
// Relative imports only: the Vite config loads this file through Node.
import { APP_START_ID, POSTINGS_BASE_ATTRIBUTE, withStartPreloads } from './app-start.ts'
import { jsonLdScriptText, toJobPostingJsonLd } from '../lib/json-ld.ts'
import type { Posting } from '../model/posting.ts'

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export function postingPageTitle(posting: Posting): string {
  return `${posting.title}${posting.company ? ` at ${posting.company}` : ''} · Roleboard`
}

/**
 * index.html turned into one posting's page: its title and description, its JobPosting
 * JSON-LD (what Google for Jobs reads) and its content (`markup`, the app's posting page
 * rendered at build time) in place of the board's first view; it preloads the data the
 * app's first render of it needs (`preloads`: the posting's own file, the cards of its
 * similar roles) instead of the board's, and the route's own chunks (`modules`).
 */
export function postingPageHtml(
  indexHtml: string,
  posting: Posting,
  markup: string,
  preloads: readonly string[] = [],
  modules: readonly string[] = [],
): string {
  const description = [...posting.sections.summary, ...posting.sections.responsibilities]
    .join(' ')
    .slice(0, 300)
  const head =
    `<title>${escapeHtml(postingPageTitle(posting))}</title>` +
    (description ? `<meta name="description" content="${escapeHtml(description)}" />` : '') +
    `<script type="application/ld+json">${jsonLdScriptText(toJobPostingJsonLd(posting))}</script>`
  const html = indexHtml
    .replace(/<title>[^<]*<\/title>/, () => head)
    .replace(/<meta\s+name="description"[^>]*>/, '')
  return replaceRoot(withPreloads(html, preloads, modules), markup, 'posting')
}

/**
 * index.html turned into the compare page's shell (`markup`: the page while its roles
 * load), answering /compare on static hosts. The board's data preloads give way to the
 * route's own chunks (`modules`) and the compared roles' files, which are in the address:
 * the boot script preloads them from `postingsBase` (appStartBootSource). The board's
 * canonical link goes too: a comparison is no page of its own for search engines.
 */
export function comparePageHtml(
  indexHtml: string,
  markup: string,
  postingsBase: string,
  modules: readonly string[] = [],
): string {
  const html = withPreloads(
    indexHtml
      .replace(/<title>[^<]*<\/title>/, '<title>Compare roles · Roleboard</title>')
      .replace(/<link rel="canonical"[^>]*>\s*/, ''),
    [],
    modules,
  ).replace(
    `<template id="${APP_START_ID}">`,
    () =>
      `<template id="${APP_START_ID}" ${POSTINGS_BASE_ATTRIBUTE}="${escapeHtml(postingsBase)}">`,
  )
  return replaceRoot(html, markup, 'compare')
}

/**
 * The page's data preloads (in the app's start, app-start.ts, when it has one) replaced by
 * `files`, and preloads of the route's script chunks (`modules`) added.
 */
function withPreloads(
  html: string,
  files: readonly string[],
  modules: readonly string[] = [],
): string {
  const links = files
    .map((file) => `<link rel="preload" href="${escapeHtml(file)}" as="fetch" crossorigin="">`)
    .join('')
  const chunks = modules
    .filter((file) => !html.includes(`"${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="${escapeHtml(file)}">`)
    .join('')
  return html.includes(`<template id="${APP_START_ID}">`)
    ? withStartPreloads(html, links, chunks)
    : html
        .replace(/<link rel="preload"[^>]*as="fetch"[^>]*>\s*/g, '')
        .replace('</title>', () => `</title>${links}${chunks}`)
}

/**
 * Puts `markup` inside `<div id="root">`, replacing what was there, and the root's
 * attributes with it: `data-view` names the prerendered view (the app removes it when it
 * takes over, main.tsx).
 */
export function replaceRoot(html: string, markup: string, view: string): string {
  const open = /<div id="root"[^>]*>/.exec(html)
  if (!open) throw new Error('index.html has no <div id="root">')
  const start = open.index + open[0].length
  const marked = html.indexOf('<!--/root--></div>', start)
  const end = marked < 0 ? html.indexOf('</div>', start) : marked + '<!--/root-->'.length
  return `${html.slice(0, open.index)}<div id="root" data-view="${view}">${markup}<!--/root-->${html.slice(end)}`
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
