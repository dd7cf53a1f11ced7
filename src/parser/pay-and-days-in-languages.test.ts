import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { officeDaysIn } from './work-mode.ts'

// Postings written for this test; the values expected are written by hand.
function record(text: string) {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result.posting
}

/** The office days a hybrid post states in one bullet. */
const officeDays = (phrase: string) =>
  record(
    `Backend Developer\nHybrid\n\nBrzozowo Soft builds tools for farms.\n\n- ${phrase}\n- Go and PostgreSQL\n`,
  ).officeDaysPerWeek

describe('pay', () => {
  it('reads a Dutch range "tussen € 4.000 en € 5.200"', () => {
    expect(
      record(
        'Backend Developer\nUtrecht · Hybride\n\nOver Zeefbouw\nZeefbouw maakt software voor tuinders.\n\nWat bieden wij?\n- Salaris tussen € 4.000 en € 5.200 bruto per maand\n',
      ).salary,
    ).toEqual({ min: 4000, max: 5200, currency: 'EUR', period: 'month' })
  })

  it('reads "ab 80.000 EUR" as the bottom of the range, with no top', () => {
    expect(
      record(
        'Data Engineer (m/w/d)\nWien, Österreich\n\nDie Firnwerk GmbH baut Wetterdienste.\n\nGehalt: ab 80.000 EUR brutto/Jahr\n',
      ).salary,
    ).toEqual({ min: 80000, max: null, currency: 'EUR', period: 'year' })
  })

  it.each([
    [
      'Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 3.600 brutto pro Monat.',
      { min: 3600, max: null, currency: 'EUR', period: 'month' },
    ],
    [
      'Das Jahresbruttogehalt beträgt mindestens 55.000 EUR.',
      { min: 55000, max: null, currency: 'EUR', period: 'year' },
    ],
    [
      'The minimum salary for this role is £45,000 per year.',
      { min: 45000, max: null, currency: 'GBP', period: 'year' },
    ],
  ])('reads a stated minimum as the bottom of the range, with no top: "%s"', (sentence, pay) => {
    expect(
      record(
        `DevOps Engineer (w/m/d)\nDonaublick IT GmbH\nWien\n\nWir betreiben Kubernetes-Cluster für Spitäler.\n\n${sentence}\n`,
      ).salary,
    ).toEqual(pay)
  })

  it('reads an Italian RAL with no currency written as euros a year', () => {
    expect(
      record(
        'Data Engineer - Full Remote\nGhiandaia Dati S.p.A.\n\nSiamo una società di consulenza che aiuta le aziende manifatturiere a usare i propri dati.\n\nCosa offriamo\nRAL 40-50k, full remote, buoni pasto.\n',
      ).salary,
    ).toEqual({ min: 40000, max: 50000, currency: 'EUR', period: 'year' })
  })

  it('reads a bare "$" as the local dollar where the role is only in Canada', () => {
    expect(
      record(
        'Machine Learning Engineer\nLoonworks\nVancouver, British Columbia, Canada (On-site)\n\nLoonworks builds sorting robots.\n\nThe base salary range for this role is $140,000—$175,000.\n',
      ).salary,
    ).toEqual({ min: 140000, max: 175000, currency: 'CAD', period: 'year' })
  })

  it('keeps "$" as USD where the post names the US too', () => {
    expect(
      record(
        'Machine Learning Engineer\nLoonworks\nVancouver, Canada or Seattle, WA, USA\n\nLoonworks builds sorting robots.\n\nThe base salary range for this role is $140,000—$175,000.\n',
      ).salary?.currency,
    ).toBe('USD')
  })
})

describe('office days with the singular day', () => {
  it.each([
    ['pl', 'Praca hybrydowa: 1 dzień w tygodniu w biurze'],
    ['it', '1 giorno a settimana in ufficio'],
    ['nl', '1 dag per week op kantoor'],
  ])('%s: "%s"', (_language, phrase) => {
    expect(officeDays(phrase)).toBe(1)
  })
})

describe('office days named by the office they are spent at', () => {
  it.each([
    ['es', 'Modelo híbrido: 2 días de oficina a la semana en Valencia'],
    ['fr', 'Hybride : 2 jours de bureau par semaine'],
    ['de', 'Hybrid: 2 Bürotage pro Woche'],
    ['pt', 'Híbrido: 2 dias de escritório por semana'],
    ['nl', 'Hybride: 2 kantoordagen per week'],
    ['en', 'Hybrid: 2 office days a week'],
  ])('%s: "%s"', (_language, phrase) => {
    expect(officeDays(phrase)).toBe(2)
  })

  it.each([
    ['pl', '2 dni pracy z biura w tygodniu'],
    ['de', '2 Arbeitstage im Büro pro Woche'],
    ['nl', '2 werkdagen op kantoor'],
    ['fr', '2 jours de travail au bureau par semaine'],
    ['es', '2 días de trabajo en la oficina'],
    ['en', 'in London (hybrid - 2 days per week in their Shoreditch office)'],
  ])('%s: days of work at the office, "%s"', (_language, phrase) => {
    expect(officeDays(phrase)).toBe(2)
  })

  it('does not count office days per month', () => {
    expect(officeDays('2 días de oficina al mes')).toBeNull()
  })
})

