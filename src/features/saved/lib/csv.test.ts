import { describe, expect, it } from 'vitest'
import { emptySections, type Posting } from '@/model/posting'
import { bookmarksToCsv, csvCell } from './csv'

describe('csvCell', () => {
  it('quotes only what needs quoting', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(null)).toBe('')
  })

  it('keeps spreadsheets from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-1')).toBe("'-1")
  })

  it('guards a formula after leading spaces or line breaks, and tab or CR at the start', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1")
    expect(csvCell('\n\n@SUM(A1)')).toBe(`"'\n\n@SUM(A1)"`)
    expect(csvCell('\u00a0+cmd')).toBe("'\u00a0+cmd")
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell('\r=x')).toBe(`"'\r=x"`)
    expect(csvCell('＝1')).toBe("'＝1")
    expect(csvCell('a = b')).toBe('a = b')
  })

  it('strips control and bidirectional-override characters', () => {
    expect(csvCell('ok\u001b[2Jcleared\u202e')).toBe('ok[2Jcleared')
  })
})

describe('bookmarksToCsv', () => {
  it('writes a header and one row per bookmark, gone postings included', () => {
    const posting = {
      id: 'a',
      title: 'Engineer, Platform',
      company: 'Acme',
      source: { url: 'https://acme.example/1' },
      sections: emptySections(),
    } as Posting
    const at = '2026-01-01T00:00:00.000Z'
    const applied = '2026-01-05T10:00:00.000Z'
    const csv = bookmarksToCsv(
      [
        {
          postingId: 'a',
          status: 'applied',
          statusHistory: [
            { status: 'saved', at },
            { status: 'applied', at: applied },
          ],
          note: 'Sent "CV"',
          createdAt: at,
          updatedAt: applied,
        },
        {
          postingId: 'gone',
          status: 'saved',
          statusHistory: [{ status: 'saved', at: null }],
          note: '',
          createdAt: at,
          updatedAt: at,
        },
      ],
      new Map([['a', posting]]),
    )
    expect(csv.split('\r\n')).toEqual([
      'id,title,company,status,status_set_at,note,bookmarked_at,updated_at,source_url',
      `a,"Engineer, Platform",Acme,applied,${applied},"Sent ""CV""",${at},${applied},https://acme.example/1`,
      `gone,,,saved,,,${at},${at},`,
      '',
    ])
  })
})
