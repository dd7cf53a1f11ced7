// `npm ci` installs exactly what package-lock.json says, on every platform the team uses,
// only if the lockfile lists every optional dependency of every package: the per-platform
// native builds (esbuild, rolldown, lightningcss, Tailwind's oxide …) that npm skips on
// other machines. A lockfile written on one platform without them makes `npm ci` fail, or
// `npm install` resolve whatever is newest, elsewhere. lockfile.test.ts checks ours.

type LockPackage = { optionalDependencies?: Record<string, string> }
export type Lockfile = { lockfileVersion?: number; packages: Record<string, LockPackage> }

/** Where npm would look for `dependency` of the package at `at` (nearest node_modules up). */
function resolves(lock: Lockfile, at: string, dependency: string): boolean {
  let base = at
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${dependency}`
    if (candidate in lock.packages) return true
    if (!base) return false
    const cut = base.lastIndexOf('node_modules/')
    base = cut <= 0 ? '' : base.slice(0, cut - 1)
  }
}

/** Every "package → optional dependency" the lockfile does not list, as "from → name". */
export function missingOptionals(lock: Lockfile): string[] {
  if ((lock.lockfileVersion ?? 0) < 2) throw new Error('package-lock.json v2 or later is needed')
  const missing: string[] = []
  for (const [at, meta] of Object.entries(lock.packages)) {
    for (const dependency of Object.keys(meta.optionalDependencies ?? {}))
      if (!resolves(lock, at, dependency)) missing.push(`${at || '(root)'} → ${dependency}`)
  }
  return missing
}
