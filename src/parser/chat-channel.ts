import type { Line } from './types.ts'

/**
 * A message's header in a chat app copied as text: its author and time, "Lena Brandt  10:42
 * AM" (Slack), "Lena Brandt — Today at 10:42", "Lena Brandt — 03/06/2025 2:02 PM" (Discord).
 */
const AUTHOR_LINE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\s+(?:(?:[—–-]\s+)?(?:Today|Yesterday)\s+at\s+\d{1,2}:\d{2}(?:\s?[AP]M)?|[—–-]\s+\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?|\d{1,2}:\d{2}\s?[AP]M)$/u
const TIME_AT_END = /\d:\d\d(?:\s?[AP]M)?$/
/**
 * Discord's header as copied today: the author's name on a line of its own, then the time
 * after a dash, a role tag or a bot's "APP" badge before it ("[LNFS] — 03/11/2025 4:17 PM").
 */
const TIME_LINE =
  /^(?:\[[^\]\n]{1,12}\]\s*)?[—–-]\s+(?:(?:Today|Yesterday)\s+at\s+\d{1,2}:\d{2}(?:\s?[AP]M)?|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?)$/u
/**
 * A channel post's footer in Telegram, its views and time: "👁 3,1K  10:12", "👁 944  edited
 * 14:05". It closes the post above it.
 */
const TELEGRAM_FOOTER = /^👁\s?[\d.,]+[KkMm]?\s+(?:\p{L}+\s+)?\d{1,2}:\d{2}$/u

/**
 * A message's header as Telegram's desktop app copies several: the author or channel, then
 * its date and time in brackets ("IT Jobs | Dev, [14.10.2025 09:05]").
 */
const TELEGRAM_COPIED_HEADER =
  /^\S.{0,80},\s\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]$/u

/**
 * A chat message as copied, its header and first words on one line: WhatsApp's "[09:47,
 * 04/12/2025] Dave: …", Skype's "[11/03/2025 09:12:47] Rui: …" (the date, a space, the time).
 */
const WHATSAPP_MESSAGE =
  /^\[(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?,\s\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)\]\s([^:\n]{1,40}):\s/
/**
 * What a channel shows around its messages: its name ("# jobs"), its audience ("214
 * members", "👥 1,842 | …"), its tabs, the day between messages ("Today ▾", "Monday, March
 * 3rd") and the reactions under one (":eyes: 2", "👍 3").
 */
