import { describe, expect, it } from 'vitest'
import { readPlaces, resolvePlace } from './places.ts'
import { parsePosting } from './index.ts'

const place = (city: string | null, region: string | null, country: string | null) => ({
  city,
  region,
  country,
})

describe('resolvePlace: cities from the gazetteer', () => {
  it('finds a town no hand list had', () => {
    expect(resolvePlace('Eschborn, Germany')).toEqual(place('Eschborn', 'Hesse', 'DE'))
  })
  it('reads "City, Region, Country" with the region as the region, not the city', () => {
    expect(resolvePlace('Würzburg, Bavaria, Germany')).toEqual(place('Würzburg', 'Bavaria', 'DE'))
  })
  it('reads a region alone as a region', () => {
    expect(resolvePlace('California, USA')).toEqual(place(null, 'California', 'US'))
  })
  it('reads a US state code after a city', () => {
    expect(resolvePlace('Austin, TX')).toEqual(place('Austin', 'Texas', 'US'))
  })
  it('reads "CA" after a Californian city as the state, not Canada', () => {
    expect(resolvePlace('Palo Alto, CA')).toEqual(place('Palo Alto', 'California', 'US'))
  })
  it('settles a city name several countries share by the country stated', () => {
    expect(resolvePlace('Valencia, Spain')?.country).toBe('ES')
    expect(resolvePlace('Cambridge, MA')?.country).toBe('US')
    expect(resolvePlace('Cambridge, UK')?.country).toBe('GB')
  })
  it('settles a lone shared city name by a country the posting names elsewhere', () => {
    expect(resolvePlace('Valencia', { countries: new Set(['ES']) })?.country).toBe('ES')
  })
  it('keeps the city of "City, district"', () => {
    expect(resolvePlace('London, Shoreditch')).toEqual(place('London', 'England', 'GB'))
  })
  it('keeps an unknown town when its country is named', () => {
    expect(resolvePlace('Oberkleinhausen, Germany')).toEqual(place('Oberkleinhausen', null, 'DE'))
  })
  it('reads a short name a posting uses for a city', () => {
    expect(resolvePlace('NYC')?.city).toBe('New York City')
  })
  it("reads a local name of several words, in Nordic letters or after a Dutch 's-", () => {
    const city = (text: string) => readPlaces(text, { field: true }).locations[0]?.city
    expect(resolvePlace('Den Haag, Zuid-Holland')).toEqual(
      place('The Hague', 'South Holland', 'NL'),
    )
    expect(city('La Haye')).toBe('The Hague')
    expect(city('København')).toBe('Copenhagen')
    expect(city('Ciudad de México')).toBe('Mexico City')
    expect(city("'s-Hertogenbosch")).toBe("'s-Hertogenbosch")
  })
  it('reads a town with its postal code in a part of its own', () => {
    expect(resolvePlace('Wien, 1010')).toEqual(place('Vienna', 'Vienna', 'AT'))
    // A British postcode or an Irish Eircode, whole.
    expect(resolvePlace('Leeds, LS1 4AW')).toEqual(place('Leeds', 'England', 'GB'))
    expect(resolvePlace('Dublin, D02 X285')).toEqual(place('Dublin', 'Leinster', 'IE'))
  })
  it('reads places listed with a spaced colon between them', () => {
    expect(readPlaces('Leeds, LS1 4AW : Newport, Wales, NP20 1ER').locations).toEqual([
      place('Leeds', 'England', 'GB'),
      place('Newport', 'Wales', 'GB'),
    ])
  })
  it("reads an applicant-tracking system's codes before the town", () => {
    expect(resolvePlace('USA-WA-Seattle')).toEqual(place('Seattle', 'Washington', 'US'))
    expect(resolvePlace('GBR-London')).toEqual(place('London', 'England', 'GB'))
    expect(resolvePlace('AI-Engineer')).toBeNull()
  })
  it('gives a city-state no region', () => {
    expect(resolvePlace('Singapore')).toEqual(place('Singapore', null, 'SG'))
  })
  it("reads a quarter named before a city-state as the city, and a commune's town as itself", () => {
    expect(resolvePlace('Central Region, Singapore')).toEqual(place('Singapore', null, 'SG'))
    expect(resolvePlace('Quarry Bay, Hong Kong')).toEqual(place('Hong Kong', null, 'HK'))
    expect(resolvePlace('Foetz, Luxembourg')).toEqual(place('Foetz', null, 'LU'))
  })
})

