import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Still short enough to fail a hang; long enough that a test spawning a worker or a
    // build step is not failed by a busy shared machine (at a load of 20 on 2 cores the
    // default 5 s failed tests that take under 1 s when idle).
    testTimeout: 20_000,
  },
})
