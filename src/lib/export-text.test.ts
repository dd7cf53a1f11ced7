import { describe, expect, it } from 'vitest'
import { stripUnsafeCharacters } from './export-text'

describe('stripUnsafeCharacters', () => {
  it('removes control, terminal-escape and bidirectional-override characters', () => {
    expect(stripUnsafeCharacters('a\u0000b\u001b[31mred\u0007')).toBe('ab[31mred')
    expect(stripUnsafeCharacters('invoice\u202Efdp.exe')).toBe('invoicefdp.exe')
    expect(stripUnsafeCharacters('x\u2066y\u2069z\u200Fw\u0085')).toBe('xyzw')
  })

  it('keeps tabs, line breaks and ordinary non-Latin text', () => {
    expect(stripUnsafeCharacters('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd')
    expect(stripUnsafeCharacters('Zürich · 東京 · عربي')).toBe('Zürich · 東京 · عربي')
  })
})