describe('resolvePlace: what is not a place', () => {
  it('does not read a two-letter word of a title as a country', () => {
    expect(resolvePlace('AI')).toBeNull()
    expect(resolvePlace('Machine Learning, AI')).toBeNull()
    expect(resolvePlace('Senior Engineer, UX')).toBeNull()
  })
  it('reads a lone code as a country only in a location field', () => {
    expect(resolvePlace('DE', { field: true })).toEqual(place(null, null, 'DE'))
  })
  it('does not read a lowercase "us" as the United States', () => {
    expect(resolvePlace('us')).toBeNull()
  })
  it('does not read a lone alternate name outside a location field as a place', () => {
    expect(resolvePlace('Lime')).toBeNull()
  })
  it('does not read a company or a role as a place', () => {
    expect(resolvePlace('Palo Alto Networks')).toBeNull()
    expect(resolvePlace('Director of Engineering, UK')).toBeNull()
  })
})

describe('readPlaces: a country code that is also another word', () => {
  const read = (text: string) => readPlaces(text, { field: true }).locations
  it('reads an area of work, a role or a time zone written in capitals as no country', () => {
    expect(read('Hiring Eng, Product, GTM')).toEqual([])
    expect(read('Infra / Platform / SWE')).toEqual([])
    expect(read('Remote PT/ET hours')).toEqual([])
    expect(read('Backend / Android / QA')).toEqual([])
  })
  it('still reads such a code after its city, or beside another country', () => {
    expect(read('Guatemala City, GTM')).toEqual([
      place('Guatemala City', 'Guatemala Department', 'GT'),
    ])
    expect(read('Doha, QA')).toEqual([place('Doha', 'Doha', 'QA')])
    expect(read('Remote - ES/PT')).toEqual([place(null, null, 'ES'), place(null, null, 'PT')])
  })
  it('reads a US state code in a list of towns as the town named after its state', () => {
    expect(read('SF, NY')).toEqual([
      place('San Francisco', 'California', 'US'),
      place('New York City', 'New York', 'US'),
    ])
  })
  it('reads a list of state codes as the states', () => {
    expect(read('VA, TX, NY')).toEqual([
      place(null, 'Virginia', 'US'),
      place(null, 'Texas', 'US'),
      place(null, 'New York', 'US'),
    ])
  })
  it("reads a state code after a town of that state as the town's state", () => {
    expect(read('Vancouver, BC, Toronto')).toEqual([
      place('Vancouver', 'British Columbia', 'CA'),
      place('Toronto', 'Ontario', 'CA'),
    ])
  })
  it('reads towns in brackets after a name, not a town the place is near', () => {
    expect(read('Burnside Labs (London or NYC)')).toEqual([
      place('London', 'England', 'GB'),
      place('New York City', 'New York', 'US'),
    ])
    expect(read('Acme (Berlin, ONSITE)')).toEqual([place('Berlin', 'Berlin', 'DE')])
    expect(read('Acme (near Berlin)')).toEqual([])
    expect(read('Acme (YC W21)')).toEqual([])
  })
  it('keeps a code no other vocabulary reads', () => {
    expect(read('Remote - DE')).toEqual([place(null, null, 'DE')])
  })
})

