import { EMAIL_FORWARD_LINE, ROLE_NOUN } from './patterns.ts'
import type { Line } from './types.ts'
import { stripEmoji } from './text.ts'
import { allLanguages } from './words/languages.ts'
import { phraseSource } from './words/compile.ts'
import {
  EMAIL_HEADER_LABELS,
  EMAIL_SENDER_LABELS,
  EMAIL_SUBJECT_LABELS,
  MAIL_BLOCKED_CONTENT_NOTICES,
  MAIL_FOLDER_WORDS,
  MESSAGE_COUNT_WORDS,
  WEB_MAIL_PROGRAMS,
} from './words/email-header-words.ts'

const LABELS = new Set([...allLanguages(EMAIL_HEADER_LABELS), ...EMAIL_HEADER_LABELS.technical])
const SUBJECT = new Set(EMAIL_SUBJECT_LABELS)
const SENDER = new Set(EMAIL_SENDER_LABELS)
/** "Label: value" at a line's start; the label one of the header's. */
const FIELD = /^\s*([\p{L}-]{1,30})\s?:\s+(\S.*)$/u
/** How far down a forward's separator line is looked for, in lines. */
const SEPARATOR_REACH = 40
/** How far down a forward may quote the message it passes on, with its header. */
const FORWARD_REACH = 200

/** "Gmail   Priya Nair <priya@…>": a web mail program's name, then the reader's address. */
const PRINTED_BY = new RegExp(
  `^\\s*${phraseSource(WEB_MAIL_PROGRAMS)}\\s+[^<>]{0,80}<[^\\s<>@]+@[^\\s<>]+>\\s*$`,
  'iu',
)
/** "1 message", "3 Nachrichten": the count of the thread's messages under its subject. */
const MESSAGE_COUNT = new RegExp(
  `^\\s*\\d{1,3}\\s+${phraseSource(allLanguages(MESSAGE_COUNT_WORDS))}\\s*$`,
  'iu',
)
/** A sender as a mail program shows one: "Dana Whitfield <dana@…>". */
const NAME_AND_ADDRESS = String.raw`^\s*[^<>\s][^<>]{0,80}<[^\s<>@]+@[^\s<>]+>`
/** "Dana Whitfield <dana@…> Thu, Apr 10, 2025 at 4:12 PM": a printed message's sender and date. */
const PRINTED_SENDER = new RegExp(String.raw`${NAME_AND_ADDRESS}\s+\S.{0,60}\d`, 'u')
/** How many lines of a printed thread's head hold its program's name and its count. */
const PRINTED_HEAD_LINES = 5

/** A newsletter's issue number before its subject's headline: "#112:", "Nr. 47 –", "Issue 9 |". */
const ISSUE_NUMBER =
  /^(?:(?:issue|ausgabe|nr\.?|no\.?|n[°º]|numéro|número|numero|nummer|wydanie)\s?)?#?\d{1,4}\s?[:|–—-]\s+/iu
/**
 * "… + 6 weitere Jobs", "… and 5 more roles": the other roles an issue carries, after the one
 * its subject features.
 */
const MORE_ROLES =
  /\s+(?:\+|and|und|et|[eiy]|en|plus)\s?\d{1,3}\s+(?:more|other|further|weitere|andere|autres|más|otras|otros|mais|outras|altre|altri|meer|więcej|innych)\s+\p{L}+$/iu

/**
 * "Brightwater Energy wants to interview you for Senior Platform Engineer", "Invitation à un
 * entretien pour le poste de …": a notification's subject says what happens for the role.
 */
const FOR_THE_ROLE =
  /\s(?:for|für|pour|para|per|voor|dla|na)\s+(?:(?:the|a|an|our|le|la|el|o|il|lo|het|die|den|das)\s+)?(?:(?:role|position|poste|stelle|puesto|vaga|posizione|functie|stanowisko)\s+(?:of|as|de|als|di|van)?\s*)?/giu

