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
  return postingPages(indexHtml, modules)(posting, markup, preloads)
}

/** What postingPageHtml writes into its page: the head's tags and the data preloads. */
function postingHead(posting: Posting): string {
  const description = [...posting.sections.summary, ...posting.sections.responsibilities]
    .join(' ')
    .slice(0, 300)
  return (
    `<title>${escapeHtml(postingPageTitle(posting))}</title>` +
    (description ? `<meta name="description" content="${escapeHtml(description)}" />` : '') +
    `<script type="application/ld+json">${jsonLdScriptText(toJobPostingJsonLd(posting))}</script>`
  )
}

function preloadLinks(files: readonly string[]): string {
  return files
    .map((file) => `<link rel="preload" href="${escapeHtml(file)}" as="fetch" crossorigin="">`)
    .join('')
}

/** The route's script chunks the page does not name already, as modulepreload links. */
function modulePreloads(html: string, modules: readonly string[]): string {
  return modules
    .filter((file) => !html.includes(`"${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="${escapeHtml(file)}">`)
    .join('')
}

/** Stand-ins for a page's own parts while index.html is made into the pages' template. */
const SLOT = { head: '\0head\0', links: '\0links\0', chunks: '\0chunks\0', markup: '\0markup\0' }

/**
 * postingPageHtml for every posting of a build: index.html is searched and cut once into
 * the parts every page shares, and each page is those parts joined with its own (a build
 * writes thousands of pages from the same index.html and route chunks). Where index.html
 * is not the app's (no app-start template, or its description after its title), each page
 * is made the long way, with the same result.
 */
export function postingPages(
  indexHtml: string,
  modules: readonly string[] = [],
): (posting: Posting, markup: string, preloads?: readonly string[]) => string {
  const slow = (posting: Posting, markup: string, preloads: readonly string[] = []) => {
    const html = indexHtml
      .replace(/<title>[^<]*<\/title>/, () => postingHead(posting))
      .replace(/<meta\s+name="description"[^>]*>/, '')
    return replaceRoot(withPreloads(html, preloads, modules), markup, 'posting')
  }
  const title = /<title>[^<]*<\/title>/.exec(indexHtml)
  const description = /<meta\s+name="description"[^>]*>/.exec(indexHtml)
  // The board's description must be the tag that gives way, not the page's own.
  const sameCuts =
    title !== null &&
    description !== null &&
    description.index < title.index &&
    indexHtml.includes(`<template id="${APP_START_ID}">`) &&
    !Object.values(SLOT).some((slot) => indexHtml.includes(slot))
  if (!sameCuts) return slow
  const html = indexHtml
    .replace(title[0], () => SLOT.head)
    .replace(/<meta\s+name="description"[^>]*>/, '')
  const template = replaceRoot(
    withStartPreloads(html, SLOT.links, SLOT.chunks),
    SLOT.markup,
    'posting',
  )
  const cut = template.split(/\0(head|links|chunks|markup)\0/)
  // Of the route's chunks, those the page does not name already (its own head could name
  // one only inside a JSON-LD string, where it is followed by `\"`, not `"`: checked too).
  const unnamed = modules.filter((file) => !html.includes(`"${file}"`))
  return (posting, markup, preloads = []) => {
    const head = postingHead(posting)
    const own: Record<string, string> = {
      head,
      links: preloadLinks(preloads),
      chunks: modulePreloads(head, unnamed),
      markup,
    }
    return cut.map((part, i) => (i % 2 ? own[part]! : part)).join('')
  }
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
  const links = preloadLinks(files)
  const chunks = modulePreloads(html, modules)
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
