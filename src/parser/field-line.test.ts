import { describe, expect, it } from 'vitest'
import { modeOfAnswer, readFieldLabel, readFieldLine } from './field-line.ts'

describe('readFieldLine', () => {
  it('reads a fact-box label in each language as its field', () => {
    expect(readFieldLine('Standort: Köln')).toEqual({
      field: 'location',
      label: 'Standort',
      value: 'Köln',
    })
    expect(readFieldLine('Lieu : Nantes')?.field).toBe('location')
    expect(readFieldLine('Ubicación: Bilbao')?.field).toBe('location')
    expect(readFieldLine('Localização: Braga')?.field).toBe('location')
    expect(readFieldLine('Sede di lavoro: Padova')?.field).toBe('location')
    expect(readFieldLine('Standplaats: Zwolle')?.field).toBe('location')
    expect(readFieldLine('Miejsce pracy: Gdańsk')?.field).toBe('location')
    // A board's area of a country ("Zona: Braga", "Região: Lisboa").
    expect(readFieldLine('Zona: Braga')?.field).toBe('location')
    expect(readFieldLine('Zona: Palermo, Capital Federal')?.field).toBe('location')
    expect(readFieldLine('Região: Lisboa')?.field).toBe('location')
    expect(readFieldLine('Región: Valencia')?.field).toBe('location')
    expect(readFieldLine('Arbeitsmodell: Hybrid')?.field).toBe('workMode')
    expect(readFieldLine('Tryb pracy: zdalna')?.field).toBe('workMode')
    expect(readFieldLine('Gehalt: 50.000 €')?.field).toBe('salary')
    expect(readFieldLine('Unternehmen: Acme')?.field).toBe('company')
    expect(readFieldLine('Home-Office: möglich')?.field).toBe('workMode')
  })

  it('reads a label the board says is the posting’s ("Localidad del puesto", "Lieu du poste")', () => {
    expect(readFieldLine('Localidad del puesto: Murcia (Espinardo)')).toEqual({
      field: 'location',
      label: 'Localidad',
      value: 'Murcia (Espinardo)',
    })
    expect(readFieldLine('Lieu du poste : Nantes')?.field).toBe('location')
    expect(readFieldLine('Local da vaga: Braga')?.field).toBe('location')
    expect(readFieldLine('Modalidad de la oferta: Presencial')?.field).toBe('workMode')
    expect(readFieldLabel('Localidad del puesto')).toBe('location')
    // Only after a whole label: "del puesto" alone is none.
    expect(readFieldLine('Del puesto: Murcia')).toBeNull()
  })

  it('reads a label behind an emoji, a chat app’s code or emphasis, and a pin as a place’s label', () => {
    expect(readFieldLine('🔹 Lokalizacja: Gdańsk')).toEqual({
      field: 'location',
      label: 'Lokalizacja',
      value: 'Gdańsk',
    })
    expect(readFieldLine(':round_pushpin: *Location:* Austin, TX')?.value).toBe('Austin, TX')
    expect(readFieldLine('**Sede**: Bologna')?.field).toBe('location')
    expect(readFieldLine('📍 London, UK')).toEqual({
      field: 'location',
      label: '📍',
      value: 'London, UK',
    })
    expect(readFieldLine('📍 Sede: Torino')?.label).toBe('Sede')
  })

  it('reads a name after an office building as the employer, its team after the dash aside', () => {
    expect(readFieldLine('🏢 Corrib Pay – Platform Engineering')).toEqual({
      field: 'company',
      label: '🏢',
      value: 'Corrib Pay',
    })
    expect(readFieldLine('🏢 Oriel Markets Ltd')?.value).toBe('Oriel Markets Ltd')
  })
  it.each([
    '🏢 Hybrid · 2 days a week in office',
    '🏢 Office',
    '🏢 Unlimited access to co-working spaces around the globe',
    '🏢 Pequena/Média Empresa (51 a 200 funcionários)',
  ])('reads no employer in "%s": a way of working, an office, a perk or a size', (text) =>
    expect(readFieldLine(text)?.field).not.toBe('company'),
  )
  it('reads a label with its plural in brackets as the label', () => {
    expect(readFieldLine('Lieu(x) de travail : Namur')?.field).toBe('location')
    expect(readFieldLine('Location(s): Leeds, York')?.value).toBe('Leeds, York')
    expect(readFieldLine('Standort(e): Berlin')?.field).toBe('location')
    expect(readFieldLabel('Lieu(x) de travail :')).toBe('location')
    expect(readFieldLabel('Work Location(s)')).toBe('location')
  })

  it('reads the working language’s label in each language', () => {
    expect(readFieldLabel('Voertaal')).toBe('languages')
    expect(readFieldLine('Arbeitssprache: Englisch')?.field).toBe('languages')
    expect(readFieldLine('Langue de travail : anglais')?.field).toBe('languages')
    expect(readFieldLine('Język pracy: angielski')?.field).toBe('languages')
  })

  it('leaves a sentence with a colon alone', () => {
    expect(readFieldLine('Our promise: we reply to everyone')).toBeNull()
    expect(readFieldLine('Standorte und Teams wachsen')).toBeNull()
  })
})