describe('stack', () => {
  it('does not read a degree in computer science ("Laurea in Informatica") as Informatica', () => {
    const stack = record(
      'Sviluppatore Java\nMilano, Italia\n\nRemiera è una software house.\n\nRequisiti\n- Java e Spring\n- Laurea in Informatica o simili\n',
    ).stack.map((s) => s.name)
    expect(stack).toEqual(['Java', 'Spring'])
  })
})

describe('a Polish job board page', () => {
  const page =
    'Programista Java (Mid)\nKraków\nUmowa o pracę lub B2B\nPraca zdalna\n\nFirma\nJarzębina Software tworzy systemy dla bibliotek.\n\nWymagania\n- Java i Spring Boot\n\nWynagrodzenie: 15 000 - 19 000 zł brutto (UoP)\n'

  it('does not take the contract line for the company, and reads the company under "Firma"', () => {
    expect(record(page).company).toBe('Jarzębina Software')
  })

  it('reads złoty with no period as a month’s pay, as Polish posts state it', () => {
    expect(record(page).salary).toEqual({
      min: 15000,
      max: 19000,
      currency: 'PLN',
      period: 'month',
    })
  })
})

describe('the contract', () => {
  it('is full-time where a board offers either ("Teilzeit, Vollzeit")', () => {
    expect(
      record(
        'Java Entwickler (m/w/d)\nHirschberg IT GmbH\nDresden\nTeilzeit, Vollzeit\n\nIhre Aufgaben\n- Java und Quarkus\n',
      ).employmentType,
    ).toBe('full-time')
  })
})

describe('the pay’s period', () => {
  it('is not read from the sentence before the figure ("once a month. Salary 85-110k EUR")', () => {
    expect(
      record(
        'Kestrelgrid | Berlin, Germany | Full-time | Senior Frontend Engineer\n\nKestrelgrid balances home batteries. We use React and TypeScript.\n\nWe meet in Berlin once a month. Salary 85-110k EUR.\n',
      ).salary,
    ).toEqual({ min: 85000, max: 110000, currency: 'EUR', period: 'year' })
  })
})

describe('a bare "$" in a post placed where the peso is written so', () => {
  const pay = (header: string, line: string, body = 'We build payment software in C# and .NET.') =>
    record(`Desarrollador .NET\nAndes Pagos\n${header}\n${line}\n\n${body}\n`).salary

  it('is the peso in a Spanish post ("$ 7.000.000 (Mensual)" in Bogotá is COP a month)', () => {
    expect(
      pay(
        'Bogotá, Colombia',
        '$ 7.000.000 (Mensual)',
        'Desarrollamos software de pagos con C# y .NET. Buscamos un desarrollador con experiencia.',
      ),
    ).toEqual({ min: 7_000_000, max: 7_000_000, currency: 'COP', period: 'month' })
  })

  it('is the peso in a post that says "pesos"', () => {
    expect(
      pay('Mexico City, Mexico', 'Gross annual pesos base salary: $780,000 - $1,080,000'),
    ).toEqual({ min: 780_000, max: 1_080_000, currency: 'MXN', period: 'year' })
  })

  it('stays US dollars in an English post that names no peso', () => {
    expect(pay('Mexico City, Mexico', 'Salary: $60,000 - $80,000 a year')).toEqual({
      min: 60_000,
      max: 80_000,
      currency: 'USD',
      period: 'year',
    })
  })

  it('is no pay when it is too large for US dollars and no peso country is named', () => {
    expect(pay('Remote', 'Salary: $ 7.000.000 a year')).toBeNull()
  })
})

describe('a range in thousands that writes no currency ("175K-210K Annually")', () => {
  const pay = (place: string, line: string) =>
    record(
      `Senior Data Engineer\nTideline Health\n${place}\n${line}\n\nTideline Health builds staffing forecasts for hospitals, with Spark and dbt.\n`,
    ).salary

  it('is in the currency of the one country the posting is in', () => {
    expect(pay('Chicago, IL, USA', '175K-210K Annually')).toEqual({
      min: 175_000,
      max: 210_000,
      currency: 'USD',
      period: 'year',
    })
    expect(pay('Berlin, Germany', '70K - 85K a year')?.currency).toBe('EUR')
  })

  it('is no pay where the posting names no country', () => {
    expect(pay('Remote', '175K-210K Annually')).toBeNull()
  })

  it('is not read from a count in thousands with a period ("50k-100k requests per month")', () => {
    expect(pay('Chicago, IL, USA', 'We serve 50k-100k requests per month')).toBeNull()
  })
})

