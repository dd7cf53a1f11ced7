import { describe, expect, it } from 'vitest'
import {
  describeInterviewTime,
  formatMinutes,
  parseStepMinutes,
  summarizeHiringProcess,
} from './hiring-process'

describe('parseStepMinutes', () => {
  it.each([
    ['Coding & Testing interview- 1hour', 60],
    ['Tech Leadership interview- 1 hour', 60],
    ['Technical interview (90 minutes)', 90],
    ['Screening call, 30 min', 30],
    ['Take-home exercise: 2 hours', 120],
    ['Pairing session - 1.5 hours', 90],
    ['Pairing session - 1,5 hours', 90],
    ['Intro call of an hour', 60],
    ['Half an hour with the hiring manager', 30],
    ['System design 1h30', 90],
    ['Onsite: 2 hours 30 minutes', 150],
    ['A 45-minute chat with the team', 45],
    ['Culture interview 1 hr', 60],
    ['Two interviews, 2 x 45 minutes', 90],
    ['Recruiter call, 30-45 minutes', 30],
    ['Recruiter call, 1 to 2 hours', 60],
  ])('%s -> %i minutes', (step, minutes) => {
    expect(parseStepMinutes(step)).toBe(minutes)
  })

  it('multiplies "each part" by the parts the step names', () => {
    expect(parseStepMinutes('System Design & Data interview- 45 minutes each part')).toBe(90)
    expect(parseStepMinutes('Architecture, coding and values - 40 min each')).toBe(120)
  })

  it('counts "each part" once when the step names a single part', () => {
    expect(parseStepMinutes('Panel interview - 45 minutes each part')).toBe(45)
  })

  it.each([
    'Call with Ana one of our tech talent acquisition specialist',
    'Coffee chat with your possible EM',
    'Back Market Values fit interview',
    'Offer within 2 weeks',
    'Meet the data team',
    'Chat with the hiring manager',
    '',
  ])('states no duration: %s', (step) => {
    expect(parseStepMinutes(step)).toBeNull()
  })
})

describe('summarizeHiringProcess', () => {
  const backMarket = [
    'Call with Ana one of our tech talent acquisition specialist',
    'Coding & Testing interview- 1hour',
    'System Design & Data interview- 45 minutes each part',
    'Tech Leadership interview- 1 hour',
    'Coffee chat with your possible EM',
    'Back Market Values fit interview',
  ]

  it('sums known durations and counts the unknown ones', () => {
    const summary = summarizeHiringProcess(backMarket)
    expect(summary.steps.map((step) => step.minutes)).toEqual([null, 60, 90, 60, null, null])
    expect(summary.knownMinutes).toBe(210)
    expect(summary.unknownCount).toBe(3)
    expect(describeInterviewTime(summary)).toBe('≥ 3 h 30 min, 3 steps without a stated duration')
  })

  it('says when the total is complete', () => {
    const summary = summarizeHiringProcess(['Intro 30 min', 'Coding 1 hour'])
    expect(describeInterviewTime(summary)).toBe('1 h 30 min in total')
  })

  it('says when no step states a duration, or when there is no process', () => {
    expect(describeInterviewTime(summarizeHiringProcess(['Intro call', 'Onsite']))).toBe(
      'No step states a duration',
    )
    expect(describeInterviewTime(summarizeHiringProcess([]))).toBe('No hiring process stated')
  })

  it('uses the singular for one unknown step', () => {
    const summary = summarizeHiringProcess(['Intro call', 'Coding 1 hour'])
    expect(describeInterviewTime(summary)).toBe('≥ 1 h, 1 step without a stated duration')
  })
})

describe('formatMinutes', () => {
  it.each([
    [30, '30 min'],
    [60, '1 h'],
    [165, '2 h 45 min'],
    [0, '0 min'],
  ])('%i -> %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text)
  })
})
