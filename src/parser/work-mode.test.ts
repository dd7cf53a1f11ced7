import { describe, expect, it } from 'vitest'
import type { WorkMode } from '../model/posting.ts'
import type { Fact } from './types.ts'
import { decideWorkMode, officeDaysIn } from './work-mode.ts'

const header = (value: WorkMode): Fact<WorkMode> => ({ value, raw: value, from: 'header' })
const read = (body: string, modes: Fact<WorkMode>[] = [], tags: Fact<string>[] = []) => {
  const d = decideWorkMode(body, modes, [], tags)
  return { mode: d.mode?.value ?? null, days: d.officeDays?.value ?? null }
}

describe('work mode: office days at an office named with a few words', () => {
  it('counts "3 days a week in their Leeds city centre office", not a home office', () => {
    expect(read('Hybrid – 3 days a week in their Leeds city centre office, 2 from home.')).toEqual({
      mode: 'hybrid',
      days: 3,
    })
    expect(read('2 days a week in the downtown sf office.')).toEqual({ mode: 'hybrid', days: 2 })
  })
})

describe('work mode: the whole week in the office', () => {
  it('is on site, though the text tells of hybrid work tried and given up', () => {
    expect(
      read(
        'Despite the tag on this advert, this role is fully office-based, five days a week in our Leeds office. We tried hybrid working and went back to being together full-time.',
        [header('hybrid')],
      ),
    ).toEqual({ mode: 'onsite', days: 5 })
  })
})

describe('work mode: remote cues', () => {
  it('remote-first and work from anywhere', () => {
    expect(read('We are remote-first: work from anywhere.').mode).toBe('remote')
  })
  it('reads a sentence that opens with the region a remote hire may work across', () => {
    expect(read('Remote across the EU, or hybrid from our Lisbon office.').mode).toBe('remote')
    expect(read('Remotely within Germany; our Cologne office is there if you want it.').mode).toBe(
      'remote',
    )
  })
  it('reads a German sentence that the work is done on site, unless mostly', () => {
    expect(
      read('Da die Arbeit eng mit dem Labor verzahnt ist, erfolgt die Tätigkeit vor Ort.').mode,
    ).toBe('onsite')
    expect(read('Die Tätigkeit erfolgt überwiegend vor Ort in Reutlingen.').mode).not.toBe('onsite')
  })
  it('"or remote" offers remote work, not a technique named so', () => {
    expect(read('You can work from our Leeds office or remote.').mode).toBe('remote')
    expect(
      read('Experience with geospatial or remote sensing data (rasterio, GDAL) is a plus.').mode,
    ).toBeNull()
  })
  it('a percentage of remote time: all of it is remote, part of it hybrid', () => {
    expect(read('This job is 100% remote.').mode).toBe('remote')
    expect(read('The role is 80% remote with visits to the studio.').mode).toBe('hybrid')
  })
  it('a bracket that only says the roles are remote, and where from', () => {
    expect(read("We're hiring (all remote) for:\n- Senior Data Engineer").mode).toBe('remote')
    expect(read('We are hiring (Remote - EU) for two roles.').mode).toBe('remote')
    expect(read('Mobile engineers (remote, UK or Ireland) wanted.').mode).toBe('remote')
  })
  it("a remote bracket that is one role's pay line, or remote-friendly, is not the mode", () => {
    expect(read('Product Marketing Manager (remote, $90,000 - $140,000)').mode).toBeNull()
    expect(read('Our team (remote-friendly) builds maps.').mode).toBeNull()
  })
  it('"remote, based in <country>"', () => {
    expect(read('Remote, based in Portugal.').mode).toBe('remote')
  })
  it('"remote for the right candidate" does not count', () => {
    expect(
      read('Remote is possible for the right candidate. Office-based role in Leeds.').mode,
    ).not.toBe('remote')
  })
  it('a LinkedIn tag counts when the text says nothing', () => {
    const tag = { value: 'remote', raw: '#LI-Remote', from: 'tracking tag' }
    expect(read('Join our data team.', [], [tag]).mode).toBe('remote')
  })
  it('"not remote-only" refuses full remote, not remote work', () => {
    expect(read('We are remote-friendly but not remote-only.', [header('hybrid')]).mode).toBe(
      'hybrid',
    )
    expect(read('This is not a remote role.', [header('hybrid')]).mode).toBe('onsite')
  })
  it('the text beats a contradicting job-board header', () => {
    expect(read('This is a hybrid role with 3 days in the office.', [header('remote')])).toEqual({
      mode: 'hybrid',
      days: 3,
    })
  })
})

