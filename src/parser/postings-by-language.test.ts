import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

// One short posting per language, written for these tests; the expected fields are written by
// hand from reading each posting.
const dir = path.join(import.meta.dirname, '__fixtures__', 'languages')

const expected = {
  de: {
    title: 'Senior Softwareentwickler Java',
    roleFamily: 'software',
    seniority: 'senior',
    salary: { min: 65000, max: 80000, currency: 'EUR', period: 'year' },
    spokenLanguages: ['German', 'English'],
    stack: ['Java', 'Spring Boot', 'Kubernetes', 'PostgreSQL'],
    responsibilities: 'Du betreibst sie auf Kubernetes',
    requirements: 'Mehrere Jahre Erfahrung mit Java und PostgreSQL',
    benefits: '30 Tage Urlaub',
  },
  fr: {
    title: 'Développeur Backend Confirmé',
    roleFamily: 'backend',
    seniority: 'mid',
    salary: { min: 45000, max: 55000, currency: 'EUR', period: 'year' },
    spokenLanguages: ['English'],
    stack: ['Python', 'Django', 'AWS', 'Terraform'],
    responsibilities: 'Déployer sur AWS avec Terraform',
    requirements: "Trois ans d'expérience en Python",
    benefits: 'Tickets restaurant',
  },
  es: {
    title: 'Desarrollador Semi Senior Full Stack',
    roleFamily: 'fullstack',
    seniority: 'mid',
    salary: { min: 2500, max: 3200, currency: 'USD', period: 'month' },
    spokenLanguages: ['English'],
    stack: ['React', 'TypeScript', 'Node.js'],
    responsibilities: 'Mantener servicios en Node.js',
    requirements: 'Dos años de experiencia con React',
    benefits: 'Horario flexible',
  },
  pt: {
    title: 'Desenvolvedor Pleno Mobile',
    roleFamily: 'mobile',
    seniority: 'mid',
    salary: { min: 8000, max: 11000, currency: 'BRL', period: 'month' },
    spokenLanguages: ['English'],
    stack: ['Flutter', 'Dart', 'Kotlin'],
    responsibilities: 'Integrar com APIs em Kotlin',
    requirements: 'Experiência com Flutter',
    benefits: 'Vale refeição',
  },
  it: {
    title: 'Sviluppatore Software Junior',
    roleFamily: 'software',
    seniority: 'junior',
    salary: { min: 30000, max: 36000, currency: 'EUR', period: 'year' },
    spokenLanguages: ['English'],
    stack: ['C#', '.NET'],
    responsibilities: 'Scrivere test automatici',
    requirements: 'Laurea in informatica',
    benefits: 'Buoni pasto',
  },
  nl: {
    title: 'Medior Data Engineer',
    roleFamily: 'data',
    seniority: 'mid',
    salary: { min: 4000, max: 5200, currency: 'EUR', period: 'month' },
    spokenLanguages: ['Dutch', 'English'],
    stack: ['Python', 'Airflow', 'Azure', 'SQL'],
    responsibilities: 'Modellen in productie brengen op Azure',
    requirements: 'Ervaring met SQL en Python',
    benefits: 'Een NS Business Card',
  },
  pl: {
    title: 'Starszy Programista Python',
    roleFamily: 'backend',
    seniority: 'senior',
    salary: { min: 18000, max: 24000, currency: 'PLN', period: 'month' },
    spokenLanguages: ['English'],
    stack: ['Python', 'FastAPI', 'PostgreSQL', 'Kafka'],
    responsibilities: 'Praca z PostgreSQL i Kafka',
    requirements: 'Minimum 5 lat doświadczenia z Python',
    benefits: 'Prywatna opieka medyczna',
  },
} as const

describe('postings in every supported language', () => {
  it.each(Object.entries(expected))('%s', (language, want) => {
    const result = parsePosting(readFileSync(path.join(dir, `${language}.txt`), 'utf8'))
    if (!result.ok) throw new Error(result.error)
    const p = result.posting
    expect(p.title).toBe(want.title)
    expect(p.roleFamily).toBe(want.roleFamily)
    expect(p.seniority).toBe(want.seniority)
    expect(p.salary).toEqual(want.salary)
    expect(p.spokenLanguages).toEqual(want.spokenLanguages)
    expect(p.stack.map((s) => s.name)).toEqual(want.stack)
    expect(p.sections.responsibilities).toContain(want.responsibilities)
    expect(p.sections.requirements).toContain(want.requirements)
    expect(p.sections.benefits).toContain(want.benefits)
  })
})
