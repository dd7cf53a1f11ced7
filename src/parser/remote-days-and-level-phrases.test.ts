import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { levelFromPhrase } from './level.ts'
import { officeDaysIn } from './work-mode.ts'
import { SENTENCE_BREAK } from './patterns.ts'

// Sentences written for these tests; the expected office days and levels by hand.

describe('a sentence’s end', () => {
  it('is not an abbreviation that goes on', () => {
    for (const text of [
      'Our office is on ul. Postępu in Warsaw.',
      'We use a modern stack, e.g. Go and Kafka.',
      'Wir nutzen z.B. Kotlin.',
      'The office in St. Louis is new.',
    ])
      expect(text.split(SENTENCE_BREAK), text).toHaveLength(1)
    expect('We ship weekly. You own it.'.split(SENTENCE_BREAK)).toHaveLength(2)
  })
})

describe('office days, then the rest of the week away', () => {
  it.each([
    [
      'pl',
      'Praca hybrydowa: 2 dni w tygodniu w biurze przy ul. Postępu, pozostałe dni pracujesz zdalnie.',
      2,
    ],
    ['en', 'We meet 3 days a week in our Leeds office, the rest of the week remote.', 3],
    ['fr', 'Hybride : 2 jours par semaine au bureau, les autres jours en télétravail.', 2],
  ])('%s: is hybrid, not remote (%s)', (_, sentence, office) => {
    const result = parsePosting(
      `Backend Engineer\nKestrel Maps\n\n${sentence}\n\nRequirements\n- Go\n`,
    )
    if (!result.ok) throw new Error(result.error)
    expect([result.posting.workMode, result.posting.officeDaysPerWeek]).toEqual(['hybrid', office])
  })
})

describe('office days from a share of the working time at the office, stated first', () => {
  it.each([
    ['You will spend a minimum of 60% of your working time at one of the offices listed.', 3],
    ['Expect to spend 40% of the week on site.', 2],
    ['About 20% of your time in our Leeds office, the rest from home.', 1],
    ['Staff spend at least 40% of their working time on campus, the rest at home.', 2],
  ])('%s', (sentence, office) => {
    expect(officeDaysIn(sentence)?.value).toBe(office)
  })
})

describe('office days from a count of remote days in a five-day week', () => {
  it.each([
    ['en', 'The team works 3 days remote and meets in Leeds the rest of the week.', 2],
    ['en', 'You can work from home up to 2 days a week.', 3],
    ['en', 'Our setup: 1 remote day/week, the rest at the studio.', 4],
    // British English: "home working", "homeworking", "working at home".
    ['en', 'A hybrid role with up to 2 days home working each week.', 3],
    ['en', 'Homeworking: up to 3 days per week once settled in.', 2],
    ['en', 'Most of us spend 1 day working at home a week.', 4],
    ['de', 'Du arbeitest 2 Tage pro Woche im Homeoffice.', 3],
    ['de', 'Homeoffice an 1 Tag pro Woche ist möglich.', 4],
    // "home office" before the days, written in English by a non-native hand.
    ['en', 'After the trial period is possible home office 1 day per week.', 4],
    ['fr', 'Télétravail 2 jours par semaine après la période d’essai.', 3],
    ['es', 'Ofrecemos 2 días de teletrabajo a la semana.', 3],
    ['pt', 'Modelo com 3 dias de home office por semana.', 2],
    ['it', 'Prevediamo 2 giorni di smart working a settimana.', 3],
    ['nl', 'Je kunt 2 dagen per week thuiswerken.', 3],
    ['nl', 'Eén dag per week thuiswerken is mogelijk.', 4],
    ['nl', 'Je werkt op kantoor; één dag per week thuiswerken is mogelijk.', 4],
    ['pl', 'Oferujemy 2 dni pracy zdalnej w tygodniu.', 3],
  ])('%s: %s', (_, sentence, office) => {
    expect(officeDaysIn(sentence)?.value).toBe(office)
  })

  it('keeps the fewest office days for a range of remote days', () => {
    expect(officeDaysIn('Expect 2-3 days remote depending on the sprint.')?.value).toBe(2)
  })

  it.each([
    ['per month', 'Everyone gets 2 remote days per month.'],
    ['per year', 'Up to 4 days remote a year for travel.'],
    ['no count', 'Remote days are agreed with your lead.'],
  ])('does not count remote days %s', (_, sentence) => {
    expect(officeDaysIn(sentence)).toBeNull()
  })

  it('makes a posting hybrid with the office days left in the week', () => {
    const result = parsePosting(
      'Backend Engineer\nKestrel Maps\nGhent, Belgium\n\nWe work 2 dagen per week thuis and the other days in our Ghent office.\n\nRequirements\n- Go and PostgreSQL\n- Experience running services in production',
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.posting.workMode).toBe('hybrid')
    expect(result.posting.officeDaysPerWeek).toBe(3)
  })
})

