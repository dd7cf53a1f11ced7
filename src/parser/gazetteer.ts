/**
 * Cities that tech postings name, with their first-level region and ISO country, plus the
 * subdivisions written as codes in addresses ("Scottsdale, AZ", "Richmond, BC"). Country
 * names and codes come from i18n-iso-countries (places.ts); this table only adds what that
 * library has no data for. One entry per line: `City|CC|Region|alias,alias`.
 */
const CITY_TABLE = `London|GB|England
Manchester|GB|England
Bristol|GB|England
Birmingham|GB|England
Leeds|GB|England
Liverpool|GB|England
Newcastle upon Tyne|GB|England|Newcastle
Sheffield|GB|England
Nottingham|GB|England
Cambridge|GB|England
Oxford|GB|England
Brighton|GB|England
Reading|GB|England
Milton Keynes|GB|England
Sunderland|GB|England
Houghton-le-Spring|GB|England|Houghton le Spring
Edinburgh|GB|Scotland
Glasgow|GB|Scotland
Aberdeen|GB|Scotland
Dundee|GB|Scotland
Cardiff|GB|Wales
Swansea|GB|Wales
Belfast|GB|Northern Ireland
Dublin|IE|Leinster
Cork|IE|Munster
Galway|IE|Connacht
Barcelona|ES|Catalonia
Madrid|ES|Community of Madrid
Valencia|ES|Valencian Community
Seville|ES|Andalusia|Sevilla
Malaga|ES|Andalusia|Málaga
Bilbao|ES|Basque Country
Lisbon|PT|Lisbon|Lisboa
Porto|PT|Porto
Braga|PT|Braga
Paris|FR|Île-de-France
Lyon|FR|Auvergne-Rhône-Alpes
Marseille|FR|Provence-Alpes-Côte d'Azur
Toulouse|FR|Occitanie
Nantes|FR|Pays de la Loire
Bordeaux|FR|Nouvelle-Aquitaine
Lille|FR|Hauts-de-France
Nice|FR|Provence-Alpes-Côte d'Azur
Berlin|DE|Berlin
Munich|DE|Bavaria|München,Muenchen
Hamburg|DE|Hamburg
Frankfurt|DE|Hesse|Frankfurt am Main
Cologne|DE|North Rhine-Westphalia|Köln,Koln
Düsseldorf|DE|North Rhine-Westphalia|Dusseldorf,Duesseldorf
Stuttgart|DE|Baden-Württemberg
Leipzig|DE|Saxony
Dresden|DE|Saxony
Karlsruhe|DE|Baden-Württemberg
Nuremberg|DE|Bavaria|Nürnberg
Amsterdam|NL|North Holland
Rotterdam|NL|South Holland
The Hague|NL|South Holland|Den Haag
Utrecht|NL|Utrecht
Eindhoven|NL|North Brabant
Delft|NL|South Holland
Groningen|NL|Groningen
Brussels|BE|Brussels|Bruxelles,Brussel
Antwerp|BE|Flanders|Antwerpen
Ghent|BE|Flanders|Gent
Luxembourg|LU|Luxembourg
Zurich|CH|Zurich|Zürich
Geneva|CH|Geneva|Genève
Basel|CH|Basel-Stadt
Lausanne|CH|Vaud
Bern|CH|Bern
Vienna|AT|Vienna|Wien
Graz|AT|Styria
Linz|AT|Upper Austria
Milan|IT|Lombardy|Milano
Rome|IT|Lazio|Roma
Turin|IT|Piedmont|Torino
Bologna|IT|Emilia-Romagna
Florence|IT|Tuscany|Firenze
Copenhagen|DK|Capital Region of Denmark|København
Aarhus|DK|Central Denmark
Stockholm|SE|Stockholm
Gothenburg|SE|Västra Götaland|Göteborg
Malmö|SE|Skåne|Malmo
Oslo|NO|Oslo
Bergen|NO|Vestland
Helsinki|FI|Uusimaa
Tampere|FI|Pirkanmaa
Reykjavik|IS|Capital Region|Reykjavík
Tallinn|EE|Harju
Tartu|EE|Tartu
Riga|LV|Riga
Vilnius|LT|Vilnius
Kaunas|LT|Kaunas
Warsaw|PL|Masovian|Warszawa
Kraków|PL|Lesser Poland|Krakow,Cracow
Wrocław|PL|Lower Silesian|Wroclaw
Gdańsk|PL|Pomeranian|Gdansk
Poznań|PL|Greater Poland|Poznan
Łódź|PL|Łódź|Lodz
Katowice|PL|Silesian
Prague|CZ|Prague|Praha
Brno|CZ|South Moravian
Bratislava|SK|Bratislava
Budapest|HU|Budapest
Bucharest|RO|Bucharest|București,Bucuresti
Cluj-Napoca|RO|Cluj|Cluj
Iași|RO|Iași|Iasi
Sofia|BG|Sofia
Belgrade|RS|Belgrade|Beograd
Novi Sad|RS|Vojvodina
Zagreb|HR|Zagreb
Ljubljana|SI|Ljubljana
Athens|GR|Attica
Thessaloniki|GR|Central Macedonia
Istanbul|TR|Istanbul
Ankara|TR|Ankara
Kyiv|UA|Kyiv|Kiev
Lviv|UA|Lviv
Kharkiv|UA|Kharkiv
Minsk|BY|Minsk
Moscow|RU|Moscow
Saint Petersburg|RU|Saint Petersburg|St. Petersburg,St Petersburg
Tel Aviv|IL|Tel Aviv|Tel Aviv-Yafo
Jerusalem|IL|Jerusalem
Haifa|IL|Haifa
Dubai|AE|Dubai
Abu Dhabi|AE|Abu Dhabi
Riyadh|SA|Riyadh
Doha|QA|Doha
Cairo|EG|Cairo
Lagos|NG|Lagos
Nairobi|KE|Nairobi
Cape Town|ZA|Western Cape
Johannesburg|ZA|Gauteng
Bengaluru|IN|Karnataka|Bangalore
Mumbai|IN|Maharashtra|Bombay
Pune|IN|Maharashtra
Hyderabad|IN|Telangana
Chennai|IN|Tamil Nadu
New Delhi|IN|Delhi|Delhi
Gurugram|IN|Haryana|Gurgaon
Noida|IN|Uttar Pradesh
Kolkata|IN|West Bengal
Ahmedabad|IN|Gujarat
Kochi|IN|Kerala
Singapore|SG|
Hong Kong|HK|
Tokyo|JP|Tokyo
Osaka|JP|Osaka
Seoul|KR|Seoul
Beijing|CN|Beijing
Shanghai|CN|Shanghai
Shenzhen|CN|Guangdong
Taipei|TW|Taipei
Manila|PH|Metro Manila
Jakarta|ID|Jakarta
Bangkok|TH|Bangkok
Kuala Lumpur|MY|Kuala Lumpur
Ho Chi Minh City|VN|Ho Chi Minh City|Saigon
Hanoi|VN|Hanoi
Sydney|AU|New South Wales
Melbourne|AU|Victoria
Brisbane|AU|Queensland
Perth|AU|Western Australia
Adelaide|AU|South Australia
Canberra|AU|Australian Capital Territory
Auckland|NZ|Auckland
Wellington|NZ|Wellington
Toronto|CA|Ontario
Ottawa|CA|Ontario
Waterloo|CA|Ontario
Kitchener|CA|Ontario
Mississauga|CA|Ontario
Montréal|CA|Quebec|Montreal
Quebec City|CA|Quebec|Québec City
Vancouver|CA|British Columbia
Victoria|CA|British Columbia
Richmond|CA|British Columbia
Burnaby|CA|British Columbia
Calgary|CA|Alberta
Edmonton|CA|Alberta
Winnipeg|CA|Manitoba
Halifax|CA|Nova Scotia
New York|US|New York|New York City,NYC,Manhattan,Brooklyn
San Francisco|US|California|SF
San Jose|US|California
Santa Clara|US|California
Palo Alto|US|California
Mountain View|US|California
Sunnyvale|US|California
Menlo Park|US|California
Redwood City|US|California
Cupertino|US|California
Oakland|US|California
Berkeley|US|California
Los Angeles|US|California|LA
San Diego|US|California
Irvine|US|California
Santa Monica|US|California
Sacramento|US|California
Seattle|US|Washington
Bellevue|US|Washington
Redmond|US|Washington
Portland|US|Oregon
Austin|US|Texas
Dallas|US|Texas
Houston|US|Texas
San Antonio|US|Texas
Boston|US|Massachusetts
Cambridge, MA|US|Massachusetts
Chicago|US|Illinois
Denver|US|Colorado
Boulder|US|Colorado
Atlanta|US|Georgia
Miami|US|Florida
Tampa|US|Florida
Orlando|US|Florida
Washington, D.C.|US|District of Columbia|Washington DC,Washington D.C.,DC
Arlington|US|Virginia
Reston|US|Virginia
Philadelphia|US|Pennsylvania
Pittsburgh|US|Pennsylvania
Phoenix|US|Arizona
Scottsdale|US|Arizona
Tempe|US|Arizona
Salt Lake City|US|Utah
Lehi|US|Utah
Minneapolis|US|Minnesota
Detroit|US|Michigan
Ann Arbor|US|Michigan
Raleigh|US|North Carolina
Durham|US|North Carolina
Charlotte|US|North Carolina
Nashville|US|Tennessee
Columbus|US|Ohio
Cleveland|US|Ohio
Cincinnati|US|Ohio
Indianapolis|US|Indiana
St. Louis|US|Missouri|St Louis,Saint Louis
Kansas City|US|Missouri
Las Vegas|US|Nevada
Madison|US|Wisconsin
Baltimore|US|Maryland
New Orleans|US|Louisiana
Honolulu|US|Hawaii
Anchorage|US|Alaska
Mexico City|MX|Mexico City|CDMX,Ciudad de México
Guadalajara|MX|Jalisco
Monterrey|MX|Nuevo León
San Pedro Garza García|MX|Nuevo León|San Pedro Garza Garcia
Querétaro|MX|Querétaro|Queretaro
Tijuana|MX|Baja California
Bogotá|CO|Bogotá|Bogota
Medellín|CO|Antioquia|Medellin
Lima|PE|Lima
Santiago|CL|Santiago Metropolitan
Buenos Aires|AR|Buenos Aires
Córdoba|AR|Córdoba|Cordoba
Montevideo|UY|Montevideo
São Paulo|BR|São Paulo|Sao Paulo
Rio de Janeiro|BR|Rio de Janeiro
Belo Horizonte|BR|Minas Gerais
Florianópolis|BR|Santa Catarina|Florianopolis
Curitiba|BR|Paraná
Porto Alegre|BR|Rio Grande do Sul
Recife|BR|Pernambuco
San José|CR|San José|San Jose, Costa Rica`

