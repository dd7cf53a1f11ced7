import { describe, expect, it } from 'vitest'
import { teamFromText } from './text-facts.ts'

// A team named in the posting's prose. Sentences written for this test.
describe('a team named in a sentence', () => {
  it.each([
    ['You will join our Risk Platform team and own its rule engine.', 'Risk Platform'],
    ['The Payments team owns payouts and the ledger.', 'Payments'],
  ])('%s', (text, team) => expect(teamFromText(text)?.value).toBe(team))

  it('takes no heading above the sentence into the name', () => {
    expect(teamFromText('The Role\nThe Payments team owns payouts and the ledger.')?.value).toBe(
      'Payments',
    )
    expect(teamFromText('About The Company\nThe team is small.')).toBeNull()
  })
})