describe('resolvePlace: names in the supported languages', () => {
  it('German', () => {
    expect(resolvePlace('München, Deutschland')).toEqual(place('Munich', 'Bavaria', 'DE'))
    expect(resolvePlace('München', { field: true })?.city).toBe('Munich')
    expect(resolvePlace('Köln')?.country).toBe('DE')
    // A region's seat smaller than the large cities keeps its names in other languages.
    expect(resolvePlace('Budweis, Tschechien')?.city).toBe('České Budějovice')
  })
  it('French', () => {
    expect(resolvePlace('Varsovie, Pologne')).toEqual(place('Warsaw', 'Masovian', 'PL'))
  })
  it('Spanish', () => {
    expect(resolvePlace('Monterrey, Nuevo León, México')).toEqual(
      place('Monterrey', 'Nuevo León', 'MX'),
    )
    expect(resolvePlace('Cataluña')).toEqual(place(null, 'Catalonia', 'ES'))
  })
  it('Portuguese', () => {
    expect(resolvePlace('Lisboa')?.city).toBe('Lisbon')
    expect(resolvePlace('Alemanha')).toEqual(place(null, null, 'DE'))
  })
  it('Italian', () => {
    expect(resolvePlace('Milano, Italia')?.city).toBe('Milan')
  })
  it('Dutch', () => {
    expect(resolvePlace('Den Haag, Nederland')?.country).toBe('NL')
  })
  it('Polish', () => {
    expect(resolvePlace('Łódź, Polska')).toEqual(place('Łódź', 'Łódź', 'PL'))
    expect(resolvePlace('Niemcy')).toEqual(place(null, null, 'DE'))
  })
})

