import { describe, expect, it } from 'vitest'
import { inPrecache, logoChunkFiles } from './offline.ts'

describe('logoChunkFiles', () => {
  it('finds logo chunks by their module, never by a name a library shares', () => {
    const bundle = {
      'assets/react-CaKr0epQ.js': {
        type: 'chunk',
        fileName: 'assets/react-CaKr0epQ.js',
        facadeModuleId: '/app/node_modules/react/index.js',
      },
      'assets/react-DBGLjqVr.js': {
        type: 'chunk',
        fileName: 'assets/react-DBGLjqVr.js',
        facadeModuleId: '\0virtual:tech-logo/react',
      },
      'assets/postgresql-A1b2C3d4.js': {
        type: 'chunk',
        fileName: 'assets/postgresql-A1b2C3d4.js',
        facadeModuleId: '\0virtual:tech-logo/postgresql',
      },
      'assets/vendor-Zz9Yy8Xx.js': {
        type: 'chunk',
        fileName: 'assets/vendor-Zz9Yy8Xx.js',
        facadeModuleId: null,
      },
      'favicon.svg': { type: 'asset', fileName: 'favicon.svg' },
    }
    expect([...logoChunkFiles(bundle)].sort()).toEqual([
      'assets/postgresql-A1b2C3d4.js',
      'assets/react-DBGLjqVr.js',
    ])
  })
})

describe('inPrecache', () => {
  const firstCards = new Set(['cards/0.json'])
  it('keeps the app shell and what the board needs to open', () => {
    for (const url of [
      'index.html',
      'assets/index-AbC123.js',
      'assets/index-AbC123.css',
      'manifest.webmanifest',
      'icon-192.png',
      'data/report.json',
      'data/0a1b2c3d4e5f/index.json',
      '/data/0a1b2c3d4e5f/ids.json',
      'data/0a1b2c3d4e5f/cards/0.json',
    ])
      expect(inPrecache(url, firstCards), url).toBe(true)
  })

  it('leaves out every file that grows with the board (pages, postings, later cards, text) and the parser worker', () => {
    for (const url of [
      'jobs/acme-backend-engineer.html',
      '/jobs/acme-backend-engineer.html',
      'data/0a1b2c3d4e5f/postings/acme-backend-engineer.json',
      'data/0a1b2c3d4e5f/cards/1.json',
      'data/0a1b2c3d4e5f/cards/61.json',
      'data/0a1b2c3d4e5f/text/ru.json',
      'assets/parse.worker-CtPzm6Qz.js',
    ])
      expect(inPrecache(url, firstCards), url).toBe(false)
  })
})
