/**
 * The groups of countries postings name as where a remote hire may live, as one typed table.
 * Membership comes from public data wherever it exists (world-regions.data.json: continent
 * and subregion from `world-countries`, UTC offsets from `countries-and-timezones`); only
 * political unions, which no such data set records, are listed by hand.
 */

/** Member states of the European Union (2020 on). */
export const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const
/** The European Economic Area adds these to the EU. */
export const EEA_EXTRA = ['IS', 'LI', 'NO'] as const

/** How a group is drawn from the data: by continent, subregion, listed codes, minus some. */
export type GroupRule = {
  continents?: readonly string[]
  subregions?: readonly string[]
  countries?: readonly string[]
  except?: readonly string[]
}

/**
 * Each group by the name it is written in remoteRegions, with the spellings postings use
 * (matched case- and accent-blind, in the supported languages).
 */
export const REGION_GROUPS: readonly {
  name: string
  spellings: readonly string[]
  rule: GroupRule
}[] = [
  {
    name: 'EU',
    spellings: [
      'eu',
      'european union',
      'europäische union',
      'union européenne',
      'unión europea',
      'união europeia',
      'unione europea',
      'europese unie',
      'unia europejska',
      'ue',
    ],
    rule: { countries: EU_MEMBERS },
  },
  {
    name: 'EEA',
    spellings: ['eea', 'european economic area', 'ewr', 'eee'],
    rule: { countries: [...EU_MEMBERS, ...EEA_EXTRA] },
  },
  {
    name: 'Europe',
    spellings: ['europe', 'european', 'europa', 'europe only', 'europa only'],
    rule: { continents: ['Europe'] },
  },
  {
    name: 'EMEA',
    spellings: ['emea'],
    rule: { continents: ['Europe', 'Africa'], subregions: ['Western Asia'] },
  },
  {
    name: 'APAC',
    spellings: ['apac', 'asia pacific', 'asia-pacific', 'asia and pacific'],
    rule: { continents: ['Asia', 'Oceania'], except: ['IR', 'AF'], subregions: [] },
  },
  {
    name: 'Asia',
    spellings: ['asia', 'asien', 'asie', 'azja'],
    rule: { continents: ['Asia'] },
  },
  {
    name: 'LATAM',
    spellings: [
      'latam',
      'latin america',
      'latinoamérica',
      'latinoamerica',
      'america latina',
      'américa latina',
      'amérique latine',
      'lateinamerika',
      'south america',
      'sudamérica',
      'südamerika',
      'central and south america',
    ],
    rule: { subregions: ['South America', 'Central America'], countries: ['MX', 'CU', 'DO', 'PR'] },
  },
  {
    name: 'North America',
    spellings: [
      'north america',
      'nordamerika',
      'amérique du nord',
      'norteamérica',
      'america do norte',
      'ameryka północna',
      'us and canada',
      'us or canada',
      'us & canada',
      'usa and canada',
      'us/canada',
    ],
    rule: { countries: ['US', 'CA'] },
  },
  {
    name: 'Americas',
    spellings: ['americas', 'the americas', 'amerika', 'amériques', 'américas'],
    rule: { continents: ['Americas'] },
  },
  {
    name: 'Africa',
    spellings: ['africa', 'afrika', 'afrique', 'áfrica'],
    rule: { continents: ['Africa'] },
  },
  {
    name: 'Middle East',
    spellings: ['middle east', 'mena', 'naher osten', 'moyen-orient'],
    rule: { subregions: ['Western Asia', 'Northern Africa'], countries: ['IR'] },
  },
  {
    name: 'Oceania',
    spellings: ['oceania', 'anz', 'australia and new zealand', 'ozeanien', 'océanie'],
    rule: { subregions: ['Australia and New Zealand'] },
  },
  {
    name: 'Nordics',
    spellings: [
      'nordics',
      'nordic',
      'nordic countries',
      'scandinavia',
      'skandinavien',
      'nordics region',
    ],
    rule: { countries: ['DK', 'FI', 'IS', 'NO', 'SE'] },
  },
  {
    name: 'DACH',
    spellings: ['dach', 'dach region', 'd-a-ch'],
    rule: { countries: ['DE', 'AT', 'CH'] },
  },
  {
    name: 'Benelux',
    spellings: ['benelux'],
    rule: { countries: ['BE', 'NL', 'LU'] },
  },
  {
    name: 'UK and Ireland',
    spellings: [
      'uk and ireland',
      'uk or ireland',
      'uk & ireland',
      'uk/ireland',
      'uk & i',
      'uki',
      'british isles',
    ],
    rule: { countries: ['GB', 'IE'] },
  },
]

/** Words for "anywhere", in the supported languages. */
export const ANYWHERE_SPELLINGS = [
  'anywhere',
  'worldwide',
  'global',
  'globally',
  'international',
  'world',
  'everywhere',
  'anywhere in the world',
  'weltweit',
  'überall',
  'monde entier',
  'partout',
  'mundial',
  'todo el mundo',
  'cualquier lugar',
  'qualquer lugar',
  'mundo',
  'ovunque',
  'wereldwijd',
  'cały świat',
  'z dowolnego miejsca',
] as const

/** Time-zone abbreviations postings use, with their standard offset from UTC in minutes. */
export const TIME_ZONE_OFFSETS: Readonly<Record<string, number>> = {
  utc: 0,
  gmt: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  sgt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  est: -300,
  edt: -240,
  et: -300,
  cst: -360,
  cdt: -300,
  ct: -360,
  mst: -420,
  mdt: -360,
  mt: -420,
  pst: -480,
  pdt: -420,
  pt: -480,
  akst: -540,
  hst: -600,
  brt: -180,
  art: -180,
}

/** "US time zones", "European time zones": the countries whose zones are meant. */
export const ZONE_GROUPS: Readonly<Record<string, string>> = {
  us: 'US',
  american: 'US',
  north: 'North America',
  european: 'Europe',
  europe: 'Europe',
  eu: 'Europe',
  emea: 'EMEA',
  apac: 'APAC',
  latam: 'LATAM',
  asian: 'Asia',
}
