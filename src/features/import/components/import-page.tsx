import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react'
import { Link } from 'react-router'
import { boardIdsQuery } from '@/data/board-files-query'
import { validatePosting, type Posting } from '@/model/posting'
import { addPasted } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { isWebUrl } from '@/storage/schema'
import {
  fieldOfIssue,
  fieldOfWarning,
  fromDraft,
  toDraft,
  type Draft,
  type DraftField,
} from '../lib/draft'
import { ACCEPTED_EXTENSIONS, MAX_TEXT_LENGTH, fileProblem, tooLongMessage } from '../lib/limits'
import { parseInWorker } from '../lib/parse-in-worker'
import { PastedList } from './pasted-list'
import { PostingEditor } from './posting-editor'

type Parsed = { base: Posting; draft: Draft; warnings: string[] }
type Notes = Partial<Record<DraftField | 'other', string[]>>

const primary =
  'rounded-md bg-accent px-4 py-2 text-sm font-semibold text-accent-ink hover:opacity-90 disabled:opacity-60'
const secondary =
  'rounded-md border border-line bg-surface px-4 py-2 text-sm font-medium text-ink hover:bg-raised'

function group<T>(items: T[], key: (item: T) => string, value: (item: T) => string): Notes {
  const notes: Notes = {}
  for (const item of items) (notes[key(item) as DraftField] ??= []).push(value(item))
  return notes
}

/** A pasted link that is not a web address is dropped, never turned into a link. */
function keepOnlyWebLinks(posting: Posting): { posting: Posting; warnings: string[] } {
  if (posting.source.url === undefined || isWebUrl(posting.source.url))
    return { posting, warnings: posting.warnings }
  const { url: _dropped, ...source } = posting.source
  return {
    posting: { ...posting, source },
    warnings: [
      ...posting.warnings,
      'the source link was not a web address (http/https) and was left out',
    ],
  }
}

