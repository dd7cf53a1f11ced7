import { describe, expect, it } from 'vitest'
import { CpuMeter, cpuMs } from './build-cpu.ts'

describe('CpuMeter', () => {
  it('names each counted phase in order and gives the rest of the total to the bundle', () => {
    const meter = new CpuMeter()
    meter.add('pages', 9_800)
    meter.add('ingest', 14_000)
    meter.add('ingest', 100)
    expect(meter.summary(30_000)).toBe(
      'build CPU (this process): 30.0 s — ingest 14.1 s, pages 9.8 s, bundle and the rest 6.1 s',
    )
  })

  it('counts the CPU time of the work it times, even when the work throws', async () => {
    const meter = new CpuMeter()
    const spin = (ms: number) => {
      const until = cpuMs() + ms
      while (cpuMs() < until);
    }
    await meter.time('service worker', () => spin(30))
    await expect(
      meter.time('service worker', () => {
        spin(20)
        throw new Error('failed')
      }),
    ).rejects.toThrow('failed')
    const counted = Number(/service worker ([\d.]+) s/.exec(meter.summary(1_000))![1])
    expect(counted).toBeGreaterThanOrEqual(0.05)
    expect(counted).toBeLessThan(1)
  })
})
