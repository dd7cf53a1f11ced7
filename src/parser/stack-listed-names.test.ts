import { describe, expect, it } from 'vitest'
import { extractStack, type StackBlock } from './stack.ts'
import { ordinaryName } from './stack-listed-names.ts'

function stack(text: string, kind: StackBlock['kind'] = 'requirements') {
  return extractStack([{ kind, text }], null).stack
}
const names = (text: string, kind?: StackBlock['kind']) => stack(text, kind).map((s) => s.name)

describe('stack: names the taxonomy lacks, listed among technologies it knows', () => {
  it('reads a listed name beside known ones, in reading order, as "other"', () => {
    expect(names('- Experience with Spacelift or Terraform')).toEqual(['Spacelift', 'Terraform'])
    expect(stack('- Experience with Spacelift or Terraform')[0]).toEqual({
      name: 'Spacelift',
      category: 'other',
    })
  })

  it('reads the tools in brackets after a known name, and the list going on after them', () => {
    expect(names('Stack: Rust (Axum, SQLx), PostgreSQL, Redis', 'stack')).toEqual([
      'Rust',
      'Axum',
      'SQLx',
      'PostgreSQL',
      'Redis',
    ])
  })

  it('reads lists joined in the posting languages, and drops a version number', () => {
    expect(names('- des tests automatisés avec PHPUnit et Behat ;')).toEqual(['PHPUnit', 'Behat'])
    expect(names('- Du arbeitest mit Shopware 6, PHP und Vue.js')).toEqual([
      'Shopware',
      'PHP',
      'Vue.js',
    ])
  })

  it('does not read a word before a known name in brackets: it names a kind of thing', () => {
    expect(names('- Plattform-Services: Ingress (NGINX), Vault')).toEqual(['NGINX', 'Vault'])
  })

  it('needs at least as many known names as unknown ones in the list', () => {
    expect(names('- Python, Zentrix, Quorbel or Vandrix')).toEqual(['Python'])
  })

  it('reads only whole items: a capitalised word starting the next sentence is none', () => {
    expect(names('We use Python and SQL. Experience counts more than degrees.')).toEqual([
      'Python',
      'SQL',
    ])
    expect(names('- Experience with Kubernetes or Aruba wireless networks')).toEqual(['Kubernetes'])
  })

  it('does not read the companies of a list of customers', () => {
    expect(names('Our product is used by Google, Stripe, Zentrix and Notion.')).not.toContain(
      'Zentrix',
    )
  })

  it('does not read ordinary words, practices, places or roles as products', () => {
    expect(names('- Python, SQL, Statistics and Forecasting')).toEqual(['Python', 'SQL'])
    expect(names('- Java, Kotlin, Scrum, TDD')).toEqual(['Java', 'Kotlin'])
    expect(names('- Go, Kubernetes, Lisbon')).toEqual(['Go', 'Kubernetes'])
    expect(names('- znajomość Excela, Pythona i SQL')).not.toContain('Excela')
  })
})

describe('ordinaryName', () => {
  it.each([
    ['Statistics', true],
    ['Machine Learning', true],
    ['Relational Databases', true],
    ['Founding Engineer', true],
    ['API', true],
    ['Observability', true],
    ['Lambdas', true],
    ['Berlin', true],
    ['Swedish', true],
    ['Pythona', true],
    ['Spacelift', false],
    ['SQLx', false],
    ['PgBouncer', false],
    ['ProtoPie', false],
  ])('%s: %s', (name, ordinary) => {
    expect(ordinaryName(name)).toBe(ordinary)
  })

  it('takes several plain capitalised words for a product only in a stack list', () => {
    expect(ordinaryName('Octopus Deploy')).toBe(true)
    expect(ordinaryName('Octopus Deploy', true)).toBe(false)
  })
})

describe('stack: words beside known names that are no products', () => {
  it('leaves a German compound noun declined ("Kartendiensten") out', () =>
    expect(names('Von Vorteil: Erfahrung mit Keycloak oder Zahlungsanbietern (Stripe)')).toEqual([
      'Keycloak',
      'Stripe',
    ]))
  it('leaves a shorter German noun declined ("Containern") out', () =>
    expect(names('Erfahrung mit Kubernetes und Containern (Docker)')).toEqual([
      'Kubernetes',
      'Docker',
    ]))
  it.each([
    ['Kenntnisse in GCP von Vorteil, Azure-Erfahrung ist auch willkommen', ['GCP', 'Azure']],
    ['Rust, Go oder Pluspunkt Kotlin', ['Rust', 'Go', 'Kotlin']],
  ])('leaves what a skill is worth out: "%s"', (text, expected) =>
    expect(names(text)).toEqual(expected),
  )
  it('leaves a platform’s feature named short ("Auth") out', () =>
    expect(names('Backend as a service with Firebase (Auth, Firestore)')).toEqual([
      'Firebase',
      'Firestore',
    ]))
})

describe('stack: a security operations centre’s tools', () => {
  it('names the SIEM and the endpoint and cloud defence', () =>
    expect(
      names(
        'You will build detections in Microsoft Sentinel, tune Defender for Endpoint and Microsoft Defender for Cloud, and automate responses with Azure Logic Apps.',
      ).sort(),
    ).toEqual(
      [
        'Azure Logic Apps',
        'Microsoft Defender for Cloud',
        'Microsoft Defender for Endpoint',
        'Microsoft Sentinel',
      ].sort(),
    ))
})