export type CityEntry = { city: string; country: string; region: string | null }

export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export const CITIES = new Map<string, CityEntry>()
for (const row of CITY_TABLE.split('\n')) {
  const [city = '', country = '', region = '', aliases = ''] = row.split('|')
  const entry: CityEntry = { city, country, region: region || null }
  for (const name of [city, ...aliases.split(',')].filter(Boolean)) {
    const key = placeKey(name)
    if (!CITIES.has(key)) CITIES.set(key, entry)
  }
}

/** First-level subdivisions by code and name: `code|Name|aliases` per country. */
const REGION_TABLE: Record<string, string> = {
  US: `AL|Alabama;AK|Alaska;AZ|Arizona;AR|Arkansas;CA|California;CO|Colorado;CT|Connecticut;DE|Delaware;FL|Florida;GA|Georgia;HI|Hawaii;ID|Idaho;IL|Illinois;IN|Indiana;IA|Iowa;KS|Kansas;KY|Kentucky;LA|Louisiana;ME|Maine;MD|Maryland;MA|Massachusetts;MI|Michigan;MN|Minnesota;MS|Mississippi;MO|Missouri;MT|Montana;NE|Nebraska;NV|Nevada;NH|New Hampshire;NJ|New Jersey;NM|New Mexico;NY|New York;NC|North Carolina;ND|North Dakota;OH|Ohio;OK|Oklahoma;OR|Oregon;PA|Pennsylvania;RI|Rhode Island;SC|South Carolina;SD|South Dakota;TN|Tennessee;TX|Texas;UT|Utah;VT|Vermont;VA|Virginia;WA|Washington;WV|West Virginia;WI|Wisconsin;WY|Wyoming;DC|District of Columbia`,
  CA: `AB|Alberta;BC|British Columbia;MB|Manitoba;NB|New Brunswick;NL|Newfoundland and Labrador;NS|Nova Scotia;NT|Northwest Territories;NU|Nunavut;ON|Ontario;PE|Prince Edward Island;QC|Quebec|Québec;SK|Saskatchewan;YT|Yukon`,
  GB: `ENG|England;SCT|Scotland;WLS|Wales;NIR|Northern Ireland`,
  ES: `CT|Catalonia|Cataluña,Catalunya,Cataluna;MD|Community of Madrid|Comunidad de Madrid,Madrid;AN|Andalusia|Andalucía,Andalucia;VC|Valencian Community|Comunidad Valenciana,Comunitat Valenciana;PV|Basque Country|País Vasco,Euskadi;GA|Galicia`,
  AU: `NSW|New South Wales;VIC|Victoria;QLD|Queensland;WA|Western Australia;SA|South Australia;TAS|Tasmania;ACT|Australian Capital Territory;NT|Northern Territory`,
  IN: `KA|Karnataka;MH|Maharashtra;TG|Telangana;TN|Tamil Nadu;DL|Delhi;HR|Haryana;UP|Uttar Pradesh;WB|West Bengal;GJ|Gujarat;KL|Kerala`,
  MX: `NL|Nuevo León|Nuevo Leon;JAL|Jalisco;CMX|Mexico City|Ciudad de México,CDMX;QUE|Querétaro|Queretaro;BC|Baja California`,
  DE: `BE|Berlin;BY|Bavaria|Bayern;HH|Hamburg;HE|Hesse|Hessen;NW|North Rhine-Westphalia|Nordrhein-Westfalen,NRW;BW|Baden-Württemberg|Baden-Wurttemberg;SN|Saxony|Sachsen`,
}

export type RegionEntry = { code: string; name: string; country: string }
/** Region by country then key (code or name). */
export const REGIONS = new Map<string, Map<string, RegionEntry>>()
/** Region by name across countries, for "Cataluña" with no country given. */
export const REGIONS_BY_NAME = new Map<string, RegionEntry>()
for (const [country, table] of Object.entries(REGION_TABLE)) {
  const byKey = new Map<string, RegionEntry>()
  for (const row of table.split(';')) {
    const [code = '', name = '', aliases = ''] = row.split('|')
    const entry: RegionEntry = { code, name, country }
    byKey.set(code.toLowerCase(), entry)
    for (const alias of [name, ...aliases.split(',')].filter(Boolean)) {
      byKey.set(placeKey(alias), entry)
      if (!REGIONS_BY_NAME.has(placeKey(alias))) REGIONS_BY_NAME.set(placeKey(alias), entry)
    }
  }
  REGIONS.set(country, byKey)
}