describe('office days', () => {
  it.each([
    ['Hybrid - onsite Mon-Wed at our office; work from home Thursday and Friday.', 3],
    ['In-office days are Tues/Wed/Thurs; home the rest of the week.', 3],
    ['Hybrid - WFO 2 days a week.', 2],
    ['We are in the office on Thu and Fri.', 2],
  ])('weekdays cut short and "WFO": %s', (sentence, days) => {
    expect(officeDaysIn(sentence)?.value).toBe(days)
  })
  it('a range keeps its lower bound', () => {
    expect(officeDaysIn('2-3 days in the office each week.')?.value).toBe(2)
  })
  it('days per month are not per week', () => {
    expect(officeDaysIn('We meet in the office 2 days per month.')).toBeNull()
  })
})

describe('work mode and office days per language', () => {
  it('German', () => {
    expect(read('Wir arbeiten hybrid, 2 Tage pro Woche im Büro.')).toEqual({
      mode: 'hybrid',
      days: 2,
    })
    expect(read('Home-Office möglich, drei Tage im Büro.')).toEqual({ mode: 'hybrid', days: 3 })
    expect(read('Du arbeitest 100 % remote.').mode).toBe('remote')
  })
  it('French', () => {
    expect(read('Poste hybride : 3 jours par semaine au bureau.')).toEqual({
      mode: 'hybrid',
      days: 3,
    })
    expect(read('Télétravail 2 jours par semaine.').mode).toBe('hybrid')
    expect(read('Télétravail complet possible.').mode).toBe('remote')
  })
  it('Spanish', () => {
    expect(read('Modalidad híbrida, dos días a la semana en la oficina.')).toEqual({
      mode: 'hybrid',
      days: 2,
    })
    expect(read('Trabajo 100% remoto.').mode).toBe('remote')
  })
  it('Portuguese', () => {
    expect(read('Modelo híbrido com 3 dias por semana no escritório.')).toEqual({
      mode: 'hybrid',
      days: 3,
    })
    expect(read('Trabalho remoto para todo o Brasil.').mode).toBe('remote')
  })
  it('Italian', () => {
    expect(read('Lavoro ibrido: 2 giorni a settimana in ufficio.')).toEqual({
      mode: 'hybrid',
      days: 2,
    })
    expect(read('Lavoro da remoto al 100%.').mode).toBe('remote')
  })
  it('Dutch', () => {
    expect(read('Hybride werken: twee dagen per week op kantoor.')).toEqual({
      mode: 'hybrid',
      days: 2,
    })
    expect(read('Je werkt volledig op afstand.').mode).toBe('remote')
  })
  it('Polish', () => {
    expect(read('Praca hybrydowa, 2 dni w tygodniu w biurze.')).toEqual({
      mode: 'hybrid',
      days: 2,
    })
    expect(read('Praca w pełni zdalna.').mode).toBe('remote')
  })
  it('a month in other languages is not a week', () => {
    expect(officeDaysIn('Hybrid: 2 Tage im Büro pro Monat.')).toBeNull()
  })
})

