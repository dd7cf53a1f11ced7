import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const saved = process.env.POSTINGS_DIR

afterEach(() => {
  if (saved === undefined) delete process.env.POSTINGS_DIR
  else process.env.POSTINGS_DIR = saved
})

describe('the production build', () => {
  it('stops at a file that is not a posting, naming the file and the reason', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roleboard-bad-postings-'))
    const seed = await readFile(path.join(root, 'postings/001_86a4deb3c1aba822.txt'), 'utf8')
    await writeFile(path.join(dir, 'good.txt'), seed)
    await writeFile(
      path.join(dir, 'menu.txt'),
      'Our café serves breakfast from 8am. Try the pancakes and fresh orange juice on the terrace.',
    )
    process.env.POSTINGS_DIR = dir
    const outDir = await mkdtemp(path.join(tmpdir(), 'roleboard-bad-build-'))
    await expect(
      build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } }),
    ).rejects.toThrow(/menu\.txt: not a job posting/)
  }, 60_000)
})