describe('readPlaces: location fields', () => {
  const towns = (text: string) => readPlaces(text).locations.map((l) => `${l.city}, ${l.country}`)
  it('reads a town before its Irish or British county, the county naming its country', () => {
    expect(towns('Cork, County Cork')).toEqual(['Cork, IE'])
    expect(towns('Swords, Co. Dublin')).toEqual(['Swords, IE'])
    expect(towns('Durham, County Durham')).toEqual(['Durham, GB'])
  })
  it('reads a country "anywhere in it" as the country alone', () => {
    const read = (text: string) => readPlaces(text, { field: true }).locations
    expect(read('US National')).toEqual([place(null, null, 'US')])
    expect(read('Nationwide, UK')).toEqual([place(null, null, 'GB')])
    expect(read('Deutschland (bundesweit)')).toEqual([place(null, null, 'DE')])
    expect(read('National City, CA')).toEqual([place('National City', 'California', 'US')])
  })
  it('reads a Brazilian town with its state and its postal code (CEP)', () => {
    expect(towns('Belo Horizonte - MG, 30130-000')).toEqual(['Belo Horizonte, BR'])
  })
  it('reads a French town with its arrondissement and its département, with or without "e"', () => {
    expect(towns('Lyon 03 - 69')).toEqual(['Lyon, FR'])
    expect(towns('Lyon 3e - 69')).toEqual(['Lyon, FR'])
  })
  it('reads a city beside a region named after its own city as two cities', () => {
    const towns = (text: string) => readPlaces(text).locations.map((l) => `${l.city}, ${l.region}`)
    expect(towns('San Francisco, New York')).toEqual([
      'San Francisco, California',
      'New York City, New York',
    ])
    expect(towns('Berlin, Hamburg')).toEqual(['Berlin, Berlin', 'Hamburg, Hamburg'])
    // The city's own region still reads as its region.
    expect(towns('Brooklyn, New York')).toEqual(['Brooklyn, New York'])
  })
  it('reads two large cities of one region as two cities, not a city and its district', () => {
    expect(towns('Bristol, London')).toEqual(['Bristol, GB', 'London, GB'])
    expect(towns('Leeds, Manchester')).toEqual(['Leeds, GB', 'Manchester, GB'])
    expect(towns('Pune, Mumbai')).toEqual(['Pune, IN', 'Mumbai, IN'])
  })
  it('reads two towns of one country, neither sure alone, as two towns', () => {
    expect(towns('1003 Lausanne, 1201 Genève')).toEqual(['Lausanne, CH', 'Genève, CH'])
  })
  it('reads two cities of one region, neither many times the other, as two cities', () => {
    expect(towns('Gent, Antwerpen')).toEqual(['Gent, BE', 'Antwerpen, BE'])
    expect(towns('Antwerpen, Gent')).toEqual(['Antwerpen, BE', 'Gent, BE'])
  })
  it('reads a district beside its city as the city', () => {
    expect(towns('Warszawa, Mokotów')).toEqual(['Warsaw, PL'])
    expect(towns('Mokotów, Warszawa')).toEqual(['Warsaw, PL'])
    expect(towns('Gràcia, Barcelona')).toEqual(['Barcelona, ES'])
  })
  it('reads a town before its office’s street address', () => {
    expect(towns('Gdańsk, Aleja Grunwaldzka 472')).toEqual(['Gdańsk, PL'])
    expect(towns('London, 10 Downing Street')).toEqual(['London, GB'])
  })
  it('reads a town, its district and its office’s street with a short house number', () => {
    expect(towns('Poznań, Jeżyce, Dąbrowskiego 79')).toEqual(['Poznań, PL'])
    expect(towns('Kraków, Podgórze, Wielicka 28')).toEqual(['Kraków, PL'])
  })
  it('reads a town’s local name in a list beside a sure town of its country', () => {
    expect(readPlaces('Berlin, München').locations.map((l) => l.city)).toEqual(['Berlin', 'Munich'])
  })
  it('reads a town before a British postcode, an Irish Eircode or a district number', () => {
    expect(towns('Manchester M1')).toEqual(['Manchester, GB'])
    expect(towns('London EC2A 4NE')).toEqual(['London, GB'])
    expect(towns('Cork T12 X70A')).toEqual(['Cork, IE'])
    expect(towns('Dublin 2')).toEqual(['Dublin, IE'])
    expect(towns('Lyon 3e - 69')).toEqual(['Lyon, FR'])
  })
  it('reads a large city named "… City" without the word in a location field, where no other place has the name', () => {
    const field = (text: string) =>
      readPlaces(text, { field: true }).locations.map((l) => `${l.city}, ${l.country}`)
    expect(field('Ho Chi Minh')).toEqual(['Ho Chi Minh City, VN'])
    expect(field('Makati')).toEqual(['Makati City, PH'])
    expect(field('Quezon')).toEqual(['Quezon City, PH'])
    // A country's or a region's name stays the country's or the region's.
    expect(readPlaces('Mexico').locations).toEqual([{ city: null, region: null, country: 'MX' }])
    expect(readPlaces('Kansas').locations).toEqual([
      { city: null, region: 'Kansas', country: 'US' },
    ])
  })
  it('reads an office a remote hire may use, marked optional, as the place', () => {
    expect(towns('Remote (Europe, CET ±2h) · Lisbon HQ optional')).toEqual(['Lisbon, PT'])
    expect(towns('Remoto · oficina en Madrid opcional')).toEqual(['Madrid, ES'])
    expect(towns('Zdalnie · biuro w Krakowie opcjonalnie')).toEqual(['Kraków, PL'])
  })
  it('reads towns joined by Dutch "of" and "en" or a spaced dash as towns, and a name with "of" whole', () => {
    expect(towns('Rotterdam of Amsterdam')).toEqual(['Rotterdam, NL', 'Amsterdam, NL'])
    expect(towns('Utrecht en Eindhoven')).toEqual(['Utrecht, NL', 'Eindhoven, NL'])
    expect(towns('Isle of Man')).toEqual(['null, IM'])
    expect(towns('Bologna (BO) - Milano (MI)')).toEqual(['Bologna, IT', 'Milan, IT'])
    expect(towns('City of London')).toEqual([])
  })
  it('reads a Danish town before its postal district’s letters in a location field', () => {
    const field = (text: string) =>
      readPlaces(text, { field: true }).locations.map((l) => `${l.city}, ${l.country}`)
    expect(field('Aarhus C')).toEqual(['Århus, DK'])
    expect(field('Odense M')).toEqual(['Odense, DK'])
    expect(field('2300 København S')).toEqual(['Copenhagen, DK'])
    expect(field('Aalborg SØ')).toEqual(['Aalborg, DK'])
    // A US state's code after its town stays the state's.
    expect(readPlaces('Reno NV').locations).toEqual([
      { city: 'Reno', region: 'Nevada', country: 'US' },
    ])
  })
  it('reads the town an area is named after ("Salford Quays", "Leeds Dock")', () => {
    expect(towns('Salford Quays (MediaCityUK)')).toEqual(['Salford, GB'])
    expect(towns('Leeds Dock')).toEqual(['Leeds, GB'])
    expect(towns('Cambridge Science Park')).toEqual(['Cambridge, GB'])
  })
  it('reads a town before a spaced dash and its office’s site the data does not know', () => {
    expect(towns('Newcastle upon Tyne – Science Central')).toEqual(['Newcastle upon Tyne, GB'])
    expect(towns('Leeds – Headingley')).toEqual(['Leeds, GB'])
    // Two towns stay two; a shout stays no town.
    expect(towns('Madrid – Barcelona')).toEqual(['Madrid, ES', 'Barcelona, ES'])
    expect(towns('Washington DC - INTERNATIONAL OK')).toEqual([])
  })
  it('reads the town after an office’s street address and postcode', () => {
    expect(towns('Hauptstraße 12, 1010 Wien')).toEqual(['Vienna, AT'])
    expect(towns('Europaplatz 3, 4020 Linz')).toEqual(['Linz, AT'])
    expect(towns('Vesterbrogade 1, 1620 København')).toEqual(['Copenhagen, DK'])
    expect(towns('Hauptstraße 12, 10115 Berlin')).toEqual(['Berlin, DE'])
  })
  it('reads the town after the name of an office’s building', () => {
    expect(towns('Lune House, Kendal')).toEqual(['Kendal, GB'])
    expect(towns('Kestrel Tower, Leeds')).toEqual(['Leeds, GB'])
    expect(towns('Haus Birkenhof, Freiburg')).toEqual(['Freiburg, DE'])
  })
  it('reads no town from an unknown name before a legal form that is also a state’s code', () => {
    // "NV" closes a Belgian or Dutch company's name as "Inc" does; "SA" and "AB" too.
    expect(readPlaces('Vlaskamp Mobility NV', { field: true }).locations).toEqual([])
    expect(readPlaces('Korrelbeek Logistiek NV').locations).toEqual([])
    expect(readPlaces('Tallbrook Systems AB').locations).toEqual([])
    // A known town keeps its state.
    expect(towns('Henderson NV')).toEqual(['Henderson, US'])
    expect(towns('Calgary AB')).toEqual(['Calgary, CA'])
    expect(towns('Adelaide SA')).toEqual(['Adelaide, AU'])
  })
  it('reads a town after a French département’s number', () => {
    expect(towns('35 - RENNES')).toEqual(['Rennes, FR'])
  })
  it('reads an Argentine board’s "Capital Federal" as Buenos Aires', () => {
    expect(towns('Capital Federal')).toEqual(['Buenos Aires, AR'])
  })
  it('reads a town before its state’s code and an Australian postcode', () => {
    expect(towns('Sydney NSW 2000')).toEqual(['Sydney, AU'])
    expect(towns('Parramatta NSW 2150')).toEqual(['Parramatta, AU'])
  })
  it('reads "City/City"', () => {
    expect(readPlaces('München/Berlin').locations.map((l) => l.city)).toEqual(['Munich', 'Berlin'])
  })
  it('reads a bracketed "(Town, Country)" after a name as the town', () => {
    expect(towns('Founding Engineer @ Kelpie Works (Tromsø, Norway)')).toEqual(['Tromsø, NO'])
    expect(towns('Data Engineer [Graz, Austria]')).toEqual(['Graz, AT'])
  })
  it('keeps a bracketed country after a city a remark on that city', () => {
    expect(readPlaces('Utrecht (Netherlands)').locations.map((l) => l.city)).toEqual(['Utrecht'])
  })
  it('reads "<office> or Remote <country>" as the office and where a remote hire may live', () => {
    expect(readPlaces('London (hybrid, 3 days) or Remote UK')).toMatchObject({
      locations: [place('London', 'England', 'GB')],
      remoteRegions: ['GB'],
    })
    expect(readPlaces('Toronto, or Remote Canada').remoteRegions).toEqual(['CA'])
  })
  it('reads "100% remoto desde España" as a remote field naming its country', () => {
    expect(readPlaces('100% remoto desde España')).toMatchObject({
      locations: [place(null, null, 'ES')],
      remoteRegions: ['ES'],
    })
  })
  it('reads "Remote, based in <country>" as the country', () => {
    expect(readPlaces('Remote, based in Germany').locations).toEqual([place(null, null, 'DE')])
  })
  it('reads alternatives joined by a word of the posting language', () => {
    expect(readPlaces('Madrid y Barcelona').locations.map((l) => l.city)).toEqual([
      'Madrid',
      'Barcelona',
    ])
    expect(readPlaces('Lisboa ou Porto').locations.map((l) => l.city)).toEqual(['Lisbon', 'Porto'])
  })
  it('reads groups of countries after a remote word without brackets', () => {
    expect(readPlaces('Remote - EMEA')).toMatchObject({ locations: [], remoteRegions: ['EMEA'] })
    expect(readPlaces('Remote, Europe or LatAm').remoteRegions).toEqual(['Europe', 'LATAM'])
    // An office beside it makes the field no statement of where a remote hire lives.
    expect(readPlaces('Hybrid office, Europe').remoteRegions).toEqual([])
  })
  it('keeps the remote regions in brackets apart from the places', () => {
    const reading = readPlaces('Amsterdam or Remote (EU and UK)')
    expect(reading.locations.map((l) => l.city)).toEqual(['Amsterdam'])
    expect(reading.remoteRegions).toEqual(['EU', 'GB'])
  })
  it('reads the countries of a remote field as where the hire may live', () => {
    expect(readPlaces('Remote - Portugal or Spain').remoteRegions).toEqual(['PT', 'ES'])
    expect(readPlaces('Remoto, México').remoteRegions).toEqual(['MX'])
  })
  it('does not read a remote field naming a city or an office as remote countries', () => {
    expect(readPlaces('Remote or Lyon, France').remoteRegions).toEqual([])
    expect(readPlaces('Remote or office in Germany').remoteRegions).toEqual([])
    expect(readPlaces('Hybrid - Germany').remoteRegions).toEqual([])
  })
  it('keeps "9 Locations" as vague', () => {
    expect(readPlaces('9 Locations').vague).toEqual(['9 Locations'])
  })
})