describe('an on-site role', () => {
  it.each([
    '100% onsite in Uptown Charlotte, 5 days a week. No remote or hybrid option.',
    'This is a 100% on-site position: remote or hybrid work is not available for this role.',
    "This role is fully on-site in Pittsburgh. We don't offer remote or hybrid arrangements for this team.",
    'This role is fully office-based in Leeds. The client is not able to offer remote or hybrid working.',
    'Our client is unable to offer hybrid working: the role is office-based in Derby.',
  ])('is not made hybrid by hybrid work refused: %s', (body) => {
    expect(read(body).mode).toBe('onsite')
  })

  it.each([
    'Il lavoro si svolge in presenza presso la sede di Bologna. Non è previsto lo smart working.',
    'Praca stacjonarna w biurze w Gdańsku. Praca hybrydowa nie jest możliwa.',
    'Trabajo presencial en nuestra oficina de Valencia; el modelo híbrido no es una opción.',
    'Mobiles Arbeiten ist für diese Stelle leider nicht möglich.',
  ])('is not made hybrid by hybrid work refused in its language: %s', (body) => {
    expect(read(body).mode).toBe('onsite')
  })

  it.each([
    'Omdat je vaak op onze locaties bent, is thuiswerken in deze functie niet mogelijk.',
    "Le télétravail n'est pas possible sur ce poste.",
    'Homeoffice ist in dieser Position leider nicht möglich.',
    'El teletrabajo no es posible en este puesto.',
    'Da Sie im Labor arbeiten, ist Homeoffice bei dieser Stelle nicht vorgesehen.',
    "Le télétravail n'est pas prévu sur ce poste.",
    'Thuiswerken is in deze functie niet voorzien.',
    'Il lavoro agile non è previsto per questo profilo.',
    'Homeoffice bieten wir für diese Stelle leider nicht an – wir sind ein kleines Team.',
    'Homeoffice wird für diese Stelle nicht angeboten.',
  ])('is read from working away refused in its language: %s', (body) => {
    expect(read(body).mode).toBe('onsite')
  })

  it('takes no "nicht an" before more words for a refusal', () => {
    expect(
      read('Homeoffice ist nicht an feste Tage gebunden: zwei Tage pro Woche remote.').mode,
    ).toBe('hybrid')
  })

  it.each([
    'Stage de six mois dans nos locaux, sans télétravail.',
    "Stage de six mois (pas de télétravail pendant la période d'essai).",
    'Der Job bietet kein Homeoffice, dafür ein Team mit viel Erfahrung.',
    'Puesto sin teletrabajo, con horario flexible de entrada.',
    'Vaga sem home office, com vale-refeição.',
    'Il ruolo non prevede smart working: niente smart working per i primi sei mesi.',
    'Deze functie kent geen thuiswerken.',
    'Oferujemy umowę o pracę, bez pracy zdalnej.',
    // "Remote work" named with its noun: "lavoro da remoto", "trabajo en remoto".
    'Lavoro in ufficio con il team (niente lavoro da remoto, ci piace stare vicini).',
    'Contrato indefinido en la oficina de Murcia, sin trabajo en remoto.',
  ])('is read from working away negated in its language: %s', (body) => {
    expect(read(body).mode).toBe('onsite')
  })

  it.each([
    'Stage de six mois à partir de mars, sur site dans nos locaux de Nantes.',
    'Ein Vollzeitarbeitsplatz in unserem Team vor Ort in der Linzer Zentrale.',
  ])('is read from work at the office in its language: %s', (body) => {
    expect(read(body).mode).toBe('onsite')
  })

  it('is the steady week, not a first period’s, that a sentence limits to the start', () => {
    const posting = read(
      "For your first six months you'll be fully office-based in Belfast, learning with your cohort. After that you join a team on our hybrid pattern of 3 days per week in the office.",
    )
    expect([posting.mode, posting.days]).toEqual(['hybrid', 3])
  })
  it('is on-site where the text says fully on-site, whatever days a perk is in the office', () => {
    const body =
      'Lunch is provided three days a week in the office.\nThis internship is fully onsite at our lab in Leeds.'
    expect([read(body).mode, read(body).days]).toEqual(['onsite', null])
    // The days in the same sentence as "on-site" are the role's.
    expect(read('We are fully on-site three days a week in the office in Leeds.').mode).toBe(
      'hybrid',
    )
  })

  it('stays hybrid where days away are allowed beside no full remote', () => {
    expect(read('Hybride : deux jours de télétravail par semaine, pas de full remote.').mode).toBe(
      'hybrid',
    )
  })

  it('is not read where only full remote is refused', () => {
    expect(read('100 % Homeoffice ist nicht möglich.').mode).toBeNull()
  })

  it('stays hybrid where only full remote is refused beside it', () => {
    expect(
      read('Wir arbeiten hybrid mit zwei Tagen im Büro; 100 % Homeoffice ist nicht möglich.').mode,
    ).toBe('hybrid')
  })

  it.each([
    ['Work from office - 5 days a week at our Whitefield, Bengaluru campus.', 5],
    ['This is an office-based role - 5 days onsite in Trafford Park.', 5],
    ['This is an on-site role, 5 days a week.', 5],
  ])('keeps the five days a week it states: %s', (body, days) => {
    expect(read(body)).toEqual({ mode: 'onsite', days })
  })
})

describe('a question about the work mode', () => {
  it.each([
    'Hybrid: 2 Tage pro Woche vor Ort im Labor. Ist auch komplett remote denkbar?',
    'Híbrido, 2 días en la oficina de Valencia. ¿Aceptáis full remoto desde Madrid?',
    'Hybrid, two days a week in the office. Is fully remote possible?',
  ])('offers nothing: %s', (body) => {
    expect(read(body).mode).toBe('hybrid')
  })
})

describe('a remote role with days on site in the same sentence', () => {
  it.each([
    ['Working pattern: mostly remote, with one day per week on site at our Leeds office.', 1],
    ['Remote, with 2 days a week in our Madrid office.', 2],
  ])('is hybrid: %s', (body, days) => {
    expect(read(body)).toEqual({ mode: 'hybrid', days })
  })

  it.each([
    'Fully remote; we meet in the office two days a month.',
    'This role is primarily remote with occasional meetups at our Sacramento office.',
  ])('stays remote where no days a week are at the office: %s', (body) => {
    expect(read(body).mode).toBe('remote')
  })
})

