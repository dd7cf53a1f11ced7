import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestDir } from './ingest.ts'

const POSTING = `Platform Engineer

We are hiring a platform engineer to run our Kubernetes clusters and build the tools our
product teams deploy with. You will work with Go and Terraform every day.`

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'roleboard-ingest-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), text)
  }
  return dir
}

describe('ingestDir', () => {
  it('parses every posting file, in name order, with unique ids', async () => {
    const dir = await folder({ 'b.txt': POSTING, 'a.txt': POSTING, '.DS_Store': 'x' })
    const postings = await ingestDir(dir)
    expect(postings.map((p) => p.source.file)).toEqual(['a.txt', 'b.txt'])
    expect(new Set(postings.map((p) => p.id)).size).toBe(2)
  })

  it('stops at a file that is not a posting and names it', async () => {
    const dir = await folder({ 'good.txt': POSTING, 'nested/bad.txt': 'hello' })
    await expect(ingestDir(dir)).rejects.toThrow(/nested\/bad\.txt: not a job posting/)
  })

  it('refuses a file type it cannot read, naming it', async () => {
    const dir = await folder({ 'good.txt': POSTING, 'photo.png': 'binary' })
    await expect(ingestDir(dir)).rejects.toThrow(/photo\.png: unsupported file type/)
  })
})