const CHANNEL_CHROME =
  /^(?:#\s?[\w-]{1,40}(?:\s*☆)?|(?:\p{Extended_Pictographic}\ufe0f?)?・[\w-]{1,40}|[\d,.]+\s+members|👥\s?[\d,.]+\b.*|messages\s+files(?:\s+pins)?(?:\s+\+)?|(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,\s+\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?)?)(?:\s*▾)?|(?::[\w+-]+:|\p{Extended_Pictographic})\s?\d{1,4})$/iu

/**
 * "Forwarded from Lavoro Tech Emilia" over a forwarded post, in the eight languages, in brackets
 * as Telegram's desktop app copies it.
 */
const FORWARDED =
  /^\[?(?:forwarded from|weitergeleitet von|transféré de|reenviado de|encaminhado de|inoltrato da|doorgestuurd van|przekazano od)\s\S.{0,60}$/iu

/** A forward's mark alone, the forwarded text below it: "↪️ Reenviado", "Forwarded". */
const FORWARDED_MARK =
  /^(?:↪\ufe0f?\s*)?(?:forwarded|weitergeleitet|transféré|reenviado|encaminhad[ao]|inoltrato|doorgestuurd|przekazan[ay])$/iu

/** A message's line of mentions only: "@Programmers @Job Seekers @Students & Grads". */
const MENTIONS = /^@[^@\n]{1,40}(?:\s@[^@\n]{1,40}){0,9}$/u

/**
 * A chat channel's messages copied whole: the channel's name and audience, then messages
 * under their author and time. The posting is its longest message; the channel's chrome and
 * every other message are the page's. Marks those lines with `mark`; does nothing to a text
 * that shows no channel (a message header and either the channel's chrome or a second
 * message).
 */
export function markChatChannel(lines: Line[], mark: (line: Line, reason: string) => void) {
  const authors: number[] = []
  const whatsapp: number[] = []
  const footers: number[] = []
  lines.forEach((line, i) => {
    const raw = line.raw.trim()
    // A header ends in its time: most lines are asked one cheap question only.
    if (line.kind !== 'blank' && raw.length <= 80 && TIME_AT_END.test(raw)) {
      const spaced = raw.replace(/\s+/g, ' ')
      if (AUTHOR_LINE.test(spaced) || TIME_LINE.test(spaced)) authors.push(i)
    }
    if (raw.endsWith(']') && TELEGRAM_COPIED_HEADER.test(raw)) authors.push(i)
    if (raw.startsWith('[') && WHATSAPP_MESSAGE.test(raw)) whatsapp.push(i)
    if (raw.startsWith('👁') && TELEGRAM_FOOTER.test(raw.replace(/\s+/g, ' '))) footers.push(i)
  })
  // A Telegram channel: each post ends in its footer, so the posts lie between footers.
  if (footers.length >= 2) authors.push(-1, ...footers)
  // A WhatsApp chat: every message opens with its header, so two make a chat.
  if (whatsapp.length >= 2 && authors.length === 0 && footers.length === 0)
    return markWhatsAppChat(lines, whatsapp, mark)
  authors.sort((a, b) => a - b)
  if (authors.length === 0) return
  const chrome = lines.filter(
    (line) => line.kind !== 'blank' && CHANNEL_CHROME.test(line.raw.trim()),
  ).length
  if (authors.length < 2 && chrome < 2) return
  // The messages, each from its header to the next: the posting is the one with most text.
  let best = { start: 0, end: 0, size: -1 }
  authors.forEach((start, k) => {
    const end = authors[k + 1] ?? lines.length
    let size = 0
    for (let i = start + 1; i < end; i++) size += lines[i]?.text.length ?? 0
    if (size > best.size) best = { start, end, size }
  })
  // A WhatsApp message's first words share its header's line: they are the posting's.
  const opening = whatsapp.includes(best.start) ? lines[best.start] : undefined
  const words = opening ? opening.text.replace(WHATSAPP_MESSAGE, '').trim() : ''
  if (opening && /\p{L}/u.test(words) && !FORWARDED_MARK.test(words)) opening.text = words
  else if (opening) mark(opening, 'chat channel')
  lines.forEach((line, i) => {
    if (line.kind === 'blank' || line === opening) return
    const inPosting = i > best.start && i < best.end
    const raw = line.raw.trim()
    if (!inPosting || CHANNEL_CHROME.test(raw) || MENTIONS.test(raw) || FORWARDED.test(raw))
      mark(line, 'chat channel')
  })
}

/**
 * A WhatsApp chat: a recruiter writes a role in several short messages, between the other
 * person's answers. The posting is every message of the author who wrote most; the other
 * messages, and each header, are the chat's.
 */
function markWhatsAppChat(
  lines: Line[],
  starts: number[],
  mark: (line: Line, reason: string) => void,
) {
  const authors = starts.map(
    (start) => WHATSAPP_MESSAGE.exec(lines[start]?.raw.trim() ?? '')?.[1] ?? '',
  )
  const written = new Map<string, number>()
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length
    let size = 0
    for (let i = start; i < end; i++) size += lines[i]?.text.length ?? 0
    written.set(authors[k] ?? '', (written.get(authors[k] ?? '') ?? 0) + size)
  })
  const poster = [...written].sort((a, b) => b[1] - a[1])[0]?.[0]
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length
    const opening = lines[start] as Line
    const ours = authors[k] === poster
    // A message's first words share its header's line: they are the posting's.
    const words = opening.text.replace(WHATSAPP_MESSAGE, '').trim()
    if (ours && /\p{L}/u.test(words) && !FORWARDED_MARK.test(words)) opening.text = words
    else mark(opening, 'chat channel')
    for (let i = start + 1; i < end; i++) {
      const line = lines[i] as Line
      if (line.kind === 'blank') continue
      if (!ours || MENTIONS.test(line.raw.trim()) || FORWARDED.test(line.raw.trim()))
        mark(line, 'chat channel')
    }
  })
  for (let i = 0; i < (starts[0] ?? 0); i++)
    if (lines[i]?.kind !== 'blank') mark(lines[i] as Line, 'chat channel')
}
