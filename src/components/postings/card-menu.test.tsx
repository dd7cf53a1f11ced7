// @vitest-environment jsdom
import { act } from 'react'
import { reactRootPerTest } from '@/lib/react-root-fixture'
import { beforeEach, describe, expect, it } from 'vitest'
import { toCard } from '@/model/board-files'
import { makePosting } from '@/model/posting-fixture'
import { CardMenu } from './card-menu'

const posting = toCard(
  makePosting({
    id: 'acme-go',
    title: 'Go Engineer',
    source: { url: 'https://acme.example/jobs/go', applyUrl: 'https://apply.acme.example/go' },
  }),
)

const view = reactRootPerTest()
beforeEach(() => {
  view.render(<CardMenu posting={posting} />)
})

const button = () => view.container.querySelector('button')!
const panel = () => view.container.querySelector('[role="group"]')
const key = (target: Element, name: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }))
  })

async function openMenu() {
  act(() => {
    button().click()
  })
  // The entries load on the first open: wait for them (the import resolves in a few ticks).
  for (let tick = 0; tick < 200 && !panel(); tick++)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10))
    })
}

describe('CardMenu', () => {
  it('is a button named "More actions" that says whether it is open', () => {
    expect(button().textContent).toBe('More actions')
    expect(button().getAttribute('aria-expanded')).toBe('false')
    expect(panel()).toBeNull()
  })

  it('opens on the first entry: Apply, Original posting, Copy link; arrows move', async () => {
    await openMenu()
    expect(button().getAttribute('aria-expanded')).toBe('true')
    expect(panel()!.id).toBe(button().getAttribute('aria-controls'))
    const entries = [...panel()!.querySelectorAll('a, button')]
    expect(entries.map((e) => e.textContent)).toEqual([
      'Apply on apply.acme.example (opens in a new tab)',
      'Original posting (opens in a new tab)',
      'Copy link to this role',
    ])
    expect(entries[0]!.getAttribute('href')).toBe('https://apply.acme.example/go')
    expect(entries[0]!.getAttribute('rel')).toBe('noopener noreferrer')
    expect(document.activeElement).toBe(entries[0])
    key(entries[0]!, 'ArrowDown')
    expect(document.activeElement).toBe(entries[1])
    key(entries[1]!, 'End')
    expect(document.activeElement).toBe(entries[2])
    key(entries[2]!, 'ArrowDown')
    expect(document.activeElement).toBe(entries[0])
    key(entries[0]!, 'ArrowUp')
    expect(document.activeElement).toBe(entries[2])
  })

  it('Escape closes it and returns focus to the button', async () => {
    await openMenu()
    key(document.activeElement!, 'Escape')
    expect(panel()).toBeNull()
    expect(button().getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button())
  })

  it('a click outside closes it', async () => {
    await openMenu()
    act(() => {
      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    })
    expect(panel()).toBeNull()
  })
})
