import type { RoleFamily } from '../../model/posting.ts'
import { list, type PerLanguage } from './languages.ts'

/**
 * Words in a title that put the role in a family, per language. A space in a word also
 * matches a hyphen or ", " ("manager engineering" matches "Manager, Engineering"). The first family (in
 * FAMILY_ORDER) with a word in the title wins, so a specific family beats a generalist one
 * ("Backend-Entwickler" is backend, "Softwareentwickler" is software). A word written `stem*`
 * also starts a compound ("Frontendentwickler", "Datenanalyst"); `*stem` also ends one
 * ("Softwaretester"); matching is case-insensitive and whole-word otherwise.
 */
export const FAMILY_WORDS: Record<Exclude<RoleFamily, 'other'>, PerLanguage<string>> = {
  product: {
    en: list(`product manager, product owner, head of product, product lead, vp product,
      director of product, product director, group product manager,
      technical product manager, product management`),
    de: list(`produktmanager, produktmanagerin, produktverantwortlicher, *produktmanager`),
    fr: list(`chef de produit, cheffe de produit, responsable produit, directeur produit`),
    es: list(`gerente de producto, responsable de producto, jefe de producto`),
    pt: list(`gerente de produto, gestor de produto, dono do produto`),
    it: list(`responsabile di prodotto, product manager`),
    nl: list(`productmanager, producteigenaar`),
    pl: list(`menedżer produktu, właściciel produktu`),
  },
  management: {
    en: list(`engineering manager, manager engineering,
      director of engineering, director of software engineering, head of engineering,
      vp engineering, cto, chief technology, team lead, team leader,
      development manager, software development team leader, engineering director,
      delivery manager`),
    de: list(`teamleiter, teamleiterin, teamleitung, entwicklungsleiter, leiter entwicklung,
      leiter softwareentwicklung, leiter it, it-leiter, abteilungsleiter, bereichsleiter, cto`),
    fr: list(`directeur technique, directrice technique, responsable d'équipe,
      responsable technique, chef d'équipe, directeur de l'ingénierie, manager d'équipe`),
    es: list(`jefe de equipo, jefa de equipo, director de ingeniería, responsable de equipo,
      gerente de ingeniería, director técnico`),
    pt: list(`gerente de engenharia, líder de equipe, diretor de engenharia, coordenador de ti`),
    it: list(`responsabile sviluppo, team leader, direttore tecnico, responsabile tecnico`),
    nl: list(`teamleider, teammanager, hoofd ontwikkeling`),
    pl: list(`kierownik zespołu, lider zespołu, dyrektor techniczny, kierownik działu it`),
  },
  security: {
    en: list(`security, secops, appsec, devsecops, penetration, pentest, pentester, infosec,
      cyber, cybersecurity, soc analyst`),
    de: list(`sicherheit*, *sicherheit, it-sicherheit, informationssicherheit, penetrationstester`),
    fr: list(`sécurité, cybersécurité, pentesteur`),
    es: list(`seguridad, ciberseguridad`),
    pt: list(`segurança, cibersegurança`),
    it: list(`sicurezza, cybersicurezza`),
    nl: list(`beveiliging, informatiebeveiliging`),
    pl: list(`bezpieczeństwa, cyberbezpieczeństwa, bezpieczeństwo`),
  },
  ml: {
    en: list(`machine learning, ml, mlops, ai, deep learning, nlp, computer vision, llm,
      applied scientist, research scientist, data scientist, genai, ai/ml`),
    de: list(`ki, ki-*, maschinelles lernen, künstliche intelligenz, data scientist`),
    fr: list(`ia, intelligence artificielle, apprentissage automatique, data scientist`),
    es: list(`ia, inteligencia artificial, aprendizaje automático, científico de datos,
      científica de datos`),
    pt: list(`ia, inteligência artificial, aprendizado de máquina, cientista de dados`),
    it: list(`ia, intelligenza artificiale, apprendimento automatico, data scientist`),
    nl: list(`ki, kunstmatige intelligentie`),
    pl: list(`sztucznej inteligencji, uczenia maszynowego, ai`),
  },
  mobile: {
    en: list(`ios, android, mobile, react native, flutter`),
    de: list(`mobil*, app-entwickler`),
    fr: list(`mobile, applications mobiles`),
    es: list(`móvil, móviles, movil`),
    pt: list(`móvel, mobile`),
    it: list(`mobile`),
    nl: list(`mobiel*`),
    pl: list(`mobilny, aplikacji mobilnych`),
  },
  fullstack: {
    en: list(`full stack, full-stack, fullstack*`),
    de: list(`fullstack*, full-stack-*`),
    fr: [],
    es: [],
    pt: [],
    it: [],
    nl: [],
    pl: [],
  },
  frontend: {
    en: list(`front end, front-end, frontend*, ui engineer, web developer, javascript,
      react developer`),
    de: list(`frontend*, webentwickler, webentwicklerin, web-entwickler`),
    fr: list(`développeur web, développeuse web, intégrateur web`),
    es: list(`desarrollador web, desarrolladora web`),
    pt: list(`desenvolvedor web, desenvolvedora web`),
    it: list(`sviluppatore web, sviluppatrice web`),
    nl: list(`webontwikkelaar, webdeveloper`),
    pl: list(`programista front-end, programista frontend`),
  },
  backend: {
    en: list(`back end, back-end, backend*, api, server-side, server side, golang,
      java developer, python developer, payments engineer, payment engineer`),
    de: list(`backend*, java-entwickler, java-entwicklerin, javaentwickler, python-entwickler`),
    fr: list(`développeur java, développeuse java, développeur python`),
    es: list(`desarrollador java, desarrollador python`),
    pt: list(`desenvolvedor java, desenvolvedor python`),
    it: list(`sviluppatore java, sviluppatore python`),
    nl: list(`java ontwikkelaar, java-ontwikkelaar`),
    pl: list(`programista java, programista python`),
  },
  devops: {
    en: list(`devops, sre, site reliability, platform, infrastructure, cloud,
      system administrator, systems administrator, sysadmin, hpc, reliability,
      network engineer, release engineer, build engineer`),
    de: list(`systemadministrator, systemadministratorin, *administrator, infrastruktur*,
      netzwerk*, plattform*, cloud-*`),
    fr: list(`administrateur système, administrateur systèmes, administratrice système,
      infrastructure, plateforme, réseau, réseaux`),
    es: list(`administrador de sistemas, infraestructura, plataforma, redes`),
    pt: list(`administrador de sistemas, infraestrutura, plataforma, redes`),
    it: list(`sistemista, amministratore di sistema, infrastruttura, piattaforma`),
    nl: list(`systeembeheerder, *beheerder, infrastructuur, platform`),
    pl: list(`administrator systemów, administrator sieci, infrastruktury, platformy`),
  },
  data: {
    en: list(`data, analytics, analytical, analyst, bi, business intelligence, etl`),
    de: list(`daten*, *analyst, *analystin, datenbank*`),
    fr: list(`données, analyste, décisionnel`),
    es: list(`datos, analista, inteligencia de negocio`),
    pt: list(`dados, analista`),
    it: list(`dati, analista`),
    nl: list(`gegevens, analist, data-*`),
    pl: list(`danych, analityk, analityczka`),
  },
  qa: {
    en: list(`qa, quality, test, tester, sdet, automation engineer, qa engineer`),
    de: list(`*tester, testautomatisierung, test*, qualitätssicherung`),
    fr: list(`testeur, testeuse, qualité, recette`),
    es: list(`calidad, pruebas, tester`),
    pt: list(`qualidade, testes, tester`),
    it: list(`qualità, collaudo, tester`),
    nl: list(`kwaliteit, testautomatisering, tester`),
    pl: list(`tester, testerka, jakości, testów`),
  },
  design: {
    en: list(`designer, ux, ui, design`),
    de: list(`*designer, *designerin, gestalter, gestalterin, mediengestalter`),
    fr: list(`designer, concepteur ux, conceptrice ux, ergonome`),
    es: list(`diseñador, diseñadora, diseño`),
    pt: list(`designer`),
    it: list(`designer, progettista ux`),
    nl: list(`ontwerper, vormgever`),
    pl: list(`projektant, projektantka, grafik`),
  },
  software: {
    en: list(`software, developer, programmer, software engineer, swe, coder, hacker`),
    de: list(`*entwickler, *entwicklerin, *programmierer, *programmiererin, softwareingenieur,
      software-ingenieur, informatiker, informatikerin, fachinformatiker`),
    fr: list(`développeur, développeuse, developpeur, ingénieur logiciel, ingénieure logiciel,
      programmeur, programmeuse, logiciel`),
    es: list(`desarrollador, desarrolladora, programador, programadora,
      ingeniero de software, ingeniera de software`),
    pt: list(`desenvolvedor, desenvolvedora, programador, programadora,
      engenheiro de software, engenheira de software`),
    it: list(`sviluppatore, sviluppatrice, programmatore, programmatrice,
      ingegnere del software, ingegnere software`),
    nl: list(`*ontwikkelaar, programmeur, software engineer`),
    pl: list(`programista, programistka, deweloper, inżynier oprogramowania`),
  },
}

