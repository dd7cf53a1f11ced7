import type { PerLanguage } from './languages.ts'

/** Website builders whose free plans put their banner atop a site. Lower case. */
export const SITE_BUILDERS: readonly string[] = [
  'wix.com',
  'wix',
  'squarespace',
  'webflow',
  'framer',
  'jimdo',
  'weebly',
  'carrd',
  'strikingly',
  'site123',
  'webnode',
  'ionos',
]

/** What the banner says the site was made with, in the eight languages. Lower case. */
export const SITE_BUILDER_VERBS: PerLanguage<string> = {
  en: ['designed with', 'built with', 'made with', 'created with', 'powered by', 'made in'],
  de: ['erstellt', 'gestaltet', 'erstellt mit', 'gebaut mit'],
  fr: ['conçu avec', 'créé avec', 'réalisé avec', 'propulsé par'],
  es: ['diseñado con', 'creado con', 'hecho con'],
  pt: ['desenvolvido com', 'criado com', 'feito com'],
  it: ['progettato con', 'creato con', 'realizzato con'],
  nl: ['ontworpen met', 'gemaakt met'],
  pl: ['zaprojektowana', 'stworzona', 'utworzona'],
}

/** The banner's button under it. Lower case. */
export const SITE_BUILDER_CALLS: PerLanguage<string> = {
  en: ['start now', 'get started', 'create your site', 'create a website'],
  de: ['jetzt starten', 'los geht’s', "los geht's"],
  fr: ['commencer', 'commencez maintenant'],
  es: ['empezar', 'comenzar', 'empieza ya'],
  pt: ['começar', 'comece agora'],
  it: ['inizia ora', 'inizia'],
  nl: ['nu beginnen', 'begin nu'],
  pl: ['zacznij teraz', 'rozpocznij'],
}

/**
 * A builder's own hint for keyboard users, copied with its menu ("Use tab to navigate through
 * the menu items."). Lower case, without the full stop.
 */
export const SITE_BUILDER_HINTS: readonly string[] = [
  'use tab to navigate through the menu items',
  'press tab to navigate through the menu items',
]