describe('office days from a share of the week at the office', () => {
  it.each([
    ['Un poste à 100 % avec une présence sur site de 60 % ; le reste en télétravail.', 3],
    ['We expect roughly 60% on site, the rest from home.', 3],
    ['Hybrid: 40 % im Büro, den Rest im Homeoffice.', 2],
    ['Modalidad híbrida con un 80% presencial en la oficina de Sevilla.', 4],
  ])('%s', (body, days) => {
    expect(read(body)).toEqual({ mode: 'hybrid', days })
  })

  it('gives no days for a share that is no whole day of a five-day week', () => {
    expect(read('Hybrid, 50% on site.').days).toBeNull()
  })
})

describe('office days left from the days a week a hire may work away, as a verb says it', () => {
  it.each([
    ['Die Möglichkeit, bis zu 2 Tage pro Woche mobil zu arbeiten.', 3],
    ['Du kannst bis zu 3 Tage pro Woche mobil arbeiten.', 2],
  ])('%s', (body, days) => {
    expect(read(body)).toEqual({ mode: 'hybrid', days })
  })
})

describe('office days from the most of the time a hire may work away', () => {
  it.each([
    ['Mobile working is possible for up to 40 % of the working time.', 3],
    ['You can work remotely for up to 20% of your time.', 4],
    ['Mobiles Arbeiten ist bis zu 40 % der Arbeitszeit möglich.', 3],
    ["Télétravail possible jusqu'à 60 % du temps de travail.", 2],
    ['Teletrabajo hasta el 40 % de la jornada.', 3],
    // the way of working right after the share
    ['Flexible Arbeitszeiten und bis zu 60 % mobiles Arbeiten innerhalb Deutschlands.', 2],
    ['Je kunt tot 40 % thuiswerken, de rest op kantoor.', 3],
    // a preposition between the share and the way of working
    ['Die Möglichkeit, bis zu 40 % im Homeoffice zu arbeiten.', 3],
    ["Jusqu'à 40 % en télétravail.", 3],
  ])('%s', (body, days) => {
    expect(read(body)).toEqual({ mode: 'hybrid', days })
  })

  it('reads hybrid, with no days, from a share that is no whole number of days', () => {
    expect(read('Die Möglichkeit, bis zu 50 % im Homeoffice zu arbeiten.')).toEqual({
      mode: 'hybrid',
      days: null,
    })
  })

  it('reads no days from a share that is not of the time away', () => {
    expect(read('We grew revenue by up to 40% last year, remote teams included.').days).toBeNull()
  })
})

describe('weekdays at a studio, a campus or headquarters', () => {
  it.each([
    [
      'Our team works from the studio on Elm Street Tuesday through Thursday, and from home on Mondays and Fridays.',
      3,
    ],
    ['You will be on campus Monday to Wednesday.', 3],
    ['We meet at HQ on Tuesdays and Thursdays.', 2],
  ])('%s', (body, days) => {
    expect(read(body)).toEqual({ mode: 'hybrid', days })
  })
})

describe('weekdays everyone is in, with no word for the office', () => {
  it.each([
    [
      'We work hybrid – the whole company is in on Tuesdays and Thursdays, the rest is up to you.',
      2,
    ],
    ["Hybrid, we're in on Tuesdays and Thursdays.", 2],
    ['Hybrid: the team is together on Mondays, Wednesdays and Thursdays.', 3],
  ])('%s', (body, days) => {
    expect(read(body)).toEqual({ mode: 'hybrid', days })
  })

  it('counts no day someone is in touch or in a meeting', () => {
    expect(
      read("Fully remote. We're in touch on Mondays and the team meets on Fridays.").days,
    ).toBeNull()
  })
})

describe('a German role named as on-site', () => {
  it.each([
    'Die Stelle ist als Vor-Ort-Position in unserem Büro in Linz ausgelegt.',
    'Es handelt sich um eine Präsenzstelle in Graz.',
  ])('%s', (body) => {
    expect(read(body).mode).toBe('onsite')
  })
})

describe('a fully on-site role stated with its week', () => {
  it('refuses remote and hybrid work when the role is "not eligible" for them', () => {
    expect(
      read(
        'This is a fully on-site position at our Spartanburg, SC plant, Monday through Friday. It is not eligible for remote or hybrid work.',
      ),
    ).toEqual({ mode: 'onsite', days: 5 })
  })
  it('counts a "5-day work week" at an office as five office days', () => {
    expect(
      officeDaysIn('This position is office-based at our Kwun Tong headquarters, 5-day work week.')
        ?.value,
    ).toBe(5)
  })
})

