import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generatePostings } from './bench/generate-postings.ts'
import { ingestRecordsFile } from './ingest.ts'

async function recordsFile(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'roleboard-records-'))
  const file = path.join(dir, name)
  await writeFile(file, content)
  return file
}

describe('ingestRecordsFile (POSTINGS_RECORDS, benchmarks only)', () => {
  it('takes a JSON array of valid Posting records as they are', async () => {
    const postings = generatePostings(20, 7)
    const file = await recordsFile('records.json', JSON.stringify(postings))
    const { postings: read, report } = await ingestRecordsFile(file)
    expect(read).toHaveLength(20)
    expect(read[3]).toEqual(postings[3])
    expect(report.postings).toBe(20)
  })

  it('rejects a record that is not a Posting, naming its index', async () => {
    const [good] = generatePostings(1, 1)
    const file = await recordsFile('bad.json', JSON.stringify([good, { ...good, title: '' }]))
    await expect(ingestRecordsFile(file)).rejects.toThrow(/record 1 is not a valid Posting/)
  })

  it('rejects anything but a JSON array in a .json file', async () => {
    await expect(ingestRecordsFile(await recordsFile('x.json', '{}'))).rejects.toThrow(/array/)
    await expect(ingestRecordsFile(await recordsFile('x.json', 'nope'))).rejects.toThrow(/JSON/)
    await expect(ingestRecordsFile(await recordsFile('x.txt', '[]'))).rejects.toThrow(/\.json/)
  })
})
