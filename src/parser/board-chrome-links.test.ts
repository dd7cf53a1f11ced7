import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { notACompany } from './company.ts'
import { isListingActions } from './page-chrome.ts'

function company(text: string): string | null | false {
  const result = parsePosting(text, { file: 'page.txt' })
  return result.ok && result.posting.company
}

describe('a link back to the list of results', () => {
  it('is the page’s in each language, however many words follow its opener', () => {
    for (const key of [
      'torna ai risultati di ricerca',
      'zurück zur liste der stellenangebote',
      'retour à la liste des offres',
      'volver al listado de empleos',
      'terug naar alle vacatures',
      'wróć do listy ogłoszeń',
      'torna alle offerte di lavoro | candidati ora',
      'back to the job list',
    ])
      expect(isListingActions(key), key).toBe(true)
  })

  it('is not a title that opens with the same words', () => {
    expect(isListingActions('return to work programme engineer')).toBe(false)
    expect(isListingActions('torna a casa con noi e scopri il nostro nuovo modo di lavorare')).toBe(
      false,
    )
  })

  it('is not taken for the employer', () => {
    const text = [
      'Lavora con noi – Pianalto Retail',
      '',
      'Torna ai risultati di ricerca',
      '',
      'Sviluppatore Backend Senior (Java)',
      'Pianalto Retail',
      'Sede: Torino, Piemonte, Italia',
      '',
      'Pianalto Retail gestisce 120 negozi nel Nord Italia. Cerchiamo uno sviluppatore Java.',
    ].join('\n')
    expect(company(text)).toBe('Pianalto Retail')
  })
})

describe('a town’s other name on the line under the title', () => {
  it('is the town the posting places the role in, not the company', () => {
    const text = [
      'Gruppo Ortensia – Lavora con noi',
      '',
      'Data Engineer Junior',
      'Torino',
      '',
      'Candidati ora    Salva offerta',
      '',
      'Sede: Torino, Piemonte, Italia',
      'Tipo di contratto: Tempo indeterminato',
      '',
      'Gruppo Ortensia è una catena di farmacie con 80 punti vendita. Lavorerai con Python e SQL.',
    ].join('\n')
    expect(company(text)).toBe('Gruppo Ortensia')
  })
})

describe('a board’s link for employers to advertise', () => {
  it('is a menu’s item, in the order each language puts it', () => {
    for (const item of [
      'Publicar aviso gratis',
      'Stellenanzeige kostenlos aufgeben',
      'Post a job for free',
      'Plaats een vacature',
      'Dodaj ogłoszenie za darmo',
      'Publiez une offre',
    ])
      expect(notACompany(item), item).toBe("an item of a site's menu")
  })

  it('is not taken for the employer', () => {
    const text = [
      'Empleosur',
      'Empleos    Empresas    Ingresar',
      'Publicar aviso gratis',
      '',
      'Desarrollador Python Semi Senior',
      'Cordobit Software',
      'Córdoba, Argentina',
      '',
      'En Cordobit Software buscamos un desarrollador Python con Django y PostgreSQL.',
    ].join('\n')
    expect(company(text)).toBe('Cordobit Software')
    const german = text
      .replace('Publicar aviso gratis', 'Stellenanzeige kostenlos aufgeben')
      .replace('Empleos    Empresas    Ingresar', 'Jobs    Firmen    Login')
    expect(company(german)).toBe('Cordobit Software')
  })
})

describe('a freelance board’s “posted by” label over the agency', () => {
  it('names the agency, not the label', () => {
    const text = [
      'Senior Java Entwickler (m/w/d)',
      '',
      'Jetzt bewerben   Projekt merken',
      '',
      'Eingetragen von',
      'Talbrücke IT Services GmbH',
      '',
      'Projektdetails',
      'Start: 01.07.2025',
      'Einsatzort: Stuttgart',
      '',
      'Für unseren Kunden suchen wir einen Java-Entwickler mit Spring Boot und Kafka.',
    ].join('\n')
    expect(company(text)).toBe('Talbrücke IT Services')
  })
})

describe('a careers site’s pager and a title with its requisition number', () => {
  it('gives the role, not the site’s job category', () => {
    const text = [
      'Skip to main content',
      'Fernbrook Mutual | Careers',
      'Job Search    My Jobpage    Sign In',
      '',
      'Job Description',
      'Previous Job    Next Job    Return to Job List',
      '',
      'Apply Online    Send to a Friend    Print',
      '',
      'Senior Data Engineer-2500311',
      '',
      'Description',
      'Fernbrook Mutual insures farms across Iowa. You will build pipelines in Python and Spark.',
      '',
      'Job: Information Technology',
      'Primary Location: United States-Iowa-Des Moines',
      'Other Locations: United States-Nebraska-Omaha',
    ].join('\n')
    const result = parsePosting(text, { file: 'taleo.txt' })
    expect(result.ok && result.posting.title).toBe('Senior Data Engineer')
    expect(result.ok && result.posting.locations.map((l) => l.city)).toEqual([
      'Des Moines',
      'Omaha',
    ])
  })
})

describe('a link past the menu that leaves out its "to"', () => {
  it('is the page’s, not the employer’s name', () => {
    const text = [
      'Skip Main Navigation',
      'Find Events',
      'Create Events',
      'Help Center',
      'Log In',
      '',
      'Senior Embedded Software Engineer',
      '',
      'Tidewater Robotics builds hull-cleaning robots for ports. You will write firmware in C++ and Rust.',
    ].join('\n')
    expect(company(text)).toBe('Tidewater Robotics')
  })
})
