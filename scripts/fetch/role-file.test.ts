import { describe, expect, it } from 'vitest'
import { markClosed, renderRoleFile, roleFileName, withoutCaptureDate } from './role-file.ts'
import type { Source } from './types.ts'

const source: Source = { kind: 'lever', target: 'acme', folder: 'lever-acme', line: 1 }

describe('role files', () => {
  it('keeps a safe id as the file name and never makes a dot- or underscore-file', () => {
    expect(roleFileName('4001')).toBe('4001.md')
    expect(roleFileName('0b5c-a1')).toBe('0b5c-a1.md')
    expect(roleFileName('.hidden')).toMatch(/^hidden-[0-9a-f]{8}\.md$/)
    expect(roleFileName('__x')).toMatch(/^x-[0-9a-f]{8}\.md$/)
    expect(roleFileName('../../etc/passwd')).toMatch(/^etc-passwd-[0-9a-f]{8}\.md$/)
    expect(roleFileName('a/b')).not.toBe(roleFileName('a?b'))
  })

  it('writes one-line front matter values, whatever the feed put in them', () => {
    const text = renderRoleFile(
      {
        id: '7',
        url: 'https://x.example/7',
        title: 'Engineer\n---\nurl: javascript:alert(1)',
        locations: ['Berlin; Germany', '  ', 'Berlin; Germany'],
        description: '  Body text.  ',
      },
      source,
      '2026-11-20',
    )
    expect(text).toBe(`---
url: https://x.example/7
capturedAt: 2026-11-20
sourceId: lever:7
title: Engineer --- url: javascript:alert(1)
locations: Berlin, Germany
---
Body text.
`)
  })

  it('keeps only whole places when a role lists too many for the front matter', () => {
    const places = Array.from({ length: 400 }, (_, i) => `City number ${i}, Country`)
    const text = renderRoleFile(
      { id: '1', url: 'https://x.example/1', locations: places, description: 'x' },
      source,
      '2026-11-20',
    )
    const head = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? ''
    expect(head.length).toBeLessThan(4000)
    const listed = /^locations: (.*)$/m.exec(head)?.[1]?.split('; ') ?? []
    expect(listed.length).toBeGreaterThan(50)
    expect(listed).toEqual(places.slice(0, listed.length))
  })

  it('compares captures without their date and marks a closed role', () => {
    const a = '---\nurl: https://x.example/1\ncapturedAt: 2026-11-20\n---\nText\n'
    const b = a.replace('2026-11-20', '2026-11-27')
    expect(withoutCaptureDate(a)).toBe(withoutCaptureDate(b))
    expect(markClosed(a, '2026-11-30')).toBe(
      '---\nurl: https://x.example/1\ncapturedAt: 2026-11-20\nclosedAt: 2026-11-30\n---\nText\n',
    )
    expect(markClosed(markClosed(a, '2026-11-30'), '2026-12-02')).toContain(
      'closedAt: 2026-12-02\n---',
    )
  })
})
