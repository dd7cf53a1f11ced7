import { describe, expect, it } from 'vitest'
import { parseSourcesFile, SourcesFileError } from './sources-file.ts'

describe('parseSourcesFile', () => {
  it('reads one source a line, skipping blanks and comments, with default folders', () => {
    const sources = parseSourcesFile(`# what this board follows
greenhouse acme
lever Northwind   # trailing comment
ashby  orbit company="Orbit Labs"

hn 2026-11
hn 45000123 as=hn-november
feed https://jobs.example.org/feed.rss
page https://careers.example.com/jobs/42?lang=en
`)
    expect(sources).toEqual([
      { kind: 'greenhouse', target: 'acme', folder: 'greenhouse-acme', line: 2 },
      { kind: 'lever', target: 'Northwind', folder: 'lever-northwind', line: 3 },
      { kind: 'ashby', target: 'orbit', folder: 'ashby-orbit', company: 'Orbit Labs', line: 4 },
      { kind: 'hn', target: '2026-11', folder: 'hn-2026-11', line: 6 },
      { kind: 'hn', target: '45000123', folder: 'hn-november', line: 7 },
      {
        kind: 'feed',
        target: 'https://jobs.example.org/feed.rss',
        folder: 'feed-jobs-example-org-feed-rss',
        line: 8,
      },
      {
        kind: 'page',
        target: 'https://careers.example.com/jobs/42?lang=en',
        folder: 'page-careers-example-com-jobs-42-lang-en',
        line: 9,
      },
    ])
  })

  it('names every bad line with what is wrong, all at once', () => {
    let error: unknown
    try {
      parseSourcesFile(`greenhouse acme
gren acme
lever
hn 2026-13
feed ftp://example.org/feed
workable bad/slug
recruitee acme colour=blue
personio acme as=Bad_Name
ashby acme company=
smartrecruiters acme company="Acme
greenhouse acme
`)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SourcesFileError)
    expect((error as SourcesFileError).problems).toEqual([
      'sources:2: unknown kind "gren": use one of greenhouse, lever, ashby, workable, smartrecruiters, recruitee, personio, hn, feed, page',
      'sources:3: lever needs the company slug, as in jobs.lever.co/SLUG',
      'sources:4: "2026-13" is not a month (2026-11) or the thread’s item id (45678901)',
      'sources:5: "ftp://example.org/feed" is not the http(s) address of an RSS, Atom or JSON feed',
      'sources:6: "bad/slug" is not the account subdomain, as in apply.workable.com/SUBDOMAIN',
      'sources:7: unknown option "colour=blue": options are company="Name" and as=folder',
      'sources:8: as=Bad_Name is not a folder name (lower-case letters, digits, -)',
      'sources:9: option company needs a value (company=...)',
      'sources:10: an opening quote is never closed',
      'sources:11: writes to postings/greenhouse-acme/ like line 1: add as=another-name',
    ])
  })

  it('accepts an empty file', () => {
    expect(parseSourcesFile('\n# nothing yet\n')).toEqual([])
  })
})
