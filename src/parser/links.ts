import { webUrl } from '../model/web-url.ts'
import { strongest, type Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import { JOB_LINK_HOSTS, JOB_LINK_PATH } from './job-link-hosts.ts'
import { allMatches } from './matches.ts'

/** http(s) links only: mailto, javascript and relative links are never a posting's URL. */
const WEB_LINK = /https?:\/\/[^\s<>()[\]"'`]{1,2000}/gi
const LINK_END_PUNCTUATION = /[.,;:!?*_]+$/
/** A line whose link is where to apply: "Apply: https://…", "apply here https://…", "[Apply now](…)". */
const APPLY_CUE =
  /\b(?:apply|applications?|bewerb\w*|postul\w*|candidat\w*|solliciteer|aplikuj)\b[^\n]{1,40}?https?:\/\/|\[(?:apply|apply now|apply here|bewerben|postuler|aplicar|candidatar-se|candidati|solliciteer|aplikuj)[^\]]{0,20}\]\(https?:/i
/** A line naming the original posting: "URL: https://…", "Job link: …", "Original posting: …". */
const SOURCE_CUE =
  /^\s*(?:url|link|job link|job url|original(?: posting)?|source|posting)\s*[:：]\s*https?:\/\//i
/** "# [Senior Engineer](https://…)": a title linked to its posting. */
const LINKED_TITLE = /^\s*(?:#{1,6}\s*)?\[[^\]\n]{3,200}\]\((https?:\/\/[^)\s]{1,2000})\)/i

function clean(url: string): string | null {
  const trimmed = url.replace(LINK_END_PUNCTUATION, '')
  return webUrl(trimmed) ? trimmed : null
}

/** Every http(s) link in a text, in order, without trailing punctuation. */
export function webLinks(text: string): string[] {
  const links: string[] = []
  for (const m of allMatches(WEB_LINK, text)) {
    const url = clean(m[0])
    if (url) links.push(url)
  }
  return links
}

export function firstWebLink(text: string): string | undefined {
  return webLinks(text)[0]
}

/** True for a link to an applicant-tracking system or a company's careers page. */
export function isJobLink(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url)
    const host = hostname.toLowerCase()
    return (
      JOB_LINK_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) ||
      /^(?:jobs|careers|apply|karriere|emploi|jobs-\w+)\./.test(host) ||
      JOB_LINK_PATH.test(pathname)
    )
  } catch {
    return false
  }
}

export type LinkCandidates = { url: Candidate<string>[]; applyUrl: Candidate<string>[] }

/** Where the posting lives and where to apply, as the text links them. */
export function linkCandidates(doc: Doc): LinkCandidates {
  const url: Candidate<string>[] = []
  const applyUrl: Candidate<string>[] = []
  let position = 0
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue
    position++
    if (!/https?:/i.test(line.raw)) continue
    const links = webLinks(line.raw)
    const first = links[0]
    if (!first) continue
    const at = line.n
    const titled = position <= 2 ? LINKED_TITLE.exec(line.raw) : null
    const titledUrl = titled?.[1] ? clean(titled[1]) : null
    if (titledUrl) {
      url.push({ value: titledUrl, raw: line.raw, from: 'linked title', score: 6, at })
      if (isJobLink(titledUrl))
        applyUrl.push({ value: titledUrl, raw: line.raw, from: 'linked title', score: 4, at })
    }
    // An "Apply" button is page furniture as text, but the link it carries is where to apply.
    const prompt = line.noise === 'job-board prompt'
    if (line.noise && !prompt) continue
    if (!prompt && SOURCE_CUE.test(line.raw))
      url.push({ value: first, raw: line.raw, from: 'link line', score: 5, at })
    if (APPLY_CUE.test(line.raw)) {
      const cued =
        /\[(?:apply|bewerben|postuler|aplicar|candidat|solliciteer|aplikuj)[^\]]*\]\((https?:[^)\s]+)\)/i.exec(
          line.raw,
        )
      const value = (cued?.[1] && clean(cued[1])) || first
      applyUrl.push({ value, raw: line.raw, from: '"apply" link', score: 8, at })
    }
    if (prompt) continue
    for (const link of links) {
      if (link !== titledUrl && isJobLink(link))
        applyUrl.push({ value: link, raw: line.raw, from: 'job link in the text', score: 3, at })
    }
  }
  return { url, applyUrl }
}

export function resolveLink(candidates: Candidate<string>[]): string | null {
  return strongest(candidates)?.value ?? null
}