describe('readPlaces: a region that shares its name with a town elsewhere in the country', () => {
  it.each([
    ['Washington, USA', { city: null, region: 'Washington', country: 'US' }],
    ['Virginia, USA', { city: null, region: 'Virginia', country: 'US' }],
    ['New York, USA', { city: 'New York City', region: 'New York', country: 'US' }],
    ['Delaware, OH', { city: 'Delaware', region: 'Ohio', country: 'US' }],
    ['Salzburg, Austria', { city: 'Salzburg', region: 'Salzburg', country: 'AT' }],
  ])('reads "%s" as %o', (field, location) => {
    expect(readPlaces(field).locations).toEqual([location])
  })
})

describe('readPlaces: a large city’s English name that a small town also bears', () => {
  it.each([
    ['Geneva, Switzerland', { city: 'Genève', region: 'Canton of Geneva', country: 'CH' }],
    ['Hanover, Germany', { city: 'Hannover', region: 'Lower Saxony', country: 'DE' }],
    ['Geneva, IL', { city: 'Geneva', region: 'Illinois', country: 'US' }],
  ])('reads "%s" by the country beside it', (field, location) => {
    expect(readPlaces(field).locations).toEqual([location])
  })
})

describe('readPlaces: several places not named, within one country', () => {
  const US = { city: null, region: null, country: 'US' }
  it.each([
    ['Multiple US locations', [US]],
    ['Various locations across Scotland', [{ city: null, region: null, country: 'GB' }]],
    ['mehrere Standorte in Deutschland', [{ city: null, region: null, country: 'DE' }]],
    ['plusieurs sites en France', [{ city: null, region: null, country: 'FR' }]],
    ['varias ubicaciones en España', [{ city: null, region: null, country: 'ES' }]],
    [
      'Multiple US locations (VA, NC)',
      [
        { city: null, region: 'Virginia', country: 'US' },
        { city: null, region: 'North Carolina', country: 'US' },
      ],
    ],
  ])('reads "%s" as the country, or the places its brackets list', (field, locations) => {
    expect(readPlaces(field).locations).toEqual(locations)
  })
  it('keeps a spread naming no country as vague', () => {
    expect(readPlaces('Multiple locations')).toMatchObject({
      locations: [],
      vague: ['Multiple locations'],
    })
  })
})