describe('readFieldLabel', () => {
  it('knows a label standing alone on its line', () => {
    expect(readFieldLabel('locations')).toBe('location')
    expect(readFieldLabel('Standort')).toBe('location')
    expect(readFieldLabel('job requisition id')).toBe('reference')
    expect(readFieldLabel('Senior Engineer')).toBeNull()
  })
})

describe('modeOfAnswer', () => {
  it('reads the answer to a remote or home-office label', () => {
    expect(modeOfAnswer('Remote', 'yes')).toBe('remote')
    expect(modeOfAnswer('Remote', 'No')).toBe('onsite')
    expect(modeOfAnswer('Homeoffice', 'möglich')).toBe('hybrid')
    expect(modeOfAnswer('Homeoffice', 'ja')).toBe('hybrid')
    expect(modeOfAnswer('Télétravail', 'Fréquent')).toBe('hybrid')
    expect(modeOfAnswer('Télétravail', 'Total')).toBe('remote')
    expect(modeOfAnswer('Teletrabajo', '100%')).toBe('remote')
  })

  it('says nothing for a label that is not about remote work', () => {
    expect(modeOfAnswer('Work type', 'Full-time')).toBeNull()
  })
})

describe('a title label with its article', () => {
  it.each([
    ['De functie: Medior Java Developer', 'Medior Java Developer'],
    ['The role: Senior Compiler Engineer', 'Senior Compiler Engineer'],
    ['Le poste : Développeur Java', 'Développeur Java'],
    ['Die Stelle: Java-Entwickler', 'Java-Entwickler'],
  ])('"%s"', (line, title) => {
    expect(readFieldLine(line)).toMatchObject({ field: 'title', value: title })
  })
})

describe('a label naming who posted the listing', () => {
  it('is a company field, on the value’s line or above it', () => {
    expect(readFieldLine('Posted by: Brightfield Recruiting')).toMatchObject({
      field: 'company',
      value: 'Brightfield Recruiting',
    })
    expect(readFieldLabel('Eingetragen von')).toBe('company')
    expect(readFieldLabel('Publicado por')).toBe('company')
    expect(readFieldLabel('Geplaatst door')).toBe('company')
  })
})

describe('a place label and its value with no colon between them', () => {
  it('reads a tracker’s "Job Locations US-OH-Columbus"', () => {
    expect(readFieldLine('Job Locations US-OH-Columbus')).toEqual({
      field: 'location',
      label: 'Job Locations',
      value: 'US-OH-Columbus',
    })
  })
  it.each(['Location Manager', 'Work location is flexible', 'Based in NYC. Remote-friendly.'])(
    'reads no field in "%s"',
    (text) => expect(readFieldLine(text)).toBeNull(),
  )
})
