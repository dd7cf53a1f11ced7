import { describe, expect, it } from 'vitest'
import { jsonDepth, MAX_JSON_DEPTH, readJson } from './json.ts'

describe('readJson', () => {
  it('counts nesting outside strings', () => {
    expect(jsonDepth('{"a": [1, {"b": "[[[{{{"}], "c": "\\"]"}')).toBe(3)
  })

  it('refuses JSON nested past the limit before parsing it, saying so', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const read = readJson(deep)
    expect(read).toMatchObject({ ok: false, tooDeep: true })
    if (!read.ok) expect(read.error).toMatch(`nested more than ${MAX_JSON_DEPTH} levels`)
  })

  it('parses JSON at the limit and says why invalid JSON was not read', () => {
    const atLimit = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)
    expect(readJson(atLimit).ok).toBe(true)
    expect(readJson('{"a": ')).toMatchObject({ ok: false, tooDeep: false })
  })
})
