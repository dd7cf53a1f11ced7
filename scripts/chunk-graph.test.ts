import { describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import { staticClosure } from './chunk-graph.ts'

function chunk(fileName: string, imports: string[]): Rolldown.OutputChunk {
  return { type: 'chunk', fileName, imports } as unknown as Rolldown.OutputChunk
}

describe('staticClosure', () => {
  const bundle = {
    'a.js': chunk('a.js', ['b.js', 'c.js']),
    'b.js': chunk('b.js', ['c.js']),
    'c.js': chunk('c.js', ['a.js']),
    'd.js': chunk('d.js', []),
    'style.css': { type: 'asset', fileName: 'style.css' },
  } as unknown as Rolldown.OutputBundle

  it('follows static imports through cycles, each chunk once', () => {
    expect([...staticClosure(bundle, ['a.js'])].sort()).toEqual(['a.js', 'b.js', 'c.js'])
  })

  it('leaves out what no root reaches, assets and names not in the bundle', () => {
    expect([...staticClosure(bundle, ['d.js', 'style.css', 'gone.js'])]).toEqual(['d.js'])
  })
})
