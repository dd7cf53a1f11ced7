import { describe, expect, it } from 'vitest'
import { previewFromHash, previewHash } from './preview-hash'

describe('preview hash', () => {
  it('reads the previewed id and writes it back', () => {
    expect(previewFromHash('#preview=acme-go-engineer')).toBe('acme-go-engineer')
    expect(previewHash('acme-go-engineer')).toBe('#preview=acme-go-engineer')
    expect(previewFromHash(previewHash('ünïcode & spaces/x'))).toBe('ünïcode & spaces/x')
    expect(previewHash(null)).toBe('')
  })

  it('ignores other and broken hashes', () => {
    expect(previewFromHash('')).toBeNull()
    expect(previewFromHash('#top')).toBeNull()
    expect(previewFromHash('#preview=')).toBeNull()
    expect(previewFromHash('#preview=%E0%A4%A')).toBeNull()
  })
})
