// @vitest-environment jsdom
import { act } from 'react'
import { reactRootPerTest } from '@/lib/react-root-fixture'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_FILTERS, type FilterState } from '@/model/filters'
import { FACET_KEYS, type FacetKey, type FacetValue } from '@/search/types'
import { FacetPanel } from './facet-panel'

function facets(partial: Partial<Record<FacetKey, FacetValue[]>>): Record<FacetKey, FacetValue[]> {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, partial[k] ?? []])) as Record<
    FacetKey,
    FacetValue[]
  >
}

const view = reactRootPerTest()

function render(filters: FilterState, values: Partial<Record<FacetKey, FacetValue[]>>) {
  const onChange = vi.fn()
  view.render(
    <FacetPanel
      facets={facets(values)}
      ranges={{ posted: { '1d': 1, '7d': 2, '30d': 3 }, payStated: 2 }}
      filters={filters}
      onChange={onChange}
    />,
  )
  return { onChange }
}

const legends = () => [...view.container.querySelectorAll('legend')].map((l) => l.textContent)
const labels = (legend: string) => {
  const fieldset = [...view.container.querySelectorAll('fieldset')].find(
    (f) => f.querySelector('legend')?.textContent === legend,
  )!
  return [...fieldset.querySelectorAll('input[type=checkbox]')].map(
    (box) => (box as HTMLInputElement).labels![0]!.textContent,
  )
}

describe('FacetPanel', () => {
  it('names each group by its legend and labels each value with its count', () => {
    render(DEFAULT_FILTERS, {
      stack: [
        { value: 'Python', count: 2 },
        { value: 'Go', count: 1 },
      ],
      country: [{ value: 'ES', count: 1 }],
      city: [{ value: 'Barcelona', count: 1 }],
      seniority: [
        { value: 'senior', count: 3 },
        { value: 'junior', count: 1 },
      ],
    })
    expect(legends()).toEqual([
      'Stack',
      'Seniority',
      'Role family',
      'Location',
      'Work from',
      'Work mode',
      'Salary',
      'Posted',
      'Employment type',
      'Visa and relocation',
      'Company',
    ])
    expect(labels('Stack')).toEqual(['Python (2)', 'Go (1)'])
    // Seniority reads from junior up, whatever the counts.
    expect(labels('Seniority')).toEqual(['Junior (1)', 'Senior (3)'])
    expect(labels('Location')).toEqual(['Spain (1)', 'Barcelona (1)'])
  })

  it('hides values no role would match unless they are selected', () => {
    render(
      { ...DEFAULT_FILTERS, stack: ['Rust'] },
      {
        stack: [
          { value: 'Python', count: 0 },
          { value: 'Rust', count: 0 },
        ],
      },
    )
    expect(labels('Stack')).toEqual(['Rust (0)'])
  })

  it('shows the top values, then all of them on request', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ value: `Tech ${i}`, count: 20 - i }))
    render({ ...DEFAULT_FILTERS, stack: ['Tech 11'] }, { stack: many })
    // The top eight, plus the selected value further down.
    expect(labels('Stack')).toHaveLength(9)
    const more = [...view.container.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Show all 12'),
    )!
    act(() => more.click())
    expect(labels('Stack')).toHaveLength(12)
  })

  it('reports ticks, the stack mode and the office-day limit to its owner as new filters', () => {
    const { onChange } = render(DEFAULT_FILTERS, {
      stack: [{ value: 'Go', count: 1 }],
    })
    act(() => (view.container.querySelector('input[type=checkbox]') as HTMLInputElement).click())
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, stack: ['Go'] })
    act(() => (view.container.querySelector('input[value=any]') as HTMLInputElement).click())
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, stackMode: 'any' })
    const select = view.container.querySelector('select')!
    act(() => {
      select.value = '2'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, maxOfficeDays: 2 })
  })

  it('labels visa, relocation, work-from and posted values with their counts', () => {
    const { onChange } = render(DEFAULT_FILTERS, {
      workFrom: [{ value: 'PT', count: 4 }],
      visa: [{ value: 'yes', count: 2 }],
      relocation: [{ value: 'yes', count: 1 }],
      type: [{ value: 'contract', count: 1 }],
    })
    expect(labels('Work from')).toEqual(['Portugal (4)'])
    expect(labels('Visa and relocation')).toEqual(['Visa sponsorship (2)', 'Relocation help (1)'])
    expect(labels('Employment type')).toEqual(['Contract (1)'])
    const posted = [...view.container.querySelectorAll('input[name=posted]')] as HTMLInputElement[]
    expect(posted.map((box) => box.labels![0]!.textContent)).toEqual([
      'Any time',
      'Past 24 hours (1)',
      'Past 7 days (2)',
      'Past 30 days (3)',
    ])
    act(() => posted[2]!.click())
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, posted: '7d' })
  })
})
