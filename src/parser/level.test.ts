import { describe, expect, it } from 'vitest'
import { levelFromPhrase, levelFromTitle, levelFromWord, roleFamily } from './level.ts'
import { parsePosting } from './index.ts'

describe('levelFromTitle', () => {
  it.each([
    ['Semi Senior Backend Developer', 'mid'],
    ['Desarrollador Semi-Senior', 'mid'],
    ['Desarrollador Java SSr', 'mid'],
    ['Desenvolvedor Pleno', 'mid'],
    ['Desenvolvedor Sênior React', 'senior'],
    // Portugal and Spain write it with an acute accent.
    ['Backend Developer Sénior', 'senior'],
    ['Desarrollador Backend Sénior', 'senior'],
    ['Programador Júnior', 'junior'],
    ['Engenheiro de Software Júnior', 'junior'],
    ['Développeur Confirmé Java', 'mid'],
    ['Développeur Référent', 'lead'],
    ['Stagiaire Développeur Web', 'intern'],
    ['Praktikant Softwareentwicklung', 'intern'],
    ['Werkstudent Data Engineering', 'intern'],
    ['Stażysta w dziale IT', 'intern'],
    ['Starszy Programista Java', 'senior'],
    ['Medior Ontwikkelaar', 'mid'],
    ['Stagista Sviluppatore', 'intern'],
    ['Software Engineer II', 'mid'],
    ['Softwareentwickler III', 'senior'],
    ['Lead Developer', 'lead'],
    ['Sr Staff Software Engineer', 'staff'],
    ['Senior Engineering Manager', 'manager'],
    ['Design Manager, Digital Experience', 'manager'],
    ['Product Design Manager', 'manager'],
    ['Product Manager, Payments', null],
    ['Teamleiter Softwareentwicklung', 'lead'],
    ['Member of Technical Staff', null],
    ['Backend Engineer', null],
  ])('%s -> %s', (title, level) => {
    expect(levelFromTitle(title)).toBe(level)
  })
})

describe('levelFromWord', () => {
  it('reads a job board level label', () => {
    expect(levelFromWord('Mid-Senior level')).toBe('senior')
    expect(levelFromWord('Entry level')).toBe('junior')
    expect(levelFromWord('Associate')).toBe('junior')
    expect(levelFromWord('Pleno')).toBe('mid')
  })
})

describe('roleFamily', () => {
  it.each([
    ['Software Engineer', 'software'],
    ['Softwareentwickler (m/w/d)', 'software'],
    ['Développeur logiciel', 'software'],
    ['Ingeniero de Software', 'software'],
    ['Desenvolvedor', 'software'],
    ['Sviluppatore Software', 'software'],
    ['Software Ontwikkelaar', 'software'],
    ['Programista', 'software'],
    ['Founding Engineer', 'software'],
    ['Mechanical Engineer', 'other'],
    ['Sales Engineer', 'other'],
    ['Backend-Entwickler', 'backend'],
    ['Frontendentwickler', 'frontend'],
    ['Développeur Full-Stack', 'fullstack'],
    ['Ingénieur DevOps', 'devops'],
    ['Datenanalyst', 'data'],
    ['Analista de Datos', 'data'],
    ['Inżynier danych', 'data'],
    ['Ingénieur en intelligence artificielle', 'ml'],
    ['Ingénieur sécurité', 'security'],
    ['Desarrollador de aplicaciones móviles', 'mobile'],
    ['Teamleiter Softwareentwicklung', 'management'],
    ['Chef de produit', 'product'],
    ['Senior Engineering Manager', 'management'],
    ['Product Designer', 'design'],
    ['Account Executive', 'other'],
  ])('%s -> %s', (title, family) => {
    expect(roleFamily(title)).toBe(family)
  })
})

describe('"Middle" as a level word (the mid level on Ukrainian and Polish boards)', () => {
  it.each([
    ['Middle .NET Developer', 'mid'],
    ['Middle+ Python Engineer', 'mid'],
    ['Sales Engineer, Middle East', null],
    ['Middle Office Analyst', null],
    ['Middleware Engineer', null],
  ])('"%s" is %s', (title, level) => {
    expect(levelFromTitle(title)).toBe(level)
  })
})

describe('a first experience counted in years', () => {
  it('asks for years, which set no level', () => {
    expect(
      levelFromPhrase(
        "Vous justifiez d'une première expérience réussie d'au moins deux ans en administration systèmes.",
      ),
    ).toBeNull()
    expect(levelFromPhrase('Vous avez une première expérience en développement web.')?.value).toBe(
      'junior',
    )
  })
})

describe('a board’s level field', () => {
  const seniority = (text: string) => {
    const result = parsePosting(text, { file: 'level.txt' })
    return result.ok ? result.posting.seniority : 'refused'
  }

  it('gives the level of a manager’s role its title does not state', () => {
    const text = [
      'Engineering Manager (Go)',
      'Wrzos Systems',
      'Doświadczenie: Senior',
      'Lokalizacja: Gdańsk',
      '',
      'W Wrzos Systems budujemy platformę płatności. Będziesz prowadzić zespół pięciu osób (Go, PostgreSQL).',
    ].join('\n')
    expect(seniority(text)).toBe('senior')
  })

  it('is read with its label abbreviated', () => {
    const text = [
      'Product Designer',
      'Location: Raleigh, NC',
      'Type: Full Time',
      'Min. Experience: Mid Level',
      '',
      'Bramblecode builds dispatch software for plumbers. You will design our mobile app in Figma.',
    ].join('\n')
    expect(seniority(text)).toBe('mid')
  })

  it('leaves a level the title states as it is', () => {
    const text = [
      'Senior Backend Engineer',
      'Wrzos Systems',
      'Doświadczenie: Mid',
      '',
      'W Wrzos Systems budujemy platformę płatności w Go.',
    ].join('\n')
    expect(seniority(text)).toBe('senior')
  })
})

describe('a level the role is open to as well', () => {
  it.each([
    'Berufserfahrung in der Softwareentwicklung (Absolventen und Berufseinsteiger sind ebenfalls willkommen).',
    'Two years of Rust in production; new graduates are also welcome.',
    'Expérience en Java exigée ; les jeunes diplômés sont aussi les bienvenus.',
  ])('"%s" states no level', (text) => expect(levelFromPhrase(text)).toBeNull())
  it('still reads a level asked for', () =>
    expect(levelFromPhrase('Wir suchen Berufseinsteiger für unser Team in Aalen.')?.value).toBe(
      'junior',
    ))
})