describe('readPlaces: a remote field with words before its region', () => {
  it.each([
    ['Remote within Europe (CET ±2h)', ['Europe', 'UTC-1 to UTC+3']],
    ['Remote from the EU', ['EU']],
    ['Remote, anywhere in LATAM', ['LATAM']],
  ])('"%s"', (field, regions) => {
    const reading = readPlaces(field, { field: true })
    expect(reading.remoteRegions).toEqual(regions)
    expect(reading.locations).toEqual([])
  })
})

describe('readPlaces: the whole world', () => {
  it('reads a location field naming the whole world as a remote region', () => {
    expect(readPlaces('Worldwide', { field: true }).remoteRegions).toEqual(['Worldwide'])
    expect(readPlaces('Anywhere in the World', { field: true }).remoteRegions).toEqual([
      'Worldwide',
    ])
    expect(readPlaces('anywhere').remoteRegions).toEqual([])
  })
})

describe('a town and its country without a comma', () => {
  it.each([
    ['Munich Germany', { city: 'Munich', region: 'Bavaria', country: 'DE' }],
    ['Bogotá Colombia', { city: 'Bogotá', region: 'Bogotá', country: 'CO' }],
  ])('reads "%s"', (text, place) => {
    expect(readPlaces(text).locations).toEqual([place])
  })

  it('reads nothing where the words are no town of that country or a region’s name', () => {
    expect(readPlaces('Acme Germany').locations).toEqual([])
    expect(readPlaces('Central America').locations).toEqual([])
  })
})

