import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Installs the npm packages a data generator reads (`name → version`) into `cache`, those not
 * there yet. The generators' outputs are committed; their sources are installed on demand
 * instead of being dependencies every install and CI run pays for.
 */
export function installSources(cache: string, sources: Readonly<Record<string, string>>): void {
  const missing = Object.keys(sources).filter(
    (name) => !existsSync(join(cache, 'node_modules', name, 'package.json')),
  )
  if (missing.length === 0) return
  mkdirSync(cache, { recursive: true })
  console.log(`installing ${missing.join(', ')} into ${cache} ...`)
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      cache,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      ...missing.map((name) => `${name}@${sources[name]}`),
    ],
    { stdio: 'inherit' },
  )
}
