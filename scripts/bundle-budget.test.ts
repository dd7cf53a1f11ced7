import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadKind, routeBudgets } from './bundle-budget.ts'

const readme = (table: string) => `# App

### First-load bytes per route

Some words.

${table}

## Next
| not | this |
`

describe('routeBudgets', () => {
  it('reads each route and its budgets from the table', () => {
    const text = readme(`| route | path | JavaScript budget | CSS budget | data budget | measured |
| ----- | ---- | ----------------- | ---------- | ----------- | -------- |
| board | \`/\` | ≤ 160 kB | ≤ 7.5 kB | ≤ 1.2 kB | 145.0 kB |
| \`about\` | \`/about\` | ≤ 150.5 kB | ≤ 7.5 kB | ≤ 0 kB | 140 kB |`)
    expect(routeBudgets(text)).toEqual([
      { route: 'board', js: 160, css: 7.5, data: 1.2 },
      { route: 'about', js: 150.5, css: 7.5, data: 0 },
    ])
  })

  it('names the cell it cannot read, and a missing section or column', () => {
    const bad = readme(`| route | JavaScript budget | CSS budget | data budget |
| - | - | - | - |
| saved | 150 kB | ≤ 7 kB | ≤ 1 kB |`)
    expect(() => routeBudgets(bad)).toThrow(`saved's JavaScript budget is not "≤ N kB": "150 kB"`)
    expect(() => routeBudgets('# App\n')).toThrow('no "### First-load bytes per route" section')
    const noCss = readme(`| route | JavaScript budget | data budget |
| - | - | - |
| saved | ≤ 150 kB | ≤ 1 kB |`)
    expect(() => routeBudgets(noCss)).toThrow('no "CSS budget" column')
  })

  it('finds the six routes in the README', () => {
    const routes = routeBudgets(readFileSync('README.md', 'utf8')).map((budget) => budget.route)
    expect(routes).toEqual(['board', 'posting', 'compare', 'saved', 'insights', 'about'])
  })
})

describe('loadKind', () => {
  it('counts scripts, style sheets and data files, nothing else', () => {
    const at = (p: string) => loadKind(`http://127.0.0.1:4173${p}`)
    expect(at('/assets/index-Bpx4JMi_.js')).toBe('js')
    expect(at('/assets/board-index.worker-abc.js')).toBe('js')
    expect(at('/assets/index-Dyd4CK3u.css')).toBe('css')
    expect(at('/data/186a5f7d5c37/cards/0.json')).toBe('data')
    expect(at('/data/186a5f7d5c37/postings/a.json?x=1')).toBe('data')
    expect(at('/jobs/a')).toBeUndefined()
    expect(at('/favicon.svg')).toBeUndefined()
    expect(at('/manifest.webmanifest')).toBeUndefined()
  })
})