/**
 * Families in the order their words are tried: specific first, the generalist last. QA comes
 * before data: "analyst" alone is a weak data word ("QA Analyst" tests).
 */
export const FAMILY_ORDER = [
  'product',
  'management',
  'security',
  'ml',
  'mobile',
  'fullstack',
  'frontend',
  'backend',
  'devops',
  'qa',
  'data',
  'design',
  'software',
] as const satisfies readonly Exclude<RoleFamily, 'other'>[]

/**
 * Engineering that is not software: an "Engineer" title qualified by one of these stays in
 * `other` ("Mechanical Engineer", "Sales Engineer"), while a bare or product-facing one
 * ("Founding Engineer", "Product Engineer") is a generalist software role.
 */
export const NOT_SOFTWARE_ENGINEERING = list(`mechanical, electrical, civil, structural,
  chemical, process, manufacturing, hardware, electronics, electronic, rf, analog,
  mechatronics, sales, solutions, solution, support, field, customer, pre-sales, presales,
  sound, audio, biomedical, facilities, maintenance, construction, quality assurance,
  environmental, aerospace, affaires, d'affaires, avant-vente, materials, optical, photonics, fpga, asic,
  maschinenbau, elektrotechnik, vertrieb, mécanique, électrique, commercial, mecánico,
  eléctrico, ventas, mecânico, elétrico, vendas, meccanico, elettrico, vendite,
  werktuigbouw, elektrotechniek, mechanik, elektryk, sprzedaży`)

/** "Engineer" in every language: a generalist software role unless qualified otherwise. */
export const GENERIC_ENGINEER = list(`engineer, engineers, ingénieur, ingénieure, ingenieur,
  *ingenieur, *ingenieurin, ingeniero, ingeniera, engenheiro, engenheira, ingegnere,
  inżynier, inżynierka`)
