/**
 * First-level regions by the names postings in Polish, Dutch, Portuguese and Catalan use,
 * which the region data (iso3166-2-db: names in en, de, es, fr, it) lacks: a Polish board
 * writes "Kraków, małopolskie", a Dutch one "Rotterdam, Zuid-Holland". Keyed by country and
 * ISO 3166-2 subdivision code; gazetteer.ts adds them as other names of those regions.
 */
export const REGION_LOCAL_NAMES: Readonly<
  Record<string, Readonly<Record<string, readonly string[]>>>
> = {
  PL: {
    '02': ['dolnośląskie', 'Dolny Śląsk'],
    '04': ['kujawsko-pomorskie'],
    '06': ['lubelskie', 'Lubelszczyzna'],
    '08': ['lubuskie'],
    '10': ['łódzkie'],
    '12': ['małopolskie', 'Małopolska'],
    '14': ['mazowieckie', 'Mazowsze'],
    '16': ['opolskie'],
    '18': ['podkarpackie', 'Podkarpacie'],
    '20': ['podlaskie'],
    '22': ['pomorskie', 'Pomorze'],
    '24': ['śląskie', 'Śląsk'],
    '26': ['świętokrzyskie'],
    '28': ['warmińsko-mazurskie'],
    '30': ['wielkopolskie', 'Wielkopolska'],
    '32': ['zachodniopomorskie'],
  },
  NL: {
    FR: ['Fryslân'],
    NB: ['Noord-Brabant'],
    NH: ['Noord-Holland'],
    ZH: ['Zuid-Holland'],
  },
  BE: {
    BRU: ['Brussel', 'Bruxelles', 'Brussels Hoofdstedelijk Gewest'],
    VLG: ['Vlaanderen', 'Flanders', 'Vlaams Gewest'],
    WAL: ['Wallonie', 'Wallonië'],
  },
  BR: {
    DF: ['Distrito Federal'],
  },
  ES: {
    CT: ['Catalunya'],
    VC: ['Comunitat Valenciana'],
    PV: ['Euskadi'],
    IB: ['Illes Balears'],
  },
}