/** The role a subject that is a sentence about it names after "for": what follows, or null. */
function roleAfterFor(subject: string): string | null {
  for (const match of subject.matchAll(FOR_THE_ROLE)) {
    const before = subject.slice(0, match.index)
    const role = subject.slice(match.index + match[0].length)
    // The words before are a sentence (no role of their own: "Engineer for Payments" is a
    // title), and what follows names a role.
    if (!ROLE_NOUN.test(before) && /\s\p{Ll}/u.test(before) && ROLE_NOUN.test(role)) return role
  }
  return null
}

/** The role a newsletter's subject features, without its issue number and its other roles. */
function newsletterSubjectRole(subject: string): string {
  // "🔥 #112: …": the headline's emoji first.
  const bare = (stripEmoji(subject).trim() || subject)
    .replace(ISSUE_NUMBER, '')
    .replace(MORE_ROLES, '')
  return (bare && roleAfterFor(bare)) || bare || subject
}

/**
 * An e-mail pasted with its header ("From: …", "To: …", "Subject: …", "Date: …", in the
 * eight languages; a list archive's "Message-ID:" and "List-Id:" too): the header is the mail
 * program's, except its subject, which names the role ("Stellenangebot: Linux-Administrator
 * in Leipzig") and is kept as a line of its own. A block counts when it holds a sender and a
 * subject; the lines it folds onto the next ones go with it. Forward and reply separators
 * ("---------- Forwarded message ---------") are the program's as well.
 */
export function markEmailHeader(lines: Line[], mark: (line: Line, reason: string) => void) {
  markMailWindow(lines, mark)
  markPrintedThread(lines, mark)
  const reach = Math.min(lines.length, SEPARATOR_REACH)
  for (let i = 0; i < reach; i++) {
    const line = lines[i]
    if (!line || line.kind === 'blank') continue
    if (EMAIL_FORWARD_LINE.test(line.raw) || isBlockedContentNotice(line.text))
      mark(line, 'e-mail header')
  }
  // A forward quotes the message it passes on, header and all: every block is the program's;
  // the first subject names the role.
  let subjectKept = false
  const senders = new Set<string>()
  for (let start = 0; start < Math.min(lines.length, FORWARD_REACH); start++) {
    const block: { line: Line; label: string; value: string }[] = []
    let i = start
    for (; i < lines.length; i++) {
      const line = lines[i] as Line
      const field = FIELD.exec(line.raw)
      const label = field?.[1]?.toLowerCase()
      if (field && label && LABELS.has(label)) {
        block.push({ line, label, value: field[2] ?? '' })
        continue
      }
      // A long value folded onto the next line, indented.
      if (
        block.length &&
        line.kind !== 'blank' &&
        /^\s/.test(line.raw) &&
        !line.raw.trim().startsWith('-')
      ) {
        block.push({ line, label: '', value: '' })
        continue
      }
      break
    }
    if (
      block.length < 3 ||
      !block.some((entry) => SENDER.has(entry.label)) ||
      !block.some((entry) => SUBJECT.has(entry.label))
    )
      continue
    for (const { line, label, value } of block) {
      if (SENDER.has(label)) senders.add(senderName(value))
      if (SUBJECT.has(label) && !subjectKept) {
        line.text = newsletterSubjectRole(value.trim())
        subjectKept = true
      } else mark(line, 'e-mail header')
    }
    start = i
  }
  // "From: hackajob <…>" over "hackajob" alone on a line: the mail's masthead, the sender's.
  senders.delete('')
  if (senders.size)
    for (const line of lines.slice(0, SEPARATOR_REACH))
      if (line.kind !== 'blank' && senders.has(line.text.trim().toLowerCase()))
        mark(line, 'e-mail header')
}

const MAIL_FOLDER = new Set(allLanguages(MAIL_FOLDER_WORDS))
/** How far down a mail window's folder pane is looked for, in lines. */
const FOLDER_REACH = 80
/** The fewest of its folders that make a side pane: "Inbox", "Drafts", "Sent Items". */
const FOLDERS_OF_A_PANE = 3
/** The open message's sender alone on its line, as the window shows it. */
const SHOWN_SENDER = new RegExp(String.raw`${NAME_AND_ADDRESS}\s*$`, 'u')
/** The sender's address on a line of its own, under the name (Proton Mail, Apple Mail). */
const SHOWN_ADDRESS = /^\s*<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}>?\s*$/
/** How many lines under the sender still belong to the window: "To:", "you", a date, buttons. */
const SENDER_TAIL_LINES = 12

