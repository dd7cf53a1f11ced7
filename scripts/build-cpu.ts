import type { Plugin } from 'vite'

/** CPU time this process has used so far, in ms (user and system, all its threads). */
export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** The build's phases whose CPU time is counted on their own; the rest is the bundle's. */
export const CPU_PHASES = ['ingest', 'data files', 'pages', 'service worker'] as const
export type CpuPhase = (typeof CPU_PHASES)[number]

/**
 * CPU time per phase of a build, so its summary shows where a build's time goes (issue #9:
 * 30 s of CPU on one core at 10,000 postings). A phase is timed only around work during
 * which nothing else of the build runs in this process (the caller sees to it), so no
 * phase counts another's time.
 */
export class CpuMeter {
  private readonly spent = new Map<CpuPhase, number>()

  add(phase: CpuPhase, ms: number): void {
    this.spent.set(phase, (this.spent.get(phase) ?? 0) + ms)
  }

  /** Runs `work`, counting the CPU time until it settles to `phase`. */
  async time<T>(phase: CpuPhase, work: () => Promise<T> | T): Promise<T> {
    const started = cpuMs()
    try {
      return await work()
    } finally {
      this.add(phase, cpuMs() - started)
    }
  }

  /** "build CPU: 31.4 s — ingest 14.1 s, data files 3.2 s, pages 9.8 s, ..., bundle and the rest 4.0 s" */
  summary(totalMs: number): string {
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    const phases = CPU_PHASES.filter((phase) => this.spent.has(phase))
    const counted = phases.reduce((sum, phase) => sum + this.spent.get(phase)!, 0)
    return (
      `build CPU (this process): ${s(totalMs)} — ` +
      [
        ...phases.map((phase) => `${phase} ${s(this.spent.get(phase)!)}`),
        `bundle and the rest ${s(Math.max(0, totalMs - counted))}`,
      ].join(', ')
    )
  }
}

/** Prints the meter's summary last, once every other plugin has closed the bundle. */
export function buildCpuPlugin(meter: CpuMeter): Plugin {
  let failed = false
  return {
    name: 'roleboard-build-cpu',
    apply: 'build',
    buildEnd(error) {
      failed = Boolean(error)
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (!failed) console.log(meter.summary(cpuMs()))
      },
    },
  }
}
