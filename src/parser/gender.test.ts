import { describe, expect, it } from 'vitest'
import { stripGenderTags } from './gender.ts'

describe('stripGenderTags', () => {
  it.each([
    ['Backend Entwickler (m/w/d)', 'Backend Entwickler'],
    ['Softwareentwickler (w/m/d) Java', 'Softwareentwickler Java'],
    ['Data Engineer (all genders)', 'Data Engineer'],
    ['Frontend-Entwickler:in', 'Frontend-Entwickler'],
    ['Développeur·euse Python (H/F)', 'Développeur Python'],
    ['Ingénieur DevOps F/H', 'Ingénieur DevOps'],
    ['Desarrollador/a Full Stack', 'Desarrollador Full Stack'],
    ['Programista Java (k/m)', 'Programista Java'],
    ['Programista Java (K/M/N)', 'Programista Java'],
    ['Medior Ontwikkelaar (m/v/x)', 'Medior Ontwikkelaar'],
    ['Machine Learning Engineer (f/m/x)', 'Machine Learning Engineer'],
  ])('%s -> %s', (title, expected) => {
    expect(stripGenderTags(title)).toBe(expected)
  })

  it('keeps a slash pair that is not a gender tag', () => {
    expect(stripGenderTags('AI/ML Engineer')).toBe('AI/ML Engineer')
    expect(stripGenderTags('Engineer, UI/UX')).toBe('Engineer, UI/UX')
    expect(stripGenderTags('Storage Engineer - I/O')).toBe('Storage Engineer - I/O')
  })
})