describe('a district before its city in a list that closes on the country', () => {
  it('is part of that place, not a namesake town abroad', () => {
    const reading = readPlaces('Whitefield, Bengaluru, Karnataka, India')
    expect(reading.locations.some((l) => l.country === 'GB')).toBe(false)
    expect(reading.locations[0]).toMatchObject({ city: 'Bengaluru', country: 'IN' })
  })

  it('keeps towns of several countries when the list names no country at its end', () => {
    const cities = readPlaces('Berlin, London, Paris').locations.map((l) => l.country)
    expect(cities).toEqual(['DE', 'GB', 'FR'])
  })
})

describe('a list of countries with a short name among them', () => {
  const countries = (text: string) => readPlaces(text).locations.map((l) => l.country)
  it('names every country, the short name first or last', () => {
    expect(countries('USA, Canada')).toEqual(['US', 'CA'])
    expect(countries('US, Canada, Mexico')).toEqual(['US', 'CA', 'MX'])
    expect(countries('Ireland, UK')).toEqual(['IE', 'GB'])
  })

  it('still reads a town’s short name among towns as the town', () => {
    expect(readPlaces('SF, SJ, NYC').locations.map((l) => l.city)).toEqual([
      'San Francisco',
      'San Jose',
      'New York City',
    ])
  })
})

describe('readPlaces: the gazetteer’s generated facts', () => {
  const towns = (text: string) => readPlaces(text).locations.map((l) => `${l.city}, ${l.country}`)
  it('names an Irish town in English, and still reads its Irish name', () => {
    expect(towns('Galway')).toEqual(['Galway, IE'])
    expect(towns('Limerick, Ireland')).toEqual(['Limerick, IE'])
    expect(readPlaces('Luimneach', { field: true }).locations[0]?.city).toBe('Limerick')
  })
  it('reads a seat of its own district beside a larger city of its region as a town', () => {
    expect(towns('Stuttgart, Ulm')).toEqual(['Stuttgart, DE', 'Ulm, DE'])
    expect(towns('Ulm, Stuttgart')).toEqual(['Ulm, DE', 'Stuttgart, DE'])
    // A district the data lists as a town of the city's region is still the city's.
    expect(towns('Warszawa, Mokotów')).toEqual(['Warsaw, PL'])
  })
  it("reads a district the data lacks after the town's own region or country as the town", () => {
    expect(towns('Campinas - SP, Cambuí')).toEqual(['Campinas, BR'])
    expect(towns('Curitiba, PR, Batel')).toEqual(['Curitiba, BR'])
    expect(towns('Lyon, France, Confluence')).toEqual(['Lyon, FR'])
    // A known town after the region is a second place, not a district.
    expect(towns('Campinas - SP, Jundiaí')).toEqual(['Campinas, BR', 'Jundiaí, BR'])
  })
})

