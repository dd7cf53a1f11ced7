import { describe, expect, it } from 'vitest'
import { webUrl } from '@/model/web-url'
import { applyTarget } from './apply-link'

describe('apply links', () => {
  it('link only web addresses', () => {
    expect(webUrl('javascript:alert(1)')).toBeNull()
    expect(webUrl('data:text/html,x')).toBeNull()
    expect(webUrl('not a url')).toBeNull()
    expect(webUrl('http://example.org/a')?.href).toBe('http://example.org/a')
  })

  it('apply at the stated address, else at the original posting; never on a closed role', () => {
    expect(
      applyTarget({ applyUrl: 'https://a.example/apply', url: 'https://b.example/job' })?.host,
    ).toBe('a.example')
    expect(applyTarget({ url: 'https://b.example/job' })?.host).toBe('b.example')
    expect(applyTarget({ applyUrl: 'javascript:x', url: 'https://b.example/job' })?.host).toBe(
      'b.example',
    )
    expect(applyTarget({ url: 'https://b.example/job', closedAt: '2026-11-01' })).toBeNull()
    expect(applyTarget({})).toBeNull()
  })
})
