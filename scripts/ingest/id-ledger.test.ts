import { describe, expect, it } from 'vitest'
import { parseIdLedger, serializeIdLedger } from './id-ledger.ts'

describe('id ledger', () => {
  it('writes one record a line in id order, and reads it back the same', () => {
    const text =
      '{"id":"acme-a","base":"acme-a","files":["x/1.md"]}\n' +
      '{"id":"acme-a-berlin","base":"acme-a","files":["x/2.md","y/3.md"]}\n'
    const ledger = parseIdLedger(`${text.split('\n').reverse().join('\n')}\n`)
    expect([...ledger.keys()]).toEqual(['acme-a-berlin', 'acme-a'])
    expect(serializeIdLedger(ledger)).toBe(text)
  })

  it('refuses a damaged ledger with the line and the reason', () => {
    expect(() => parseIdLedger('{"id":"a","base":"a","files":["1.md"]}\nnot json')).toThrow(
      '_ids.jsonl: line 2 is not JSON',
    )
    expect(() => parseIdLedger('{"id":"a","base":"a","files":[]}')).toThrow(
      '_ids.jsonl: line 1: "files" must list the files the id was given for',
    )
    expect(() =>
      parseIdLedger(
        '{"id":"a","base":"a","files":["1.md"]}\n{"id":"a","base":"a","files":["2.md"]}',
      ),
    ).toThrow('_ids.jsonl: line 2: the id “a” is listed twice')
    expect(() => parseIdLedger(`{"id":"${'a'.repeat(201)}","base":"a","files":["1.md"]}`)).toThrow(
      '_ids.jsonl: line 1: the id is 201 characters long (at most 200)',
    )
  })
})
