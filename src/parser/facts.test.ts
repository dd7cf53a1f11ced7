import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { levelFromText, levelFromTitle } from './level.ts'
import { readPlaces, resolvePlace } from './places.ts'
import { salaryIn } from './salary.ts'
import { decideWorkMode, officeDaysIn, remoteRegionsIn } from './work-mode.ts'

describe('seniority', () => {
  it.each([
    ['Senior Backend Engineer - Payout', 'senior'],
    ['Sr Staff Software Engineer (Expanse)', 'staff'],
    ['Software Java Engineer II', 'mid'],
    ['Software Development Team Leader', 'lead'],
    ['Director of Software Engineering, UK', 'director'],
    ['Engineering Manager, Payments', 'manager'],
    ['Junior Site Reliability Engineer (Azure)', 'junior'],
    ['Principal Data Scientist', 'principal'],
    ['VP of Engineering', 'executive'],
    ['Software Engineering Intern', 'intern'],
    ['Member of Technical Staff', null],
    ['Lead Generation Specialist', 'lead'],
    ['Data Analyst, Middle East', null],
    ['Analytics Engineer (L5)', null],
  ])('%s -> %s', (title, level) => {
    expect(levelFromTitle(title)).toBe(level)
  })

  it('reads a level the text states for the role, not one it mentions in passing', () => {
    expect(levelFromText('As a Senior I Engineer: Produce, Innovate & Share')?.value).toBe('senior')
    expect(levelFromText('This is a senior-level role, so we require five years.')?.value).toBe(
      'senior',
    )
    expect(levelFromText('You will guide junior engineers and run lead generation.')).toBeNull()
    expect(levelFromText('Our clients across the Middle East.')).toBeNull()
  })
})

describe('places', () => {
  it.each([
    ['UK', [{ city: null, region: null, country: 'GB' }]],
    ['Barcelona, Cataluña', [{ city: 'Barcelona', region: 'Catalonia', country: 'ES' }]],
    ['London | Hybrid', [{ city: 'London', region: 'England', country: 'GB' }]],
    ['Scottsdale, AZ', [{ city: 'Scottsdale', region: 'Arizona', country: 'US' }]],
    ['remote,Kraków, Poland', [{ city: 'Kraków', region: 'Lesser Poland', country: 'PL' }]],
    ['Utrecht, The Netherlands', [{ city: 'Utrecht', region: 'Utrecht', country: 'NL' }]],
    ['Barcelona, Cataluña, ESP', [{ city: 'Barcelona', region: 'Catalonia', country: 'ES' }]],
    ['Remote (EU)', []],
    ['9 Locations', []],
  ])('%s', (text, locations) => {
    expect(readPlaces(text).locations).toEqual(locations)
  })

  it('keeps remote regions and vague place counts apart from locations', () => {
    expect(readPlaces('Remote (EU)').remoteRegions).toEqual(['EU'])
    expect(readPlaces('Amsterdam or Remote (EU and UK)').remoteRegions).toEqual(['EU', 'GB'])
    expect(readPlaces('9 Locations').vague).toEqual(['9 Locations'])
  })

  it('does not take a company or a sentence for a place', () => {
    expect(resolvePlace('Palo Alto Networks')).toBeNull()
    expect(resolvePlace('Immigration support for US candidates')).toBeNull()
    expect(resolvePlace('Director of Software Engineering, UK')).toBeNull()
  })
})