/**
 * A web mail program's window copied whole (Outlook on the web, Gmail): its toolbar, its pane
 * of folders, the list of messages with their previews, then the open message under its
 * subject and sender. Everything above the sender is the program's and the inbox owner's but
 * the subject, which names the role; so are the lines under the sender up to the message.
 */
function markMailWindow(lines: Line[], mark: (line: Line, reason: string) => void): void {
  const reach = Math.min(lines.length, FOLDER_REACH)
  const folders = new Set<string>()
  let lastFolder = -1
  for (let i = 0; i < reach; i++) {
    const word = lines[i]?.text.trim().toLowerCase() ?? ''
    if (!MAIL_FOLDER.has(word)) continue
    folders.add(word)
    lastFolder = i
  }
  if (folders.size < FOLDERS_OF_A_PANE) return
  const end = Math.min(lines.length, FORWARD_REACH)
  let sender = -1
  for (let i = lastFolder + 1; i < end && sender < 0; i++)
    if (SHOWN_SENDER.test(lines[i]?.raw ?? '') || SHOWN_ADDRESS.test(lines[i]?.raw ?? ''))
      sender = i
  if (sender < 0) return
  // The subject: the nearest line of a few words over the sender ("NG", "Summarize" are not).
  const subject = lines
    .slice(0, sender)
    .findLastIndex((line) => line.kind !== 'blank' && line.text.trim().split(/\s+/).length >= 3)
  for (let i = 0; i <= sender; i++) {
    const line = lines[i] as Line
    if (i !== subject && line.kind !== 'blank') mark(line, 'e-mail header')
  }
  for (let i = sender + 1; i < Math.min(lines.length, sender + SENDER_TAIL_LINES); i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank') break
    mark(line, 'e-mail header')
  }
}

/** The longest notice of held-back pictures, its button with it. */
const MAX_NOTICE_CHARS = 120
const BLOCKED_CONTENT = new RegExp(
  `^(?:${phraseSource(allLanguages(MAIL_BLOCKED_CONTENT_NOTICES))})(?!\\p{L})`,
  'u',
)

/** "Remote content is not loaded. Load": the mail program's, not the sender's. */
function isBlockedContentNotice(text: string): boolean {
  const key = text.trim().toLowerCase()
  return key.length <= MAX_NOTICE_CHARS && BLOCKED_CONTENT.test(key)
}

/** The name a sender's address is shown by ("hackajob" of "hackajob <x@hackajob.com>"). */
function senderName(value: string): string {
  return value
    .replace(/<[^>]*>/g, '')
    .replace(/["']/g, '')
    .trim()
    .toLowerCase()
}

/**
 * A thread printed from a web mail program: "Gmail   Priya Nair <priya@…>" over the subject,
 * "1 message", then each message's sender and date over its "To:" and "Cc:" lines. All of
 * it is the program's but the subject, which names the role.
 */
function markPrintedThread(lines: Line[], mark: (line: Line, reason: string) => void): void {
  const head: Line[] = []
  for (const line of lines) {
    if (head.length === PRINTED_HEAD_LINES) break
    if (line.kind !== 'blank') head.push(line)
  }
  const program = head[0]
  if (!program || !PRINTED_BY.test(program.raw)) return
  mark(program, 'e-mail header')
  for (const line of head) if (MESSAGE_COUNT.test(line.raw)) mark(line, 'e-mail header')
  const reach = Math.min(lines.length, FORWARD_REACH)
  for (let i = 0; i < reach; i++) {
    if (!PRINTED_SENDER.test(lines[i]?.raw ?? '')) continue
    mark(lines[i] as Line, 'e-mail header')
    for (let j = i + 1; j < reach; j++) {
      const label = FIELD.exec(lines[j]?.raw ?? '')?.[1]?.toLowerCase()
      if (!label || !LABELS.has(label)) break
      mark(lines[j] as Line, 'e-mail header')
    }
  }
}
