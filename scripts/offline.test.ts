import { describe, expect, it } from 'vitest'
import { logoChunkFiles } from './offline.ts'

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
