import { describe, expect, it } from 'vitest'
import { detectLanguage } from './text-language.ts'

describe('detectLanguage', () => {
  it.each([
    ['en', 'We are looking for an engineer who will work with our team on the platform.'],
    ['de', 'Wir suchen für unser Team eine Entwicklerin, die mit uns an der Plattform arbeitet.'],
    [
      'fr',
      'Nous recherchons pour notre équipe une personne qui travaille avec nous sur la plateforme.',
    ],
    ['es', 'Buscamos para nuestro equipo una persona que trabaje con nosotros en la plataforma.'],
    [
      'pt',
      'Procuramos para o nosso time uma pessoa que trabalhe com você na plataforma da empresa.',
    ],
    [
      'it',
      'Cerchiamo per il nostro team una persona che lavori con noi sulla piattaforma della azienda.',
    ],
    ['nl', 'Wij zoeken voor ons team een ontwikkelaar die met ons aan het platform werkt.'],
    [
      'pl',
      'Szukamy do naszego zespołu osoby, która będzie pracować z nami nad platformą i jest gotowa.',
    ],
  ])('tells %s', (lang, text) => {
    expect(detectLanguage(text)?.value).toBe(lang)
  })

  it.each([
    ['es', 'Analista de Datos\nRequisitos\n- SQL\nOfrecemos\n- Salario anual'],
    ['nl', 'Data Analist\nFunctie-eisen\n- SQL\nSalaris: 4.000 per maand'],
    ['en', 'Data Analyst\nSalary: 40k annually, paid monthly'],
  ])("tells %s from a short posting's headings, role noun and pay words", (lang, text) => {
    expect(detectLanguage(text)).toBeNull()
    expect(detectLanguage(text, true)?.value).toBe(lang)
  })

  it.each([
    ['pt', 'Desenvolvedor Mobile\nSalário: a combinar'],
    ['es', 'Desarrollador Backend\nSueldo: a convenir'],
  ])(
    'tells %s from two of its posting words when no other language has half as many',
    (lang, text) => {
      expect(detectLanguage(text, true)?.value).toBe(lang)
    },
  )

  it('leaves a text unsettled when its posting words lead by less than twice', () => {
    // A Portuguese role noun and pay word, two English role nouns: too close to tell.
    const text = 'Desenvolvedor\nSoftware Engineer / Developer\nSalário a combinar'
    expect(detectLanguage(text, true)).toBeNull()
  })

  it('says nothing for a list of names', () => {
    expect(detectLanguage('Kubernetes, PostgreSQL, Kafka')).toBeNull()
  })
})
