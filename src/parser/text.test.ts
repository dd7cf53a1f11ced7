import { describe, expect, it } from 'vitest'
import { collapsedLength, stripControls, stripControlsDeep } from './text.ts'

describe('stripControls', () => {
  it('removes terminal escape sequences whole', () => {
    expect(stripControls('\u001b[1;31mSenior\u001b[0m Engineer')).toBe('Senior Engineer')
    expect(stripControls('\u001b]0;new window title\u0007Acme')).toBe('Acme')
    expect(stripControls('\u001b]8;;https://x.test\u001b\\link\u001b]8;;\u001b\\')).toBe('link')
    expect(stripControls('\u001b(Bplain \u009b2Jtext')).toBe('plain text')
  })

  it('removes bidirectional embeddings, overrides and isolates', () => {
    expect(stripControls('invoice\u202Efdp.exe \u2066x\u2069 \u202Ay\u202C')).toBe(
      'invoicefdp.exe x y',
    )
  })

  it('removes other controls, keeping tab and line breaks; form feed and vertical tab space words', () => {
    expect(stripControls('a\u0000b\u007fc\u0090d\te\nf\r\ng\fh\u000bi')).toBe('abcd\te\nf\r\ng h i')
  })

  it('keeps letters of every script and marks used in right-to-left text', () => {
    const text = 'Zürich · 東京 · مرحبا · שלום\u200F · Ελλάδα · हिन्दी'
    expect(stripControls(text)).toBe(text)
  })

  it('cleans every string of a record, and keeps a key named __proto__ as data', () => {
    const record: unknown = JSON.parse(
      '{"a": "x\\u001b[2Jy", "b": ["\\u202ez"], "__proto__": {"c": "\\u0000w"}}',
    )
    const clean = stripControlsDeep(record)
    expect(clean).toEqual(JSON.parse('{"a": "xy", "b": ["z"], "__proto__": {"c": "w"}}') as unknown)
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype)
  })
})

describe('collapsedLength', () => {
  it('counts a text as its white space collapsed and trimmed would be', () => {
    expect(collapsedLength('  Senior \n\n  Engineer\t ')).toBe(15)
    expect(collapsedLength('\u00a0a\u2003b\ufeff')).toBe(3)
    expect(collapsedLength('')).toBe(0)
    expect(collapsedLength(' \n ')).toBe(0)
  })

  it('stops counting at the length asked for', () => {
    expect(collapsedLength('a b c d e f', 3)).toBe(3)
  })
})