describe('work mode and office days', () => {
  const decide = (text: string, header: ('remote' | 'hybrid' | 'onsite')[] = []) =>
    decideWorkMode(
      text,
      header.map((value) => ({ value, raw: value, from: 'test' })),
      [],
      [],
    )

  it.each([
    ['3 days / week at the office', 'hybrid', 3],
    ['We work hybrid.', 'hybrid', null],
    ['We are remote-first within Poland.', 'remote', null],
    ['This is a fully remote role.', 'remote', null],
    ['You will be in the office at least three days a week.', 'hybrid', 3],
    ['Hybrid, 2-3 days on site.', 'hybrid', 2],
    ['We all come into the office on Tuesdays and Thursdays.', 'hybrid', 2],
    ['Hybrid: in the office Monday to Wednesday.', 'hybrid', 3],
    ['We are in the office Tuesday through Thursday.', 'hybrid', 3],
    // An on-site role's five stated days are its office days.
    ['Full time, in the office Monday to Friday.', 'onsite', 5],
    ['We expect you in one of our offices two days a week.', 'hybrid', 2],
    ['Expect to be in-office twice a week.', 'hybrid', 2],
    ['This is a work-from-office role in Pune.', 'onsite', null],
    ['The role is on-site at our Toronto office.', 'onsite', null],
    ['Hybrid 2 days/week in Toronto.', 'hybrid', 2],
    ['This role is on-site full-time in Lyon.', 'onsite', null],
    ['One 2-day onsite in Poznań each month; otherwise remote-first.', 'remote', null],
    ['This role is hybrid. We will consider remote for the right candidate.', 'hybrid', null],
    ['Our team meets in a virtual on-site.', null, null],
  ])('%s', (text, mode, days) => {
    const decision = decide(text)
    expect(decision.mode?.value ?? null).toBe(mode)
    expect(decision.officeDays?.value ?? null).toBe(days)
  })

  it('lets the text win over the job-board header, and says so', () => {
    const decision = decide('Employees work from the office three days per week.', ['remote'])
    expect(decision.mode?.value).toBe('hybrid')
    expect(decision.conflict).toMatch(/header says remote/)
  })

  it('does not count days per month as days per week', () => {
    expect(officeDaysIn('2 days in office per month')).toBeNull()
  })

  it('reads where a remote hire may live, and nothing when it is not stated', () => {
    expect(remoteRegionsIn('Remote (EU only).')).toEqual(['EU'])
    expect(remoteRegionsIn('Fully remote from anywhere in the US.')).toEqual(['US'])
    expect(remoteRegionsIn('Remote (worldwide).')).toEqual(['Worldwide'])
    expect(remoteRegionsIn('This is a fully remote role.')).toEqual([])
    expect(remoteRegionsIn('Remote (ES, PT).')).toEqual(['ES', 'PT'])
  })

  it('reads a list of countries before "only"', () => {
    expect(
      remoteRegionsIn('We hire in the US and Canada only, in Pacific to Eastern time.'),
    ).toEqual(['US', 'CA'])
    expect(remoteRegionsIn('Candidates in Spain, Portugal or France only.')).toEqual([
      'ES',
      'PT',
      'FR',
    ])
    expect(remoteRegionsIn('UK only.')).toEqual(['GB'])
  })

  it('reads who may apply, in a sentence about remote work', () => {
    expect(
      remoteRegionsIn(
        'This is a remote position open to candidates in the United States and Canada.',
      ),
    ).toEqual(['US', 'CA'])
    expect(
      remoteRegionsIn('This is a fully remote position open only to candidates based in Kenya.'),
    ).toEqual(['KE'])
    expect(
      remoteRegionsIn('Or you can work remotely anywhere in Finland, Sweden and Estonia.'),
    ).toEqual(['FI', 'SE', 'EE'])
    expect(remoteRegionsIn('We are hiring in Berlin for our new office.')).toEqual([])
  })

  it('reads each country of a list that says its preposition again', () => {
    expect(
      remoteRegionsIn(
        'Poste en full remote, ouvert aux personnes résidant en France ou en Belgique.',
      ),
    ).toEqual(['FR', 'BE'])
    expect(remoteRegionsIn('Vaga remota, para quem reside no Brasil ou em Portugal.')).toEqual([
      'BR',
      'PT',
    ])
    expect(remoteRegionsIn('Télétravail depuis la France ou la Belgique.')).toEqual(['FR', 'BE'])
  })

  it('reads where a remote hire may live in the other supported languages', () => {
    expect(remoteRegionsIn('Poste en télétravail depuis toute la France.')).toEqual(['FR'])
    expect(remoteRegionsIn("Lavori da remoto dall'Italia.")).toEqual(['IT'])
    expect(remoteRegionsIn('Je werkt remote vanuit heel Nederland of België.')).toEqual([
      'NL',
      'BE',
    ])
    expect(remoteRegionsIn('Trabajo remoto desde España y Portugal para clientes.')).toEqual([
      'ES',
      'PT',
    ])
    expect(remoteRegionsIn('Remote in unserem Team, Büro in der Nähe.')).toEqual([])
  })

  it.each([
    ['Trabalho 100% remoto, de qualquer lugar do Brasil.', ['BR']],
    ['Télétravail complet depuis n’importe où en France.', ['FR']],
    ['Lavoro da remoto da qualsiasi parte d’Italia.', ['IT']],
    ['Lavoro da remoto da qualsiasi parte della Spagna.', ['ES']],
  ])('reads "anywhere in" a country after remote and a comma: %s', (text, regions) => {
    expect(remoteRegionsIn(text)).toEqual(regions)
  })

  it('reads a rule of residence in the other supported languages', () => {
    expect(remoteRegionsIn('Trabalho 100% remoto. É necessário residir no Brasil.')).toEqual(['BR'])
    expect(remoteRegionsIn('Contratamos apenas pessoas residentes no Brasil.')).toEqual(['BR'])
    expect(remoteRegionsIn('Per motivi contrattuali è richiesta la residenza in Italia.')).toEqual([
      'IT',
    ])
    expect(remoteRegionsIn('Es imprescindible residir en España.')).toEqual(['ES'])
    expect(remoteRegionsIn('Vous devez résider en France pour ce poste.')).toEqual(['FR'])
    expect(remoteRegionsIn('Voraussetzung ist ein Wohnsitz in Deutschland.')).toEqual(['DE'])
    expect(remoteRegionsIn('Je bent woonachtig in Nederland.')).toEqual(['NL'])
    expect(remoteRegionsIn('Wymagane miejsce zamieszkania w Polsce.')).toEqual(['PL'])
    // A town is where an office is, not a country to live in.
    expect(remoteRegionsIn('Nuestro equipo reside en Madrid desde 2019.')).toEqual([])
  })

  it('reads who may apply by where they live, with other verbs of living', () => {
    expect(
      remoteRegionsIn('Praca zdalna: zatrudniamy wyłącznie osoby mieszkające na terenie Polski.'),
    ).toEqual(['PL'])
    expect(remoteRegionsIn('Zapraszamy kandydatów mieszkających w Czechach.')).toEqual(['CZ'])
    expect(remoteRegionsIn('Voraussetzung: ansässig in Deutschland.')).toEqual(['DE'])
    expect(remoteRegionsIn('Vous êtes domicilié en Belgique.')).toEqual(['BE'])
    expect(remoteRegionsIn('Buscamos personas que vivan en España.')).toEqual(['ES'])
    expect(remoteRegionsIn('Vaga para quem mora no Brasil.')).toEqual(['BR'])
    expect(remoteRegionsIn('Cerchiamo persone domiciliate in Italia.')).toEqual(['IT'])
    expect(remoteRegionsIn('Je bent wonend in België.')).toEqual(['BE'])
    // Where the team lives, a town: an office, not a rule.
    expect(remoteRegionsIn('Nasz zespół mieszka w Krakowie i Gdańsku.')).toEqual([])
  })

  it('reads "anywhere" in a rule of residence', () => {
    expect(remoteRegionsIn('100% remoto, para quem mora em qualquer lugar do Brasil.')).toEqual([
      'BR',
    ])
    expect(remoteRegionsIn('Remoto para personas que vivan en cualquier parte de España.')).toEqual(
      ['ES'],
    )
    expect(remoteRegionsIn('Vollständig remote, wohnhaft überall in Deutschland.')).toEqual(['DE'])
    expect(
      remoteRegionsIn('100% remoto. Contratamos personas que residan en México, Colombia o Chile.'),
    ).toEqual(['MX', 'CO', 'CL'])
    expect(
      remoteRegionsIn('Remote first. A fitness center at the Home Office in Columbia, Missouri.'),
    ).toEqual([])
    expect(remoteRegionsIn('Fully remote for anyone living anywhere in Brazil.')).toEqual(['BR'])
    expect(
      remoteRegionsIn('We are fully distributed: you can live anywhere in the US or Canada.'),
    ).toEqual(['US', 'CA'])
    expect(remoteRegionsIn('You can work from anywhere in the United States or Canada.')).toEqual([
      'US',
      'CA',
    ])
    // Two parts of one continent, the continent named once.
    expect(
      remoteRegionsIn('We are remote: you can work from anywhere in North or South America.'),
    ).toEqual(['North America', 'LATAM'])
    // A company's boilerplate of where its people may be located is not this role's rule.
    expect(
      remoteRegionsIn('You can be located anywhere in North America and work remotely.'),
    ).toEqual([])
    // The same sentences opening with their leading word, capitalised as a sentence's first is.
    expect(remoteRegionsIn('Remote within North America.')).toEqual(['North America'])
    expect(remoteRegionsIn('Remote from anywhere in the EU. Office in Lisbon.')).toEqual(['EU'])
    expect(remoteRegionsIn('Work from anywhere in Germany, fully remote.')).toEqual(['DE'])
    expect(remoteRegionsIn('Live anywhere in Canada and work remotely.')).toEqual(['CA'])
    expect(remoteRegionsIn("If you're UK-based, this remote role is yours.")).toEqual(['GB'])
    expect(remoteRegionsIn('Hiring in Mexico or Colombia, fully remote.')).toEqual(['MX', 'CO'])
    expect(remoteRegionsIn('Remotely from anywhere in Spain.')).toEqual(['ES'])
  })
})