export function ImportPage() {
  const bundled = useQuery(boardIdsQuery())
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState<string | undefined>()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [parsed, setParsed] = useState<Parsed | null>(null)
  // The roles of the same post still to check, when it names several.
  const [roles, setRoles] = useState<{ total: number; rest: Posting[] }>({ total: 1, rest: [] })
  const [errors, setErrors] = useState<Notes>({})
  const [saved, setSaved] = useState<{ id: string; title: string } | null>(null)
  const [dragging, setDragging] = useState(false)
  const savedHeading = useRef<HTMLHeadingElement>(null)
  const previewHeading = useRef<HTMLHeadingElement>(null)

  async function read(raw: string, file?: string) {
    setMessage(null)
    setSaved(null)
    if (raw.length > MAX_TEXT_LENGTH) return setMessage(tooLongMessage(raw.length))
    if (!raw.trim()) return setMessage('Paste a posting’s text first, or choose a file.')
    setBusy(true)
    const result = await parseInWorker(raw, file)
    setBusy(false)
    if (!result.ok) {
      setParsed(null)
      return setMessage(`This was not saved: it was not read as a job posting (${result.error}).`)
    }
    const [first, ...rest] = result.postings
    if (!first) return setMessage('This was not saved: no posting was read from it.')
    setRoles({ total: result.postings.length, rest })
    open(first)
  }

  /** Puts one posting in the editor; a post naming several roles opens them one by one. */
  function open(raw: Posting) {
    const { posting, warnings } = keepOnlyWebLinks(raw)
    setParsed({ base: { ...posting, warnings }, draft: toDraft(posting), warnings })
    setErrors({})
    requestAnimationFrame(() => previewHeading.current?.focus())
  }

  async function readFile(file: File) {
    const problem = fileProblem(file)
    if (problem) return setMessage(problem)
    const content = await file.text()
    setText(content)
    setFileName(file.name)
    await read(content, file.name)
  }

  function refuseIfTooLong(incoming: number, event: ClipboardEvent | DragEvent) {
    const target = event.currentTarget as HTMLTextAreaElement
    const selected = (target.selectionEnd ?? 0) - (target.selectionStart ?? 0)
    const length = text.length - selected + incoming
    if (length <= MAX_TEXT_LENGTH) return false
    event.preventDefault()
    setMessage(tooLongMessage(length))
    return true
  }

  async function save() {
    if (!parsed) return
    const candidate = fromDraft(parsed.draft, parsed.base)
    const checked = validatePosting(candidate)
    const problems = checked.ok ? [] : checked.issues
    if (candidate.source.url !== undefined && !isWebUrl(candidate.source.url))
      problems.push({ path: 'source.url', message: 'A link must start with http:// or https://.' })
    if (!checked.ok || problems.length) {
      setErrors(
        group(
          problems,
          (p) => fieldOfIssue(p.path),
          (p) => p.message,
        ),
      )
      setMessage('Some fields need fixing before this can be saved; see the notes beside them.')
      return
    }
    const takenIds = bundled.data ?? []
    const result = await addPasted(getAppStore(), checked.posting, takenIds)
    if (!result.ok) return setMessage(result.message)
    setSaved({ id: result.id, title: checked.posting.title })
    const [next, ...rest] = roles.rest
    if (next) {
      setRoles({ total: roles.total, rest })
      setMessage(null)
      return open(next)
    }
    setParsed(null)
    setText('')
    setFileName(undefined)
    setMessage(null)
  }

  // Focus follows the saved notice once it is on the page: after the awaited write the
  // render commits on React's schedule, so a frame callback could run before it existed.
  useEffect(() => {
    if (saved && !parsed) savedHeading.current?.focus()
  }, [saved, parsed])

  const warnings = parsed ? group(parsed.warnings, fieldOfWarning, (w) => w) : {}

  return (
    <section className="mx-auto flex max-w-4xl flex-col gap-6 p-4 sm:p-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Paste a posting</h1>
        <p className="text-muted">
          Paste a job posting from anywhere, or drop a file ({ACCEPTED_EXTENSIONS.join(', ')}). It
          is read here in your browser, shown for you to check and correct, and joins your board
          marked as yours. Nothing is sent anywhere.
        </p>
      </header>

      {saved && (
        <div className="rounded-lg border border-line bg-ok-soft p-4" role="status">
          <h2 ref={savedHeading} tabIndex={-1} className="font-semibold text-ok">
            Saved “{saved.title}” to your board
          </h2>
          <p className="mt-2 flex flex-wrap gap-4 text-sm">
            <Link className="text-accent underline" to={`/jobs/${encodeURIComponent(saved.id)}`}>
              Open it
            </Link>
            <Link className="text-accent underline" to={`/?q=${encodeURIComponent(saved.title)}`}>
              Find it on the board
            </Link>
          </p>
        </div>
      )}

      {!parsed && (
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault()
            void read(text, fileName)
          }}
        >
          <div
            className={`flex flex-col gap-2 rounded-lg border-2 border-dashed p-3 ${dragging ? 'border-accent bg-accent-soft' : 'border-line'}`}
            onDragOver={(event) => {
              event.preventDefault()
              setDragging(true)
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              setDragging(false)
              const file = event.dataTransfer.files[0]
              if (file) {
                event.preventDefault()
                void readFile(file)
              }
            }}
          >
            <label htmlFor="posting-text" className="text-sm font-medium">
              Posting text
            </label>
            <textarea
              id="posting-text"
              rows={12}
              value={text}
              aria-describedby="posting-text-hint"
              className="w-full rounded-md border border-line bg-surface p-3 font-mono text-sm text-ink"
              placeholder="Paste the whole posting here…"
              onPaste={(event) =>
                refuseIfTooLong(event.clipboardData.getData('text').length, event)
              }
              onChange={(event) => {
                if (event.target.value.length > MAX_TEXT_LENGTH)
                  return setMessage(tooLongMessage(event.target.value.length))
                setText(event.target.value)
                setFileName(undefined)
              }}
            />
            <p id="posting-text-hint" className="text-xs text-muted">
              Up to {MAX_TEXT_LENGTH.toLocaleString('en')} characters. You can also drop a file onto
              this box.
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={primary} disabled={busy}>
              {busy ? 'Reading…' : 'Read posting'}
            </button>
            <label
              className={`${secondary} cursor-pointer focus-within:outline-2 focus-within:outline-accent`}
            >
              Choose a file
              <input
                type="file"
                className="sr-only"
                accept={ACCEPTED_EXTENSIONS.join(',')}
                onChange={(event) => {
                  const file = event.target.files?.[0]
                  event.target.value = ''
                  if (file) void readFile(file)
                }}
              />
            </label>
            {fileName && <span className="text-sm text-muted">From {fileName}</span>}
          </div>
        </form>
      )}

      {message && (
        <p
          role="alert"
          className="rounded-md border border-line bg-warn-soft p-3 text-sm text-warn"
        >
          {message}
        </p>
      )}

      {parsed && (
        <form
          className="flex flex-col gap-6"
          aria-labelledby="preview-heading"
          onSubmit={(event) => {
            event.preventDefault()
            // save() reports every outcome on the page itself (the message or the saved heading).
            void save()
          }}
        >
          <div className="flex flex-col gap-2">
            <h2
              id="preview-heading"
              ref={previewHeading}
              tabIndex={-1}
              className="text-xl font-semibold"
            >
              Check and correct
            </h2>
            <p className="text-sm text-muted">
              This is what was read. Change anything that is wrong; notes from the parser sit beside
              the fields they concern.
            </p>
            {roles.total > 1 && (
              <p className="text-sm font-medium">
                This post names {roles.total} roles: this is role {roles.total - roles.rest.length}{' '}
                of {roles.total}.
                {roles.rest.length > 0 && ' After saving it, the next one opens here.'}
              </p>
            )}
            {(warnings.other ?? []).length > 0 && (
              <ul
                className="list-disc rounded-md bg-warn-soft py-2 pr-3 pl-8 text-sm text-warn"
                aria-label="Parser notes"
              >
                {warnings.other?.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
            {(errors.other ?? []).map((error) => (
              <p key={error} className="text-sm font-medium text-warn">
                {error}
              </p>
            ))}
          </div>
          <PostingEditor
            draft={parsed.draft}
            onChange={(draft) => setParsed({ ...parsed, draft })}
            warnings={warnings}
            errors={errors}
          />
          <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-line bg-canvas py-3">
            <button type="submit" className={primary}>
              Save to my board
            </button>
            <button
              type="button"
              className={secondary}
              onClick={() => {
                setParsed(null)
                setMessage(null)
              }}
            >
              Back to the text
            </button>
          </div>
        </form>
      )}

      <PastedList />
    </section>
  )
}
