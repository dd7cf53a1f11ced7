// npm run bench:measure -- DIR [OUT]
// Measures a folder of real postings through the parser and writes their profile (numbers
// only: distributions and shares, never any text) as a typed module, by default
// scripts/bench/wild-profile.ts, which calibrates the benchmark generator. Run by hand on
// ../shared/wild; nothing in the build or the tests reads that folder.
import '../regexp-engine.ts'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SECTION_KEYS, type Posting } from '../../src/model/posting.ts'
import { parsePostings } from '../../src/parser/index.ts'
import { quantilesOf, type PostingsProfile } from './postings-profile.ts'

const [dir, out = path.join(import.meta.dirname, 'wild-profile.ts')] = process.argv.slice(2)
if (!dir) {
  console.error('usage: npm run bench:measure -- DIR [OUT]')
  process.exit(2)
}

const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && /\.(?:txt|md|html?|json)$/i.test(e.name) && !/^[._]/.test(e.name))
  .filter((e) => !/^(?:readme\.md|silver\.json|labels\.json)$/i.test(e.name))
  .map((e) => path.join(e.parentPath, e.name))
  .sort()

const rawChars: number[] = []
const postings: Posting[] = []
let refused = 0
for (const file of files) {
  const raw = await readFile(file, 'utf8')
  const result = parsePostings(raw, { file: path.relative(dir, file) })
  if (!result.ok) {
    refused++
    continue
  }
  rawChars.push(raw.length)
  postings.push(...result.postings)
}

const share = (test: (p: Posting) => boolean) =>
  round(postings.filter(test).length / Math.max(1, postings.length))
function round(x: number) {
  return Math.round(x * 1000) / 1000
}
const textOf = (p: Posting) => SECTION_KEYS.reduce((n, k) => n + p.sections[k].join('').length, 0)

const languages: Record<string, number> = {}
for (const p of postings) languages[p.language] = (languages[p.language] ?? 0) + 1
const sortedLanguages = Object.fromEntries(
  Object.entries(languages)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => [code, round(n / postings.length)]),
)

const profile: PostingsProfile = {
  postings: postings.length,
  refused,
  rawChars: quantilesOf(rawChars),
  textChars: quantilesOf(postings.map(textOf)),
  sections: Object.fromEntries(
    SECTION_KEYS.map((key) => {
      const present = postings.filter((p) => p.sections[key].length > 0)
      return [
        key,
        {
          share: round(present.length / postings.length),
          bullets: quantilesOf(present.map((p) => p.sections[key].length)),
          bulletChars: quantilesOf(present.flatMap((p) => p.sections[key].map((b) => b.length))),
        },
      ]
    }),
  ) as PostingsProfile['sections'],
  stackCount: quantilesOf(postings.map((p) => p.stack.length)),
  placeCount: quantilesOf(postings.map((p) => p.locations.length)),
  withSalary: share((p) => p.salary !== null),
  withPostedAt: share((p) => p.postedAt !== null),
  withCompany: share((p) => p.company !== null),
  withTeam: share((p) => p.team !== null),
  workMode: {
    onsite: share((p) => p.workMode === 'onsite'),
    hybrid: share((p) => p.workMode === 'hybrid'),
    remote: share((p) => p.workMode === 'remote'),
    unstated: share((p) => p.workMode === null),
  },
  languages: sortedLanguages,
}

const source = `// Written by scripts/bench/measure-postings.ts from ${files.length} real posting files
// (${new Date().toISOString().slice(0, 10)}): numbers only, no text. Regenerate, don't edit.
import type { PostingsProfile } from './postings-profile.ts'

export const WILD_PROFILE: PostingsProfile = ${JSON.stringify(profile, null, 2)}
`
await writeFile(out, source)
console.log(
  `${files.length} files, ${postings.length} postings (${refused} refused); median text ${profile.textChars[3]} chars a posting, ${profile.rawChars[3]} chars a file → ${path.relative(process.cwd(), out)}`,
)