describe('office days after the office and its town', () => {
  it.each([
    ['Hybrid: office in Lisbon 2 days a week.', 2],
    ['Hybrid: our office in Lisbon (Cais do Sodré) 2 days a week.', 2],
    ['We meet at the office in Porto three days per week.', 3],
    ['Hybrid working: 3 days in our Dublin 2 office.', 3],
  ])('%s', (sentence, office) => {
    expect(officeDaysIn(sentence)?.value).toBe(office)
  })
})

describe('level phrases in the text, in the eight languages', () => {
  it.each([
    ['en', 'This is an entry-level position in our data team.', 'junior'],
    ['en', 'We want an early-career engineer who likes testing.', 'junior'],
    ['en', 'Senior-level experience with Kubernetes is required.', 'senior'],
    ['de', 'Auch Berufseinsteiger sind willkommen.', 'junior'],
    ['fr', 'Vous avez une expérience confirmée en Java.', 'mid'],
    ['fr', 'Poste ouvert aux jeunes diplômés.', 'junior'],
    ['es', 'Buscamos un perfil senior con Kotlin.', 'senior'],
    ['pt', 'Procuramos perfil pleno para o time de pagamentos.', 'mid'],
    ['it', 'Posizione aperta a neolaureati in informatica.', 'junior'],
    ['nl', 'Je werkt op medior niveau in het platformteam.', 'mid'],
    ['pl', 'Oferta dla absolwentów kierunków technicznych.', 'junior'],
  ])('%s: %s', (_, sentence, level) => {
    expect(levelFromPhrase(sentence)?.value).toBe(level)
  })

  it('does not read a count of years or a welcome to graduates as a level', () => {
    expect(levelFromPhrase('You bring 5+ years of experience; new grads welcome too.')).toBeNull()
    expect(levelFromPhrase('Sie haben mehrjährige Berufserfahrung.')).toBeNull()
  })

  it('is no level in a sentence that calls it a plus (a skill wished for, not the career)', () => {
    expect(
      levelFromPhrase('Une première expérience avec Docker et Kubernetes serait un plus.'),
    ).toBeNull()
    expect(levelFromPhrase('Erste Berufserfahrung mit Kubernetes ist von Vorteil.')).toBeNull()
    expect(levelFromPhrase('Vous avez une première expérience en développement web.')?.value).toBe(
      'junior',
    )
  })

  it('is no level when it is experience with one tool ("une première expérience avec Vue.js")', () => {
    expect(
      levelFromPhrase('Bonne maîtrise de PHP ; une première expérience avec Vue.js ou React.'),
    ).toBeNull()
    expect(
      levelFromPhrase('Erste Berufserfahrung mit Terraform und fünf Jahre mit Linux.'),
    ).toBeNull()
    expect(levelFromPhrase('Une première expérience en entreprise est requise.')?.value).toBe(
      'junior',
    )
  })

  it.each([
    ['en', 'You will be supporting PhD students and early-career researchers with their code.'],
    ['de', 'Du begleitest Berufseinsteiger in ihren ersten Monaten im Team.'],
    ['fr', 'Vous encadrez les jeunes diplômés de l’équipe.'],
  ])('%s: is not the level of the people the role supports: %s', (_, sentence) => {
    expect(levelFromPhrase(sentence)).toBeNull()
  })

  it('gives way to a level word in the title', () => {
    const result = parsePosting(
      'Senior Data Engineer\nKestrel Maps\nGhent, Belgium\n\nThis is an entry-level position for the right candidate? No: we need experience.\n\nRequirements\n- Python and SQL\n- Airflow',
    )
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.posting.seniority).toBe('senior')
  })

  it('sets the level of a posting whose title has none', () => {
    const result = parsePosting(
      'Data Engineer\nKestrel Maps\nGhent, Belgium\n\nThis is an entry-level position in our data team.\n\nRequirements\n- Python and SQL\n- Curiosity about maps',
    )
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.posting.seniority).toBe('junior')
  })
})

