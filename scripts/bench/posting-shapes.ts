// A generated Posting written out in the shapes raw postings arrive in, so the parser
// benchmark reads text like the real inputs: a plain text file with front matter and a
// facts block (`renderPostingText`), a "Who is hiring" comment (one "Company | Role | Place |
// Mode" line over paragraphs of prose), a job board's Markdown page (headings, bold labels,
// links) and a saved HTML page (nav and footer noise around the posting). For benchmarks only.
import type { Posting, SectionKey } from '../../src/model/posting.ts'
import { renderPostingText } from './render-posting.ts'

export type PostingShape = 'text' | 'comment' | 'markdown' | 'html'

const HEADINGS: Record<SectionKey, string> = {
  summary: 'About the role',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  niceToHave: 'Nice to have',
  benefits: 'What we offer',
  hiringProcess: 'Interview process',
  about: 'About us',
}
const MODE_WORD = { onsite: 'Onsite', hybrid: 'Hybrid', remote: 'Remote' } as const

function place(posting: Posting): string {
  const first = posting.locations[0]
  return first ? [first.city, first.country].filter(Boolean).join(', ') : ''
}

function pay(posting: Posting): string {
  const s = posting.salary
  if (!s?.min) return ''
  const max = s.max ?? s.min
  return `${s.currency} ${s.min.toLocaleString('en-US')} – ${max.toLocaleString('en-US')} per ${s.period}`
}

/** Each section's bullets as one paragraph of prose, as comments are written. */
function comment(posting: Posting): string {
  const head = [
    posting.company ?? 'Our team',
    posting.title,
    place(posting),
    posting.workMode ? MODE_WORD[posting.workMode] : '',
    pay(posting),
  ].filter(Boolean)
  const paragraphs = (Object.keys(HEADINGS) as SectionKey[])
    .map((key) => posting.sections[key].join(' '))
    .filter(Boolean)
  const stack = posting.stack.length
    ? [`Stack: ${posting.stack.map((s) => s.name).join(', ')}`]
    : []
  return [
    head.join(' | '),
    ...paragraphs,
    ...stack,
    `Apply: https://jobs.example.com/${posting.id}`,
  ].join('\n\n')
}

function markdown(posting: Posting): string {
  const lines = [`# ${posting.title}`, '']
  if (posting.company) lines.push(`**Company:** ${posting.company}  `)
  if (place(posting)) lines.push(`**Location:** ${place(posting)}  `)
  if (posting.workMode) lines.push(`**Work mode:** ${MODE_WORD[posting.workMode]}  `)
  if (pay(posting)) lines.push(`**Salary:** ${pay(posting)}  `)
  if (posting.stack.length) lines.push(`**Tags:** ${posting.stack.map((s) => s.name).join(', ')}`)
  for (const key of Object.keys(HEADINGS) as SectionKey[]) {
    const bullets = posting.sections[key]
    if (bullets.length) lines.push('', `## ${HEADINGS[key]}`, '', ...bullets.map((b) => `* ${b}`))
  }
  lines.push('', `[Apply for this job](https://jobs.example.com/${posting.id})`, '')
  lines.push('---', '', '## Similar jobs', '', '* [Another role](https://jobs.example.com/other)')
  return lines.join('\n') + '\n'
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function html(posting: Posting): string {
  const facts = [
    posting.company ? `<p class="company">${escape(posting.company)}</p>` : '',
    place(posting) ? `<p class="location">${escape(place(posting))}</p>` : '',
    posting.workMode ? `<p>${MODE_WORD[posting.workMode]}</p>` : '',
    pay(posting) ? `<p>${escape(pay(posting))}</p>` : '',
  ]
  const sections = (Object.keys(HEADINGS) as SectionKey[]).map((key) =>
    posting.sections[key].length
      ? `<h2>${HEADINGS[key]}</h2><ul>${posting.sections[key].map((b) => `<li>${escape(b)}</li>`).join('')}</ul>`
      : '',
  )
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<title>${escape(posting.title)}</title>`,
    '<style>body{font-family:sans-serif}</style></head><body>',
    '<nav><a href="/">Jobs</a> <a href="/companies">Companies</a> <a href="/login">Sign in</a></nav>',
    `<main><h1>${escape(posting.title)}</h1>`,
    ...facts,
    ...sections,
    `<a href="https://jobs.example.com/${posting.id}">Apply now</a></main>`,
    '<footer><p>© 2026 Example Jobs</p><a href="/privacy">Privacy</a></footer>',
    '<script>window.dataLayer=[];</script></body></html>',
  ].join('\n')
}

export function renderPostingShape(posting: Posting, shape: PostingShape): string {
  if (shape === 'comment') return comment(posting)
  if (shape === 'markdown') return markdown(posting)
  if (shape === 'html') return html(posting)
  return renderPostingText(posting)
}