describe('a French role "à pourvoir sur site"', () => {
  it('is on site', () => {
    expect(read('Le poste est à pourvoir sur site, du lundi au vendredi.').mode).toBe('onsite')
  })
})

describe('days spent, then where, in one sentence', () => {
  it('counts the days at the office', () => {
    expect(
      read(
        'This is a hybrid role. We ask everyone to spend one day a week with colleagues, either at our York office or at our Hull office.',
      ),
    ).toEqual({ mode: 'hybrid', days: 1 })
  })
})

describe('the whole week named', () => {
  it.each([
    'This position is fully site-based at our Hilsea facility, Monday to Friday.',
    'Le poste est à pourvoir sur site, du lundi au vendredi.',
  ])('at the office, on site every day: %s', (body) => {
    expect(read(body)).toEqual({ mode: 'onsite', days: 5 })
  })

  it('with its hours in another language, is working time, no count of office days', () => {
    expect(
      read('Trabajo presencial de lunes a jueves de 8:00 a 17:00 y viernes de 8:00 a 14:00.'),
    ).toEqual({ mode: 'onsite', days: null })
  })
})

describe('full remote refused beside the week at the office', () => {
  it.each([
    [
      'We are a hybrid team and meet at the Leith office three days a week. Sadly we cannot offer fully remote roles for this team right now.',
      'hybrid',
      3,
    ],
    [
      'Hybrid: two days a week in our Ghent office. We do not offer full-time remote work.',
      'hybrid',
      2,
    ],
    [
      'You will be in the Bristol studio three days a week. Fully remote arrangements are not possible in this team.',
      'hybrid',
      3,
    ],
  ])('is hybrid with its days: %s', (body, mode, days) => {
    expect(read(body)).toEqual({ mode, days })
  })

  it('counts "thrice a week" at the office', () => {
    expect(read('Bengaluru or Pune. Hybrid – work from office thrice a week.')).toEqual({
      mode: 'hybrid',
      days: 3,
    })
  })

  it('reads remote said of part of the team as the team’s, not the role’s', () => {
    expect(
      read(
        'We are 90 people with offices in Leeds and York, and part of the team works fully remote. This role is hybrid: 2 days a week in the Leeds office.',
      ),
    ).toEqual({ mode: 'hybrid', days: 2 })
    expect(
      read(
        'Mamy biura we Wrocławiu i Gdańsku, a część zespołu pracuje w pełni zdalnie. Praca hybrydowa: 2 dni w tygodniu w biurze.',
      ),
    ).toEqual({ mode: 'hybrid', days: 2 })
  })
  it.each([
    'Praca hybrydowa: 2 dni w tygodniu w biurze. Część osób pracuje też w pełni zdalnie z innych miast – dla tej roli oczekujemy obecności w biurze.',
    'Hybrid: 2 days a week in the office. Some of us work fully remote from other cities, but this role needs you in the office.',
  ])('reads remote said of some people, not the team, as theirs: %s', (text) =>
    expect(read(text)).toEqual({ mode: 'hybrid', days: 2 }),
  )
  it('reads a role not eligible for full remote, and weeks of working from anywhere, as no remote', () => {
    expect(
      read(
        'We work hybrid. This role is not eligible for full remote, and you will live near Leeds.',
      ).mode,
    ).toBe('hybrid')
    expect(
      read('Hybrid, 2 days a week in our office. Work from anywhere for up to 4 weeks a year.'),
    ).toEqual({ mode: 'hybrid', days: 2 })
  })

  it('reads the office days a few words before the office, and days a year from anywhere as a perk', () => {
    expect(
      read(
        "We work hybrid: at least 2 days per week you'll be with the team at our office in Munich, the rest you can work from home. Up to 20 days a year you can work from anywhere in the EU.",
      ),
    ).toEqual({ mode: 'hybrid', days: 2 })
    expect(
      read('Bis zu 20 Tage im Jahr kannst du aus dem Ausland arbeiten, remote.').mode,
    ).not.toBe('remote')
    expect(read('Fully remote, with 30 days a year of paid holiday.').mode).toBe('remote')
  })

  it('reads the office days after a label of presence, and weekdays joined by "+"', () => {
    expect(read('Office presence: 2 days/week (Tue + Thu are team days)')).toEqual({
      mode: 'hybrid',
      days: 2,
    })
    expect(read('Office attendance: 3 days per week.')).toEqual({ mode: 'hybrid', days: 3 })
    expect(read('We meet in the office on Tuesday + Thursday.')).toEqual({
      mode: 'hybrid',
      days: 2,
    })
  })

  it('reads a board’s field answered "No" on the line under it as no remote', () => {
    expect(
      read(
        'Remote job\nNo\nTelework eligible\nYes\nThe selectee will report to the duty station in Charleston, SC at least 3 days per week.',
      ),
    ).toEqual({ mode: 'hybrid', days: 3 })
    expect(read('Remote job\nYes\nYou can work from anywhere in the US.').mode).toBe('remote')
  })

  it('reads the office days of a sentence past a bracketed aside', () => {
    expect(
      read(
        'Associates are expected to work on-site at one of the listed hub locations (Columbus, OH or Indianapolis, IN) three days per week.',
      ),
    ).toEqual({ mode: 'hybrid', days: 3 })
  })

  it('reads a role that is neither remote nor hybrid as on site', () => {
    expect(read("This isn't a remote or hybrid role: we decide at the whiteboard.").mode).toBe(
      'onsite',
    )
    expect(read('This is not a hybrid role.').mode).toBeNull()
  })

  it('reads what the team is now, not what it was', () => {
    expect(
      read(
        'We were fully remote until last year. Since January we are hybrid, together in our Leeds studio two days a week.',
      ),
    ).toEqual({ mode: 'hybrid', days: 2 })
  })

  it('leaves a remote role that cannot offer something else remote', () => {
    expect(read('We are fully remote across Europe and cannot offer relocation.').mode).toBe(
      'remote',
    )
  })

  it('is on site when full remote is refused alone', () => {
    expect(
      read('This role is in our Leeds office. Remote arrangements are not available.').mode,
    ).toBe('onsite')
  })
})

