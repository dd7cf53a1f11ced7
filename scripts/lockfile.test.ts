import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { missingOptionals, type Lockfile } from './lockfile.ts'

describe('missingOptionals', () => {
  it('names an optional native build the lockfile does not list', () => {
    const lock: Lockfile = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/esbuild': {
          optionalDependencies: {
            '@esbuild/linux-x64': '0.28.2',
            '@esbuild/darwin-arm64': '0.28.2',
          },
        },
        'node_modules/@esbuild/linux-x64': {},
      },
    }
    expect(missingOptionals(lock)).toEqual(['node_modules/esbuild → @esbuild/darwin-arm64'])
  })

  it('finds a dependency nested under its parent or hoisted above it', () => {
    const lock: Lockfile = {
      lockfileVersion: 3,
      packages: {
        'node_modules/a/node_modules/b': { optionalDependencies: { c: '1', d: '1' } },
        'node_modules/a/node_modules/c': {},
        'node_modules/d': {},
      },
    }
    expect(missingOptionals(lock)).toEqual([])
  })
})

describe('package-lock.json', () => {
  it('lists every optional dependency, so npm ci installs the same versions on every platform', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile
    expect(missingOptionals(lock)).toEqual([])
  })
})
