// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { reactRootPerTest } from '@/lib/react-root-fixture'
import { logoHook } from './tech-logo-store'

// Loaders written here: each resolves or fails when the test says so, and counts its calls.
const pending = new Map<string, { resolve: () => void; reject: () => void }>()
const calls: string[] = []
const loader = (key: string) => () => {
  calls.push(key)
  return new Promise<{ default: string }>((resolve, reject) =>
    pending.set(key, {
      resolve: () => resolve({ default: `<${key}>` }),
      reject: () => reject(new Error('chunk failed')),
    }),
  )
}
const many = Array.from({ length: 20 }, (_, i) => `tech${i}`)

// The tasks the store waits for run when the test says so.
let tasks: (() => void)[] = []
const nextTask = () => new Promise<void>((resolve) => tasks.push(resolve))
const runTask = () =>
  act(() => {
    const run = tasks
    tasks = []
    for (const task of run) task()
    // What the tasks started (the loads) runs before act returns.
    return Promise.resolve()
  })

const useLogo = logoHook(
  {
    python: loader('python'),
    postgresql: loader('postgresql'),
    kotlin: loader('kotlin'),
    ...Object.fromEntries(many.map((key) => [key, loader(key)])),
  },
  nextTask,
)

let renders = 0
function Logo({ name }: { name: string }) {
  renders++
  const { known, data } = useLogo(name)
  return <i>{known ? (data ?? 'loading') : 'none'}</i>
}

const view = reactRootPerTest()
const flush = () => act(async () => {})
const shown = () => [...view.container.querySelectorAll('i')].map((i) => i.textContent)

describe('logoHook', () => {
  it('loads each logo once, and shows each where it is drawn as soon as it arrives', async () => {
    view.render(
      <>
        <Logo name="python" />
        <Logo name="postgresql" />
        <Logo name="python" />
      </>,
    )
    // Not in the commit's own task.
    expect(calls).toEqual([])
    await runTask()
    expect(calls).toEqual(['python', 'postgresql'])
    expect(shown()).toEqual(['loading', 'loading', 'loading'])
    renders = 0
    pending.get('python')!.resolve()
    await flush()
    expect(shown()).toEqual(['<python>', 'loading', '<python>'])
    // Only where the logo that came is drawn.
    expect(renders).toBe(2)
    pending.get('postgresql')!.resolve()
    await flush()
    expect(shown()).toEqual(['<python>', '<postgresql>', '<python>'])
    expect(renders).toBe(3)
  })

  it('starts loading many logos a few per task', async () => {
    calls.length = 0
    view.render(
      <>
        {many.map((key) => (
          <Logo key={key} name={key} />
        ))}
      </>,
    )
    const perTask: number[] = []
    while (tasks.length > 0) {
      const before = calls.length
      await runTask()
      perTask.push(calls.length - before)
    }
    expect(perTask).toEqual([8, 8, 4])
    expect(calls).toEqual(many)
  })

  it('says there is no logo for a name it has no loader for, an inherited name included', async () => {
    view.render(
      <>
        <Logo name="cobol" />
        <Logo name="constructor" />
      </>,
    )
    await runTask()
    expect(shown()).toEqual(['none', 'none'])
  })

  it('keeps waiting when a logo fails to load, and tries again on next show', async () => {
    view.render(<Logo name="kotlin" />)
    await runTask()
    pending.get('kotlin')!.reject()
    await flush()
    expect(shown()).toEqual(['loading'])
    view.render(<></>)
    view.render(<Logo name="kotlin" />)
    await runTask()
    expect(calls.filter((key) => key === 'kotlin')).toHaveLength(2)
    pending.get('kotlin')!.resolve()
    await flush()
    expect(shown()).toEqual(['<kotlin>'])
  })
})