describe('the days a week at one of a choice of offices', () => {
  it.each([
    [
      "This is a hybrid role: 2-3 days per week in either Corvel's Leeds (Holbeck) or York (Micklegate) office – your choice.",
      2,
    ],
    ['Two days a week at one of our Ghent or Bruges offices.', 2],
  ])('%s', (body, days) => {
    expect(read(body)).toEqual({ mode: 'hybrid', days })
  })
})

describe('office days in a hub', () => {
  it('reads "1-2 days per week in the city-centre hub" as one office day', () => {
    expect(
      officeDaysIn(
        'Hybrid working: 1-2 days per week in the Leeds city-centre hub, the rest from home.',
      )?.value,
    ).toBe(1)
  })
})

describe('Belgian Dutch "telewerk"', () => {
  it('reads days of telework as days away from the office', () => {
    expect(read('Telewerk mogelijk tot 2 dagen per week.')).toEqual({ mode: 'hybrid', days: 3 })
    expect(read('Thuiswerk tot 2 dagen per week.')).toEqual({ mode: 'hybrid', days: 3 })
  })
})

describe('work mode: "lavoro agile", the Italian public sector’s word for working away', () => {
  it('is hybrid when allowed for some days, on site when refused', () => {
    expect(
      read(
        'Il rapporto di lavoro si svolge presso la sede; è consentito il lavoro agile fino a 8 giorni al mese.',
      ).mode,
    ).toBe('hybrid')
    expect(read('Prevediamo 2 giorni di lavoro agile a settimana.')).toEqual({
      mode: 'hybrid',
      days: 3,
    })
  })
})

describe('weekdays named on both sides of the office', () => {
  it('counts the days the sentence names first, before the office, not the free days after it', () => {
    expect(
      read(
        'Hybrides Arbeiten: Wir sehen uns an festen Teamtagen – dienstags, mittwochs und donnerstags – im Office in der Altstadt, montags und freitags arbeitest du, wo du möchtest.',
      ),
    ).toEqual({ mode: 'hybrid', days: 3 })
  })
})

describe('work mode: days per week written with a slash', () => {
  it('counts "2 Tage/Woche im Büro" as two office days', () => {
    expect(read('3 Tage/Woche remote – 2 Tage/Woche im Büro (Di + Do)')).toEqual({
      mode: 'hybrid',
      days: 2,
    })
    expect(read('Hybrid: 1 Tag/Woche im Büro in Leipzig.')).toEqual({ mode: 'hybrid', days: 1 })
  })
})

describe('work mode: a public employer’s telework schedule', () => {
  it('reads "a hybrid telework schedule of up to two (2) days per week" as three office days', () => {
    expect(
      read(
        'This position is eligible for a hybrid telework schedule of up to two (2) days per week after the first ninety (90) days of employment.',
      ),
    ).toEqual({ mode: 'hybrid', days: 3 })
  })
})

