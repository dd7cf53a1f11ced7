import { describe, expect, it } from 'vitest'
import {
  isBreadcrumb,
  isConsentButtons,
  isCookieHeading,
  isCookieNotice,
  isDocumentMarking,
  isAppBanner,
  isListingActions,
  isPageMetaLine,
  isSearchEcho,
  copyrightOwner,
} from './page-chrome.ts'

const menu = (item: string) => ['startseite', 'home', 'jobs', 'open roles'].includes(item)

describe('page chrome', () => {
  it.each([
    'owned by aiko brandt',
    'erstellt von jana roth',
    'última actualización: 3 mar 2026 por lucía gil',
    '3 min. lesezeit',
    '412 views',
    '1.204 aufrufe',
  ])('reads "%s" as a page’s own line about itself', (key) => {
    expect(isPageMetaLine(key)).toBe(true)
  })
  it('does not read a sentence about ownership as one', () => {
    expect(isPageMetaLine('owned by our customers, we build tools for farmers.')).toBe(false)
  })
  it.each([
    'wir verwenden cookies, um dir ein besseres erlebnis zu bieten.',
    'ce site utilise des cookies pour mesurer son audience.',
    'usamos cookies propias y de terceros.',
    'computable maakt gebruik van cookies en vergelijkbare technieken om de website goed te laten werken.',
    'este sitio hace uso de cookies para analizar el tráfico.',
    // Polish names them by its own word.
    'ta strona korzysta z ciasteczek w celach statystycznych. korzystając ze strony, zgadzasz się na ich użycie.',
  ])('reads "%s" as a cookie notice', (key) => {
    expect(isCookieNotice(key)).toBe(true)
  })
  it.each([
    'intermediair vraagt je toestemming',
    'jobboard bittet um ihre zustimmung',
    'nous demandons votre consentement',
    'we ask for your consent',
  ])('reads "%s", the consent a notice asks for, as its heading', (key) => {
    expect(isCookieHeading(key)).toBe(true)
  })
  it('does not read a posting sentence about a cookie as a notice', () => {
    expect(isCookieNotice('you will bake the best cookie in town.')).toBe(false)
  })
  it.each([
    'alle akzeptieren',
    'alle akzeptieren ablehnen details',
    'tout refuser | personnaliser',
    'refuse customise accept',
    // the buttons' words in the other order
    'accepter tout',
    'refuser tout',
    'accetta tutto',
    'aceitar tudo',
    // the way out that consents to nothing, and the link to the choices
    'accetta   continua senza accettare   scopri di più e personalizza',
    'aceptar continuar sin aceptar',
    'continue without accepting | accept all',
  ])('reads "%s" as a notice’s buttons', (key) => expect(isConsentButtons(key)).toBe(true))
  it.each([
    'jetzt bewerben',
    'zur bewerbung merken drucken weiterempfehlen',
    'postuler | partager',
    'aplikuj teraz',
    '← zurück zu allen stellen',
    // An arrow back before a few words, no opener: the link back to the list.
    '← toutes les missions',
    '‹ all jobs',
    // Sending the listing on to someone.
    'job per e-mail empfehlen',
    'drucken | job per e-mail versenden',
    'ajouter à mes favoris',
    'solicitar empleo',
    'bewaar vacature',
    'envoyer à un ami',
    'consiglia questo annuncio',
    'indicar vaga',
    'poleć ofertę',
    'email this job',
  ])('reads "%s" as a listing’s buttons', (key) => {
    expect(isListingActions(key)).toBe(true)
  })
  it.each([
    'merken sie sich den termin',
    'bewerbung als entwickler',
    // A role after the arrow is a title, and a French quotation mark is no arrow.
    '← senior data engineer',
    '« toutes les missions',
  ])('does not read "%s" as buttons', (key) => expect(isListingActions(key)).toBe(false))
  it.each([
    'startseite > jobs > it > münchen',
    'home › handel › nürnberg',
    'jobs › data engineer',
    'home / engineering / senior product engineer (backend)',
    // the employer's name first, a menu item after it
    'kestrel robotics / open roles / platform engineer',
    'sorrelpoint › careers › engineering › director of engineering, machine learning',
    'jobs › information technology and computer science › data scientist',
    'jobs  /  information and communications technology  /  lead software engineer',
  ])('reads "%s" as a breadcrumb trail', (key) => expect(isBreadcrumb(key, menu)).toBe(true))
  it.each([
    'salary > 50k',
    'berlin > hamburg',
    'we value impact > output. really.',
    'frontend / backend engineer',
    'senior / staff engineer / jobs',
    'application review > technical assessment > we build and send your profile to our client > offer',
  ])('does not read "%s" as a breadcrumb trail', (key) =>
    expect(isBreadcrumb(key, menu)).toBe(false),
  )
  it('reads a board’s search as typed over its results, not a post’s own keywords', () => {
    expect(isSearchEcho('mots-clés : technicien informatique lieu : rennes (35)')).toBe(true)
    expect(isSearchEcho('keywords: 3d, computer vision, ios, python')).toBe(false)
  })
  it.each([
    'what: software engineer where: remote [find jobs]',
    'was: java entwickler wo: köln',
    'quoi : développeur où : lyon',
    'co: programista java gdzie: kraków',
    'o quê? analista de dados onde? recife, pe [achar vagas]',
    'what? qa engineer where? denver, co',
  ])('reads the search form’s two fields as typed: "%s"', (key) =>
    expect(isSearchEcho(key)).toBe(true),
  )
  it.each([
    'filter: devops · leipzig · all levels',
    'votre recherche : développeur java | lyon',
    'filtros: backend, madrid, remoto',
  ])('reads a board’s active filters over its results: "%s"', (key) =>
    expect(isSearchEcho(key)).toBe(true),
  )
  it('leaves a post’s own "Search:" line about the product', () =>
    expect(isSearchEcho('search: we build the search engine for legal documents')).toBe(false))
  it('leaves a post’s own "What:" line', () =>
    expect(isSearchEcho('what: we build payment rails for clinics')).toBe(false))
  it.each(['entendi', 'j’ai compris', 'rozumiem'])('reads "%s" as a notice’s one button', (key) =>
    expect(isConsentButtons(key)).toBe(true),
  )
  it.each([
    'INTERN – niet verspreiden buiten Kaaiwerk zonder akkoord HR',
    'CONFIDENTIAL',
    'STRICTLY CONFIDENTIAL - do not forward',
    'VERTRAULICH',
  ])('reads "%s" as a document’s classification marking', (text) =>
    expect(isDocumentMarking(text)).toBe(true),
  )
  it.each([
    'Intern',
    'INTERN – Data Science',
    'Intern - Software Engineering',
    'Confidential search',
  ])('does not read "%s" as a marking: a role’s level, or a sentence', (text) =>
    expect(isDocumentMarking(text)).toBe(false),
  )
  it.each([
    'download the foundit app get it on google play | download on the app store',
    'jetzt die app herunterladen: app store · google play',
    'téléchargez l’application sur l’app store et google play',
  ])('reads "%s" as a site’s banner for its app', (key) => expect(isAppBanner(key)).toBe(true))
  it('does not read a requirement naming the stores as one', () => {
    expect(isAppBanner('you have shipped apps to the app store and google play')).toBe(false)
  })
  it.each([
    ['© 2025 Heronsgate Studio LLC', 'Heronsgate Studio LLC'],
    ['Copyright © 2019–2026 Duinwater B.V. Alle rechten voorbehouden.', 'Duinwater B.V'],
    ['(c) 2024, Brightmoor Labs Ltd. All rights reserved.', 'Brightmoor Labs Ltd'],
    ['©2026 Kaaiwerk · Privacy · Cookies', 'Kaaiwerk'],
  ])('reads the site owner a footer’s copyright line names: "%s"', (line, owner) =>
    expect(copyrightOwner(line)).toBe(owner),
  )
  it.each([
    '© OpenStreetMap contributors',
    '© 2026 the authors',
    'We own the copyright to our code.',
  ])('reads no owner from a credit or a sentence: "%s"', (line) =>
    expect(copyrightOwner(line)).toBeNull(),
  )
})