describe('readPlaces: an applicant tracker’s country, region and town joined by hyphens', () => {
  it('reads the town in its region and country', () => {
    expect(readPlaces('United States-Indiana-Indianapolis', { field: true }).locations).toEqual([
      { city: 'Indianapolis', region: 'Indiana', country: 'US' },
    ])
    expect(readPlaces('US-OH-Columbus | US-MN-Minneapolis', { field: true }).locations).toEqual([
      { city: 'Columbus', region: 'Ohio', country: 'US' },
      { city: 'Minneapolis', region: 'Minnesota', country: 'US' },
    ])
  })

  it('leaves a town whose own name holds hyphens as it is', () => {
    expect(readPlaces('Stratford-upon-Avon', { field: true }).locations[0]?.city).toBe(
      'Stratford-upon-Avon',
    )
  })
})

describe('readPlaces: a board’s link to a map after the place', () => {
  it('is no part of the place', () => {
    expect(readPlaces('69 - LYON 03 - Localiser avec Mappy').locations).toEqual([
      { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR' },
    ])
    expect(readPlaces('Leipzig · Auf Karte anzeigen').locations[0]?.city).toBe('Leipzig')
  })
})

describe('readPlaces: a town and one of its districts', () => {
  const cities = (text: string) => readPlaces(text, { field: true }).locations.map((l) => l.city)

  it('reads the town of "Town-District", the district unknown or a namesake elsewhere', () => {
    expect(cities('Köln-Ehrenfeld')).toEqual(['Köln'])
    expect(cities('Frankfurt-Sachsenhausen')).toEqual(['Frankfurt am Main'])
    expect(cities('Berlin-Mitte')).toEqual(['Berlin'])
  })

  it('reads the town of "Town – District", capitals that are no code included', () => {
    expect(cities('Dubai – JLT (Jumeirah Lakes Towers)')).toEqual(['Dubai'])
    expect(cities('Bratislava - Ružinov, Bratislavský kraj')).toEqual(['Bratislava'])
  })

  it('keeps a name known whole and two places a dash lists', () => {
    expect(cities('Cluj-Napoca')).toEqual(['Cluj-Napoca'])
    expect(cities('Winston-Salem')).toEqual(['Winston-Salem'])
    expect(readPlaces('Baden-Württemberg', { field: true }).locations).toEqual([
      place(null, 'Baden-Württemberg', 'DE'),
    ])
    expect(cities('Berlin - Hamburg')).toEqual(['Berlin', 'Hamburg'])
    expect(cities('Austin - TX')).toEqual(['Austin'])
  })
})

describe('readPlaces: a date whose month a town shares its name with', () => {
  it('is no place ("March 26, 2025" is not March, Cambridgeshire)', () => {
    expect(readPlaces('March 26, 2025 · 58:41 · Season 4', { field: true }).locations).toEqual([])
    expect(readPlaces('March, UK', { field: true }).locations).toEqual([
      place('March', 'England', 'GB'),
    ])
  })
})

describe('settling a namesake: the region right after a town, before the sentence goes on', () => {
  it('keeps "Huntsville, AL facility" in Alabama beside a town in Texas', () => {
    const result = parsePosting(
      'Principal Software Engineer\nLocations: Austin, TX; Huntsville\n\nThis position is on site at either our Austin, TX or Huntsville, AL facility.\n\nResponsibilities\n- Build telemetry software in C++\n\nRequirements\n- 10 years of experience\n',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.locations.map((l) => `${l.city}, ${l.region}`)).toEqual([
      'Austin, Texas',
      'Huntsville, Alabama',
    ])
  })
})