describe('work mode: a step of the hiring is not the role', () => {
  it('takes "Meet the team (on-site or remote)" for no offer of remote work', () => {
    expect(
      read(
        'Hybrid: two office days a week in Munich. Hiring process: call with us → technical interview → meet the team in Munich (on-site or remote) → offer.',
      ),
    ).toEqual({ mode: 'hybrid', days: 2 })
  })

  it('still reads a role offered on site or remote', () => {
    expect(read('You can work from our Lyon office or remote from anywhere in France.').mode).toBe(
      'remote',
    )
  })
})

describe('work mode: a fact line of a mode and a place in the text', () => {
  it.each([
    ['Remote, US', 'remote'],
    ['Onsite | Rotterdam', 'onsite'],
    ['Hybrid – Leeds', 'hybrid'],
  ])('"%s" among a post’s bullets states the mode', (line, mode) =>
    expect(
      read(`We move money for property managers.\n• ${line}\n• $150k–$180k base + equity`).mode,
    ).toBe(mode),
  )
  it('leaves a mode word followed by words that name no place', () =>
    expect(read('We build ledgers.\n• Remote, but we meet quarterly').mode).toBeNull())
})

describe('work mode: full remote as an exception, in the other languages', () => {
  it.each([
    'Wij werken op kantoor in Deventer. Volledig remote is alleen in uitzonderlijke gevallen bespreekbaar, voor de juiste kandidaat.',
    'Wir arbeiten im Büro in Kassel; 100 % Homeoffice ist nur in Ausnahmefällen möglich.',
    'Le poste est basé à Angers ; le full remote est envisageable à titre exceptionnel.',
    'Trabajamos en la oficina de Vigo; el teletrabajo al 100 % solo en casos excepcionales.',
    'Praca w biurze w Lublinie; pełna praca zdalna tylko w wyjątkowych przypadkach.',
  ])('"%s" offers no remote work', (body) => expect(read(body).mode).not.toBe('remote'))
  it('still reads remote offered to every hire', () =>
    expect(read('Volledig remote werken is bij ons de norm.').mode).toBe('remote'))
})

describe('work mode: a Dutch team that works together at its office', () => {
  it('reads "we werken samen op ons kantoor" as on site', () =>
    expect(
      read('We werken samen op ons kantoor aan de Oudegracht in Utrecht – korte lijntjes.').mode,
    ).toBe('onsite'))
  it('keeps office days stated with it', () =>
    expect(read('Je werkt twee dagen per week op ons kantoor in Utrecht.')).toEqual({
      mode: 'hybrid',
      days: 2,
    }))
})

describe('work mode: a board’s field in its fact box below the text', () => {
  it('loses to the posting’s own sentence', () =>
    expect(
      read(
        'This is an on-site role: our test rigs are in our Linköping lab.\n\nDepartment\nEngineering\nRemote status\nHybrid',
      ).mode,
    ).toBe('onsite'))
  it('still states the mode when the text says nothing else', () =>
    expect(read('We build test rigs.\n\nDepartment\nEngineering\nRemote status\nHybrid').mode).toBe(
      'hybrid',
    ))
})

describe('office days at a lab or headquarters', () => {
  it.each([
    ['Hybrid, with three days a week at our Mile-End lab and the rest from home.', 3],
    ['Hybrid, working onsite at our Ottawa headquarters 2 days per week.', 2],
  ])('"%s"', (body, days) => expect(read(body)).toEqual({ mode: 'hybrid', days }))
})

describe('office days at one of several offices, in the other languages', () => {
  it.each([
    ['Hybrides Arbeiten: 2 Tage pro Woche in einem unserer Büros in Kiel oder Lübeck.', 2],
    ['Hybride : 3 jours par semaine dans l’un de nos bureaux de Rennes ou Brest.', 3],
    ['Híbrido: 2 días a la semana en una de nuestras oficinas de Bilbao o Vitoria.', 2],
    ['Hybrydowo: 3 dni w tygodniu w jednym z naszych biur w Gdańsku lub Gdyni.', 3],
  ])('"%s"', (body, days) => expect(read(body).days).toBe(days))
})

describe('office days counted of the five of a week', () => {
  it.each([
    ['Il lavoro è in presenza, 5 giorni su 5, nella nostra sede di Modena.', 5],
    ['Ibrido: 3 giorni su 5 in ufficio a Padova.', 3],
    ['Hybride : 3 jours sur 5 au bureau de Nantes.', 3],
  ])('"%s"', (body, days) => expect(read(body).days).toBe(days))
})