describe('office days stated with the place of work or the presence asked for', () => {
  it.each([
    ['en', 'We need you in the studio in Smithfield, Dublin 2 days a week.', 2],
    ['en', 'You will normally be expected on campus at least two days per week.', 2],
    ['en', 'Staff must report to the duty station a minimum of three days per week.', 3],
    ['en', 'Our engineering team works from our one-north office four days a week.', 4],
    [
      'fr',
      'Télétravail possible, avec une présence au bureau de 2 jours par semaine au minimum.',
      2,
    ],
    ['de', 'Anwesenheit am Dienstort an mindestens 3 Tagen pro Woche.', 3],
    ['pt', 'Modelo de trabalho: híbrido, 3x por semana no escritório.', 3],
    ['es', 'Presencia en la oficina de 2 días por semana.', 2],
  ])('%s: %s', (_, sentence, office) => {
    expect(officeDaysIn(sentence)?.value).toBe(office)
  })

  it('reads no office days from days of leave or presence per month', () => {
    expect(officeDaysIn('33 days annual leave on campus benefits.')).toBeNull()
    expect(officeDaysIn('Présence au bureau 2 jours par mois.')).toBeNull()
  })
})

describe('office days of an on-site role', () => {
  const record = (line: string) => {
    const result = parsePosting(
      `Lumora Labs is hiring a Backend Engineer in Leeds.\n\n${line}\n\nApply at jobs@lumora.example`,
    )
    if (!result.ok) throw new Error(result.error)
    return result.posting
  }
  it('are the five days a week it states', () => {
    const posting = record('This is an office-based role - 5 days onsite in Trafford Park.')
    expect([posting.workMode, posting.officeDaysPerWeek]).toEqual(['onsite', 5])
  })
  it('are unknown when it states none', () => {
    const posting = record('This is an office-based role in Trafford Park.')
    expect([posting.workMode, posting.officeDaysPerWeek]).toEqual(['onsite', null])
  })
})

describe('a remote role open from any town of a country', () => {
  it('is remote from that country, in Spanish and Portuguese', () => {
    for (const sentence of [
      'Trabajo 100% remoto desde cualquier ciudad de Colombia.',
      'Trabalho 100% remoto de qualquer cidade do Brasil.',
    ]) {
      const text = `Desarrollador Mobile (Flutter)\nPalmera Apps\n\n${sentence}\nUsamos Flutter y Firebase.`
      const result = parsePosting(text, { file: 'remote.txt' })
      expect(result.ok && result.posting.remoteRegions, sentence).toHaveLength(1)
    }
  })
})

describe('a remote role open from any country of a region', () => {
  it('is remote from that region, the sentence going on after a colon', () => {
    for (const sentence of [
      'Trabajo 100% remoto: puedes trabajar desde cualquier país de Latinoamérica.',
      'Trabalho 100% remoto: você pode trabalhar de qualquer país da América Latina.',
    ]) {
      const text = `Desarrollador Mobile (Flutter)\nPalmera Apps\n\n${sentence}\nUsamos Flutter y Firebase.`
      const result = parsePosting(text, { file: 'remote.txt' })
      expect(result.ok && result.posting.remoteRegions, sentence).toEqual(['LATAM'])
    }
  })
})

describe('where people meet in person', () => {
  const text = (sentence: string) =>
    `Desarrollador Backend (Go)\nPalmera Apps\n\nPalmera Apps construye pagos para condominios. ${sentence}\n\nUsamos Go y PostgreSQL.`
  it("is not a remote role's place", () => {
    const result = parsePosting(
      text('Trabajo 100% remoto desde Colombia, con un encuentro anual presencial en Medellín.'),
      { file: 'remote.txt' },
    )
    expect(result.ok && result.posting.locations.map((l) => [l.city, l.country])).toEqual([
      [null, 'CO'],
    ])
  })
  it('is the place of a role worked on site', () => {
    const result = parsePosting(text('El trabajo es presencial en Medellín, de lunes a viernes.'), {
      file: 'onsite.txt',
    })
    expect(result.ok && result.posting.locations.map((l) => [l.city, l.country])).toEqual([
      ['Medellín', 'CO'],
    ])
  })
})

describe('a call for applications before the title', () => {
  it('is no part of the title', () => {
    const text = [
      'Convocatoria: Desarrollador Backend Semi Senior (Go) – Palmera Apps',
      '',
      'En Palmera Apps construimos pagos para conjuntos residenciales con Go y PostgreSQL.',
      'Trabajo híbrido en Bogotá.',
    ].join('\n')
    const result = parsePosting(text, { file: 'convocatoria.txt' })
    expect(result.ok && result.posting.title).toBe('Desarrollador Backend Semi Senior (Go)')
  })
})

describe('a remote role open to people based in a country', () => {
  it('is remote from that country', () => {
    for (const sentence of [
      'Mission en télétravail complet, ouverte uniquement aux freelances basés en France.',
      'Trabajo remoto para personas basadas en México.',
    ]) {
      const text = `Data Scientist Senior\nBrindeau\n\n${sentence}\nPython, pandas.`
      const result = parsePosting(text, { file: 'based.txt' })
      expect(result.ok && result.posting.remoteRegions, sentence).toHaveLength(1)
    }
  })
})