describe('salary', () => {
  it.each([
    ['£70,000 - £85,000', { min: 70000, max: 85000, currency: 'GBP', period: 'year' }],
    ['$150k–$180k', { min: 150000, max: 180000, currency: 'USD', period: 'year' }],
    ['€600/day', { min: 600, max: 600, currency: 'EUR', period: 'day' }],
    ['$126k-$154k CAD', { min: 126000, max: 154000, currency: 'CAD', period: 'year' }],
    ['€48–60k/yr', { min: 48000, max: 60000, currency: 'EUR', period: 'year' }],
    ['£150k+ cash/equity', { min: 150000, max: null, currency: 'GBP', period: 'year' }],
  ])('%s in a header', (text, salary) => {
    expect(salaryIn(text, true)?.value).toEqual(salary)
  })

  it('reads pay in the text, and not budgets, funding or allowances', () => {
    expect(
      salaryIn('The base salary range is 20,833 - 23,700 PLN gross per month.', false)?.value,
    ).toEqual({ min: 20833, max: 23700, currency: 'PLN', period: 'month' })
    expect(salaryIn('We offer a salary of up to £70000 per annum.', false)?.value).toEqual({
      min: null,
      max: 70000,
      currency: 'GBP',
      period: 'year',
    })
    expect(salaryIn('We raised $15M in our Series A.', false)).toBeNull()
    expect(salaryIn('$100/month education budget', false)).toBeNull()
    expect(salaryIn('An annual training allowance of £1,000.', false)).toBeNull()
  })

  it('is null when the posting states no pay', () => {
    const result = parsePosting(
      'Senior Backend Engineer\n\nAcme is hiring a Senior Backend Engineer to join our team.\n\nRequirements\n- 5 years of experience with Python\n- Apply with your CV',
    )
    expect(result.ok && result.posting.salary).toBeNull()
  })
})

describe('remote regions: whom a remote role is for', () => {
  it('reads "a fully remote position for people based in Latin America"', () => {
    expect(
      remoteRegionsIn('This is a fully remote position for people based in Latin America.'),
    ).toEqual(['LATAM'])
    expect(remoteRegionsIn('A remote role for candidates located in Canada.')).toEqual(['CA'])
  })

  it('reads no region where the sentence says nothing of remote work', () => {
    expect(remoteRegionsIn('We build tools for people based in Latin America.')).toEqual([])
  })
})
