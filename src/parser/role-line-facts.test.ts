import { describe, expect, it } from 'vitest'
import { parsePostings } from './index.ts'
import { roleLineFacts } from './role-line-facts.ts'

// Posts naming several roles, each with its own place, mode or pay. Written for these tests;
// the expected facts by hand.
function rolesOf(text: string) {
  const result = parsePostings(text)
  if (!result.ok) throw new Error(result.error)
  return result.postings.map((p) => ({
    title: p.title,
    workMode: p.workMode,
    officeDays: p.officeDaysPerWeek,
    places: p.locations.map((l) => l.city ?? l.country),
    pay: p.salary && [p.salary.min, p.salary.max, p.salary.currency],
  }))
}

describe('roleLineFacts', () => {
  it('reads the pay after the title and the place and mode in its brackets', () => {
    expect(roleLineFacts('Perception Engineer (Remote US) - $160k-$200k')).toMatchObject({
      title: 'Perception Engineer (Remote US)',
      salary: { min: 160000, max: 200000, currency: 'USD' },
      workMode: 'remote',
      remoteRegions: ['US'],
    })
    expect(roleLineFacts('Firmware Engineer (Boston, hybrid 3 days)')).toMatchObject({
      title: 'Firmware Engineer (Boston, hybrid 3 days)',
      workMode: 'hybrid',
      officeDays: 3,
      locations: [{ city: 'Boston', country: 'US' }],
    })
  })

  it('reads the parts after a title between pipes', () => {
    expect(roleLineFacts('Founding Engineer | Leeds | £60-90k + equity')).toMatchObject({
      title: 'Founding Engineer',
      salary: { min: 60000, max: 90000, currency: 'GBP' },
      locations: [{ city: 'Leeds', country: 'GB' }],
    })
  })

  it('leaves a title with no facts as it is', () => {
    expect(roleLineFacts('Backend Engineer (Go)')).toMatchObject({
      title: 'Backend Engineer (Go)',
      salary: null,
      workMode: null,
      locations: [],
    })
  })
})

describe('each role of a post keeps what its own line states', () => {
  it('a list of roles with place, mode and pay in brackets', () => {
    expect(
      rolesOf(
        [
          'Larkspur Robotics | Boston, MA and Remote (US) | Full-time',
          '',
          'We build autonomous forklifts for cold-storage warehouses. Stack: C++, ROS 2, Python.',
          '',
          'We are hiring:',
          '',
          '- Senior Robotics Software Engineer (Boston, onsite) - $170k-$210k',
          '- Perception Engineer (Remote US) - $160k-$200k',
          '- Embedded Firmware Engineer (Boston, hybrid 3 days) - $150k-$185k',
          '',
          'Email jobs@larkspur.example with "HN" in the subject.',
        ].join('\n'),
      ),
    ).toEqual([
      {
        title: 'Senior Robotics Software Engineer (Boston, onsite)',
        workMode: 'onsite',
        officeDays: null,
        places: ['Boston'],
        pay: [170000, 210000, 'USD'],
      },
      {
        title: 'Perception Engineer (Remote US)',
        workMode: 'remote',
        officeDays: null,
        places: ['US'],
        pay: [160000, 200000, 'USD'],
      },
      {
        title: 'Embedded Firmware Engineer (Boston, hybrid 3 days)',
        workMode: 'hybrid',
        officeDays: 3,
        places: ['Boston'],
        pay: [150000, 185000, 'USD'],
      },
    ])
  })

  it('a numbered list whose lines end in their pay', () => {
    const roles = rolesOf(
      [
        'Tessellate AI | San Francisco, CA (HQ)',
        '',
        'Tessellate builds inference servers for vision models. We write Rust and Python.',
        '',
        'Open roles:',
        '',
        '1. Infrastructure Engineer (Full-time, ONSITE): $150K–$220K + equity',
        '2. Developer Relations Engineer (Full-time, REMOTE): $90K–$140K + equity',
      ].join('\n'),
    )
    expect(roles.map((r) => [r.title, r.workMode, r.pay])).toEqual([
      // The brackets' contract and mode leave the title and are read as the role's facts.
      ['Infrastructure Engineer', 'onsite', [150000, 220000, 'USD']],
      ['Developer Relations Engineer', 'remote', [90000, 140000, 'USD']],
    ])
  })

  it("the post's own role, then the roles it 'also' hires for", () => {
    const roles = rolesOf(
      [
        'Halyard | Staff Product Engineer | Remote (US or Canada) | $200K - $240K',
        '',
        'Halyard builds the system of record for boat dealerships, in Rails and React Native.',
        '',
        'We also hire for:',
        '- Senior Data Engineer (Remote US) - $170K - $200K',
        '- Support Engineer (Remote, US timezones) - $90K - $110K',
      ].join('\n'),
    )
    expect(roles.map((r) => [r.title, r.pay])).toEqual([
      ['Staff Product Engineer', [200000, 240000, 'USD']],
      ['Senior Data Engineer (Remote US)', [170000, 200000, 'USD']],
      ['Support Engineer (Remote, US timezones)', [90000, 110000, 'USD']],
    ])
  })

  it("one role's remote region is its own, not the other roles'", () => {
    const result = parsePostings(
      [
        'Quillfeather | Several roles | Remote | Full-time',
        '',
        'Every role here is fully remote. We make a note-taking app for lawyers.',
        '',
        'Senior Backend Engineer - $150,000',
        'https://jobs.quillfeather.example/backend',
        '',
        'Senior Designer (Remote within USA)- $140,000',
        'https://jobs.quillfeather.example/design',
        '',
        'Senior Android Engineer - $150,000',
        'https://jobs.quillfeather.example/android',
      ].join('\n'),
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings.map((p) => [p.title, p.remoteRegions, p.salary?.min])).toEqual([
      ['Senior Backend Engineer', [], 150000],
      // The pay after a bracket's dash with no space before it is the role's.
      ['Senior Designer (Remote within USA)', ['US'], 140000],
      ['Senior Android Engineer', [], 150000],
    ])
  })

  it("the header's remote region is every role's", () => {
    const result = parsePostings(
      [
        'Quillfeather| Senior Backend Engineer, Support Engineer | REMOTE (US)',
        '',
        'We make a note-taking app for lawyers.',
        '',
        'Roles',
        '',
        '- Senior Backend Engineer: $150k-$180k',
        'Build our sync service in Go.',
        '',
        '- Support Engineer: $90k-$110k',
        'Help lawyers when a note goes missing.',
      ].join('\n'),
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings.map((p) => [p.title, p.remoteRegions])).toEqual([
      ['Senior Backend Engineer', ['US']],
      ['Support Engineer', ['US']],
    ])
  })
})

describe("each role's stack in a post naming several", () => {
  it('leaves out of a role what only the other roles’ lines name', () => {
    const result = parsePostings(
      'Brightwater Health | Remote (US) | Full-time\n\nWe help rural clinics get paid by insurers. Our services run on AWS.\n\nWe are hiring:\n- Senior Backend Engineer (Python/Django) - $170-200k\n- Founding Designer - $150-180k\n- Mobile Engineer – Swift and Kotlin, own our apps\n\nApply: https://brightwater.example/careers\n',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings.map((p) => [p.title, p.stack.map((s) => s.name)])).toEqual([
      ['Senior Backend Engineer (Python/Django)', ['AWS', 'Python', 'Django']],
      ['Founding Designer', ['AWS']],
      ['Mobile Engineer', ['AWS', 'Swift', 'Kotlin']],
    ])
  })
})