describe('work mode: full remote said not to be offered, the refusal a few words away', () => {
  it.each([
    'We work from our Exeter studio two days a week. Fully remote is sadly not something we can offer.',
    'Hybrid in Graz: two days a week at the office. We cannot run this team fully remote.',
    'Zwei Tage pro Woche im Büro in Erfurt. Komplett remote können wir die Position derzeit leider nicht vergeben.',
    'Deux jours par semaine au bureau de Tours. Le 100 % télétravail n’est malheureusement pas possible.',
    'Due giorni a settimana in ufficio a Parma. Non possiamo offrire il full remote per questo ruolo.',
    'Twee dagen per week op kantoor in Zwolle. Volledig thuiswerken kunnen we helaas niet aanbieden.',
  ])('"%s" is hybrid', (body) => expect(read(body).mode).toBe('hybrid'))
  it.each([
    'We can’t sponsor visas; this role is fully remote.',
    'This is a fully remote role and we cannot wait to meet you.',
  ])('"%s" still offers remote work', (body) => expect(read(body).mode).toBe('remote'))
})

describe('work mode: weeks a year from any place, in the other languages', () => {
  it.each([
    'Un giorno a settimana in ufficio a Bergamo. Fino a 3 settimane all’anno di lavoro da remoto da qualsiasi luogo in Europa.',
    'Dos días por semana en la oficina de Gijón. 15 días al año de teletrabajo desde cualquier parte del mundo.',
    'Two days a week in our Bristol office. 4 weeks a year remote from any country you like.',
  ])('"%s" is hybrid', (body) => expect(read(body).mode).toBe('hybrid'))
})

describe('work mode: all of the week "à distance", "a distancia", "a distanza", "à distância"', () => {
  it.each([
    'La mission est 100 % à distance, depuis la France ; une journée par mois à Rennes.',
    'El puesto es totalmente a distancia desde España.',
    'Il ruolo è completamente a distanza, da tutta Italia.',
    'Trabalho 100% à distância a partir de Portugal.',
  ])('"%s" is remote', (body) => expect(read(body).mode).toBe('remote'))
  it('leaves work away offered for some days', () =>
    expect(read('Possibilité de travail à distance 2 jours par semaine.').mode).not.toBe('remote'))
})

describe('work mode: working away allowed only by exception', () => {
  it.each([
    'Die Tätigkeit ist vor Ort an unserem Standort in Biberach angesiedelt. Mobiles Arbeiten ist nur in Ausnahmefällen möglich.',
    'This is an on-site role at our Derby plant. Hybrid working is possible only in exceptional circumstances.',
  ])('"%s" is on site', (body) => expect(read(body).mode).toBe('onsite'))
  it('keeps a hybrid week when the exception is said of full remote', () =>
    expect(
      read('Hybrid, 2 days a week in the Derby office; fully remote in exceptional cases.'),
    ).toEqual({ mode: 'hybrid', days: 2 }))
})

describe('work mode: a way of working said not to be this role’s', () => {
  it.each([
    'This role is fully on-site at our Tulsa operations centre. Our product team works hybrid, but this doesn’t apply to this role.',
    'El cargo es 100 % presencial en Cali. El equipo de producto trabaja en esquema híbrido, pero no aplica para esta vacante.',
    'Die Tätigkeit ist vor Ort an unserem Standort in Ulm. Unser Entwicklungsteam arbeitet hybrid, das gilt jedoch nicht für diese Stelle.',
  ])('"%s" is on site', (body) => expect(read(body).mode).toBe('onsite'))
})

describe('office days at one of the offices a posting lists', () => {
  it('reads "from one of the Harwick offices listed on this posting 2-3 days per week"', () =>
    expect(
      read(
        'This is a hybrid position: you work from one of the Harwick offices listed on this posting 2-3 days per week, and from home the rest.',
      ),
    ).toEqual({ mode: 'hybrid', days: 2 }))
})

describe('work mode: a chat post’s fact line ending as a sentence, and a team with no office', () => {
  it('reads "• Remote, North America time zones." as remote', () =>
    expect(
      read('We make a budgeting app.\n• Remote, North America time zones. About 30 of us\n').mode,
    ).toBe('remote'))
  it.each([
    'We are fully distributed, with no office.',
    'As a 100% distributed company, we meet twice a year.',
  ])('"%s" is remote', (body) => expect(read(body).mode).toBe('remote'))
  it('leaves a kind of system', () =>
    expect(read('You will design fully distributed databases.').mode).toBeNull())
})
