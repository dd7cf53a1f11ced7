import { describe, expect, it } from 'vitest'
import { joinHardWraps } from './hard-wraps.ts'

describe('lines broken at the page width, joined back', () => {
  it('joins a word broken by a hyphen', () => {
    expect(joinHardWraps('the data model in Post-\ngreSQL today')).toBe(
      'the data model in PostgreSQL today',
    )
  })

  it('joins a long line that stops mid-sentence to the line that goes on in lower case', () => {
    const first = 'Every working day some 11.000 trucks in the Benelux drive routes'
    expect(joinHardWraps(`${first}\nthat our software plans.`)).toBe(
      `${first} that our software plans.`,
    )
  })

  it('joins a long bullet to its indented rest', () => {
    const bullet = '•   Design and maintain backend services in Kotlin and Java (Spring'
    expect(joinHardWraps(`${bullet}\n    Boot), used by planners;`)).toBe(
      `${bullet} Boot), used by planners;`,
    )
  })

  it.each([
    [
      'This position is hybrid. Employees in this role are expected on site at the',
      'Leeds engineering centre three days a week.',
    ],
    ['Sie arbeiten in einem kleinen Team an unserem Standort in der', 'Hamburger Speicherstadt.'],
    [
      'Tu rejoindras une équipe de huit personnes basée dans nos locaux à',
      'Nantes, près de la gare.',
    ],
  ])('joins a long line that ends on a word no sentence ends on: "%s"', (first, rest) => {
    expect(joinHardWraps(`${first}\n${rest}`)).toBe(`${first} ${rest}`)
  })

  it.each([
    ['a short line over a lower-case one', 'Requirements\npython and sql'],
    [
      'a header line that ends in a link, over the first sentence',
      'Tidemark | Founding Engineer | SF (In-Person) | https://tidemark.com\nEvery day we plan routes.',
    ],
    [
      'a finished sentence',
      `${'We build route planning software for carriers in Europe'}.\nand more`,
    ],
    [
      'a link under a role',
      `${'Senior Software Engineer, Windows Desktop App - $178,500 USD'}\nhttps://jobs.example/1`,
    ],
    [
      'a bullet over the next bullet',
      '•   Design and maintain backend services in Kotlin and Java (Spring\n•   Boot',
    ],
    [
      'a hyphen before a capital',
      'Full-stack engineer for our team in Utrecht and Rotterdam, Front-\nEnd heavy',
    ],
  ])('leaves %s', (_, text) => {
    expect(joinHardWraps(text)).toBe(text)
  })
})

describe('a heading of the page over the listings it heads', () => {
  it('stays whole, whatever word it ends on ("… sahen sich auch an")', () => {
    const heading = 'Personen, die diesen Job angesehen haben, sahen sich auch an'
    expect(joinHardWraps(`${heading}\nData Engineer (m/w/d)\nFulda`)).toBe(
      `${heading}\nData Engineer (m/w/d)\nFulda`,
    )
  })
})
