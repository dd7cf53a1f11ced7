import { describe, expect, it } from 'vitest'
import { notACompany } from './company.ts'
import { parsePosting } from './index.ts'

function company(text: string): string | null {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result.posting.company
}

// Job-board pages in every supported language put facts on the lines under the title: a
// place, a work mode, when the listing went up. None of them is the company.
describe('the company, beside the facts a job board prints under the title', () => {
  it('is not a work mode named in another language', () => {
    for (const mode of ['Remoto', 'Ibrido', 'Hybride', 'Praca hybrydowa', 'Télétravail partiel'])
      expect(notACompany(mode), mode).toBe('a work mode or contract')
    expect(
      company(
        'Desarrolladora Backend Python\nRosario, Argentina · Remoto\n\nSobre nosotros\nTerraplén Pagos es una fintech que procesa cobros.\n\nRequisitos\n- Python y Django\n',
      ),
    ).toBe('Terraplén Pagos')
  })

  it('keeps "Home Office" written as a name: a ministry hires too', () => {
    expect(notACompany('Home Office')).toBeNull()
  })

  it('is not the line saying when the listing went up', () => {
    for (const line of [
      'Publiée le 3 octobre 2026',
      'Veröffentlicht vor 3 Tagen',
      'Publicado hace 2 días',
      '4 dni temu',
    ])
      expect(notACompany(line), line).toBe('when the listing went up')
    expect(
      company(
        'Ingénieure Data (F/H)\nPubliée le 3 octobre 2026\nNantes, Pays de la Loire, France\n\nQui sommes-nous ?\nLuzerne est une coopérative qui répare des vélos.\n\nMissions\n- Construire nos pipelines en Python\n',
      ),
    ).toBe('Luzerne')
  })

  it('is not a search form’s button nor a menu’s label', () => {
    expect(notACompany('Search')).toBe("a search form's button")
    expect(notACompany('Main Menu')).toBe("an item of a site's menu")
    expect(notACompany('Language selection')).toBe("an item of a site's menu")
  })

  it('is not a count of those who applied, beside when the listing went up', () => {
    for (const line of [
      '41 applicants',
      'Over 200 applicants',
      '12 Bewerbungen',
      '35 candidatures',
      '27 Bewerbungen über Jobbörse',
      '9 freelances ont déjà répondu',
      '14 personas se postularon',
      '31 people have applied',
    ])
      expect(notACompany(line), line).toBe('a number or a count')
    expect(
      company(
        'Développeur·se Flutter – app de covoiturage\nMission publiée il y a 2 jours · 9 freelances ont déjà répondu\n\nLe projet\nRoulezJoli est une jeune pousse bordelaise.\n\nCe que tu vas faire\n- Développer l’app en Flutter et Dart\n',
      ),
    ).toBe('RoulezJoli')
    expect(
      company(
        'Backend Developer (Go)\nPosted 3 days ago · 41 applicants\n\nAbout the company\nKelpie Systems builds logistics software for ports.\n\nYour tasks\n- Design services in Go and PostgreSQL\n',
      ),
    ).toBe('Kelpie Systems')
  })

  it('is not a list of technologies, though one technology alone may name a company', () => {
    expect(notACompany('Python/Java')).toBe('a list of technologies')
    expect(notACompany('React, Node.js')).toBe('a list of technologies')
    expect(notACompany('Docker')).toBeNull()
  })
})

describe('the company named in prose', () => {
  it('is read in the paragraph under an "About us" heading in any language', () => {
    expect(
      company(
        'Senior Backend Developer (Go)\nGdańsk, Polska · Praca zdalna\n\nO firmie\nMewatek tworzy oprogramowanie dla portów.\n\nWymagania\n- Go i PostgreSQL\n',
      ),
    ).toBe('Mewatek')
  })

  it('is read after a heading run into its paragraph ("Wer wir sind: X ist ein …")', () => {
    expect(
      company(
        'Werkstudent Backend (m/w/d)\nLeipzig · Teilzeit\n\nWer wir sind: Stellwerk ist ein Leipziger Start-up für Bahndaten.\n\nDein Profil\n- Erste Erfahrung mit Python\n',
      ),
    ).toBe('Stellwerk')
  })

  it('keeps the small words inside a name ("Maison des Graines")', () => {
    expect(
      company(
        'Développeur Backend (H/F)\nRennes - CDI\n\nL’entreprise\nMaison des Graines est une coopérative de semences.\n\nMissions\n- Développer notre API en Node.js\n',
      ),
    ).toBe('Maison des Graines')
  })

  it('spells the name as the prose does where the header writes it as a handle', () => {
    expect(
      company(
        '# Backend Engineer\n### quillworks\n#### Remote, Canada\n\nQuill Works is a studio building invoicing tools for plumbers.\n\nRequirements\n- Ruby on Rails\n',
      ),
    ).toBe('Quill Works')
  })

  it('is the name without what the post adds in brackets after it', () => {
    expect(
      company(
        'Fernwood (YC W25) | Founding Engineer | Remote (US)\n\nFernwood builds scheduling software for clinics. We use TypeScript and Postgres.\n',
      ),
    ).toBe('Fernwood')
  })
})

describe('the company, beside when the role starts', () => {
  it('is not "ab sofort", "ASAP" or "per direct"', () => {
    for (const line of ['ab sofort', 'ASAP', 'per direct', 'dès que possible'])
      expect(notACompany(line), line).toBe('when the role starts')
    expect(
      company(
        'Fullstack-Entwickler:in (PHP/Laravel)\nRemote in Deutschland | Vollzeit | ab sofort\n\nWer wir sind\nDie Moorweide Medien GmbH betreibt Portale für Imker.\n\nWas du mitbringst\n- PHP\n',
      ),
    ).toBe('Moorweide Medien')
  })
})
