import { list, type PerLanguage } from './languages.ts'

/**
 * Areas of work a post hires in without naming a role title ("hiring across engineering,
 * design, and sales", "many roles in dev, design, product", "Acme | Engineering, GTM |
 * Berlin"). Each area the post names becomes one posting titled as the post writes it, with
 * a warning that it is an area, not a title. Only read after a hiring cue or as a summary
 * part made of nothing but areas, so an ordinary "engineering" in prose is never one.
 */
export const WORK_AREAS: PerLanguage<string> = {
  en: list(`
    engineering, software engineering, software, development, dev, product, design, sales,
    marketing, operations, ops, data, data science, research, finance, legal, support,
    customer success, customer support, gtm, go-to-market, backend, back-end, frontend,
    front-end, full-stack, fullstack, infrastructure, infra, platform, mobile, security,
    machine learning, ml, ai, devrel, developer relations, growth, people, hr, recruiting,
    business development, hardware, firmware, robotics, qa, analytics, content, community,
    programming, art, audio, production, game design, level design, animation, narrative, vfx,
    tech art, technical art
  `),
  de: list(`
    entwicklung, softwareentwicklung, technik, produkt, design, vertrieb, marketing,
    betrieb, daten, forschung, finanzen, recht, kundenservice, infrastruktur, sicherheit,
    personal
  `),
  fr: list(`
    ingénierie, développement, tech, produit, design, ventes, commercial, marketing,
    opérations, données, recherche, finance, juridique, support, infrastructure, sécurité
  `),
  es: list(`
    ingeniería, desarrollo, tecnología, producto, diseño, ventas, marketing, operaciones,
    datos, investigación, finanzas, legal, soporte, infraestructura, seguridad
  `),
  pt: list(`
    engenharia, desenvolvimento, tecnologia, produto, design, vendas, marketing, operações,
    dados, pesquisa, finanças, jurídico, suporte, infraestrutura, segurança
  `),
  it: list(`
    ingegneria, sviluppo, tecnologia, prodotto, design, vendite, marketing, operazioni,
    dati, ricerca, finanza, legale, supporto, infrastruttura, sicurezza
  `),
  nl: list(`
    engineering, ontwikkeling, techniek, product, design, verkoop, sales, marketing,
    operations, data, onderzoek, financiën, juridisch, support, infrastructuur, beveiliging
  `),
  pl: list(`
    inżynieria, rozwój oprogramowania, technologia, produkt, projektowanie, sprzedaż,
    marketing, operacje, dane, badania, finanse, prawo, wsparcie, infrastruktura,
    bezpieczeństwo
  `),
}

/**
 * Cues after which a post lists the areas it hires in, per language: "hiring across",
 * "roles in", "wir suchen Verstärkung in", "recrutons en". Regex sources, lower case.
 */
export const AREA_CUES: PerLanguage<string> = {
  en: [
    String.raw`(?:is|are|we(?:'|’)re|we are|now)?\s*hiring\s+(?:across|in|for(?:\s+roles\s+in)?)(?:\s+(?:a\s+few|several|multiple|many))?(?:\s+(?:open\s+)?(?:roles|positions)\s+(?:in|across))?`,
    String.raw`(?:many|several|multiple|various|open)\s+(?:roles|positions|openings)\s+(?:in|across)`,
  ],
  de: [String.raw`(?:offene\s+stellen|wir\s+stellen\s+ein)\s+(?:in|im\s+bereich)`],
  fr: [String.raw`(?:recrutons|recrute)\s+(?:en|dans)`],
  es: [String.raw`(?:contratando|buscamos\s+talento)\s+en`],
  pt: [String.raw`(?:contratando|vagas)\s+(?:em|para)`],
  it: [String.raw`(?:assumiamo|cerchiamo)\s+(?:in|nel(?:l['’])?)`],
  nl: [String.raw`(?:vacatures|zoeken\s+collega(?:'|’)s)\s+(?:in|bij)`],
  pl: [String.raw`(?:rekrutujemy|zatrudniamy)\s+(?:w|do)`],
}