describe('office weekdays named in each language, counted', () => {
  it.each([
    ["Organisation hybride : l'équipe se retrouve au bureau le mardi et le jeudi.", 2],
    ['Hybrides Arbeiten: dienstags und donnerstags sind wir im Büro.', 2],
    ['Modalidad híbrida: lunes, miércoles y jueves en la oficina.', 3],
    ['Modelo híbrido: presencial às terças e quintas no escritório.', 2],
    ['Lavoro ibrido: in ufficio il martedì e il giovedì.', 2],
    ['Hybride: op dinsdag en donderdag zijn we op kantoor.', 2],
    ['Praca hybrydowa: w biurze we wtorki i czwartki.', 2],
    // The weekdays first, a few more words before the office.
    ['Hybride werken: op dinsdag en donderdag zijn we allemaal samen op kantoor.', 2],
    ['Hybrid working: on Tuesdays and Thursdays the whole team is together at the office.', 2],
    ['Hybrides Arbeiten: montags, mittwochs und donnerstags arbeitet das ganze Team im Büro.', 3],
    // The office days as one word: "Bürotage", "kantoordagen".
    ['Hybrides Arbeiten: Montag, Mittwoch und Donnerstag sind unsere gemeinsamen Bürotage.', 3],
    ['Hybride werken: dinsdag en donderdag zijn onze vaste kantoordagen.', 2],
  ])('%s', (sentence, days) => {
    const posting = record(
      `Backend Engineer\nBrightkelp\n\n${sentence} We use Java and PostgreSQL.`,
    )
    expect(posting.workMode).toBe('hybrid')
    expect(posting.officeDaysPerWeek).toBe(days)
  })
})

describe('weekdays away from the office are not office days', () => {
  it.each([
    'Hybrid working: on Mondays and Fridays everyone works from home, the rest of the week at the office.',
    'Hybride werken: op maandag en vrijdag werken we thuis, de rest van de week op kantoor.',
  ])('%s', (sentence) => {
    const posting = record(
      `Backend Engineer\nBrightkelp\n\n${sentence} We use Java and PostgreSQL.`,
    )
    expect(posting.officeDaysPerWeek).not.toBe(2)
  })
})

describe('full remote refused in each language', () => {
  it.each([
    'Volledig remote is bij ons helaas geen optie.',
    '100 % Homeoffice ist leider nicht möglich.',
    "Le full remote n'est pas possible pour ce poste.",
    'El trabajo 100% remoto no es una opción.',
    'Trabalho 100% remoto não é possível nesta vaga.',
    'Il lavoro full remote non è previsto.',
    'Praca w pełni zdalna nie jest możliwa.',
  ])('%s', (sentence) => {
    const posting = record(
      `Backend Engineer\nBrightkelp\n\nHybrid: we meet at the office 2 days a week. ${sentence} We use Java.`,
    )
    expect(posting.workMode).toBe('hybrid')
  })
})

describe('office days counted a few words after the office', () => {
  it.each([
    [
      'Pracujemy hybrydowo – spotykamy się w biurze w Gdańsku Oliwie jeden dzień w tygodniu, pozostałe dni zdalnie.',
      1,
    ],
    ['Hybride: wir sind im Büro in Leipzig an zwei Tagen pro Woche.', 2],
  ])('%s', (body, days) => {
    expect(officeDaysIn(body)?.value).toBe(days)
  })
})

describe('office days counted as times a week', () => {
  it.each([
    ['Modelo híbrido, com presença no escritório 3 vezes por semana.', 3],
    ['Hybride : présence au bureau deux fois par semaine.', 2],
    ['Hybrid: 2x pro Woche im Büro.', 2],
    ['Modalidad híbrida: 2 veces por semana en la oficina.', 2],
  ])('%s', (sentence, days) => {
    expect(officeDaysIn(sentence)?.value).toBe(days)
  })
})

describe('office days named as a run of weekdays', () => {
  it.each([
    ['Hybride : au bureau du mardi au jeudi.', 3],
    ['Hybrid: im Büro von Dienstag bis Donnerstag.', 3],
    ['Híbrido: en la oficina de lunes a miércoles.', 3],
  ])('%s', (sentence, days) => {
    expect(officeDaysIn(sentence)?.value).toBe(days)
  })

  it('counts no days where the whole week is named, the hours of an on-site role', () => {
    const posting = record(
      'Analista de Datos\nCardón Software\nHermosillo, Son.\n\nDescripción\nAnalizarás datos de ventas con SQL y Python.\n\nLugar de trabajo: 100% presencial, de lunes a viernes de 9:00 a 18:00, en nuestras oficinas de Hermosillo.',
    )
    expect([posting.workMode, posting.officeDaysPerWeek]).toEqual(['onsite', null])
  })
})

describe('a title ending in a level cut short', () => {
  it('keeps its title and its level: "Ingeniero(a) QA Automatizador Sr."', () => {
    const posting = record(
      'Ingeniero(a) QA Automatizador Sr.\n$38,000 - $46,000 Mensual\nCardón Software, S.A. de C.V.\nHermosillo, Son.\n\nDescripción\nAutomatizarás pruebas con Cypress y Playwright.',
    )
    expect([posting.title, posting.seniority]).toEqual(['Ingeniero QA Automatizador Sr.', 'senior'])
  })
})
