import type { PerLanguage } from './languages.ts'

/**
 * The counters of the reader's own profile card in a social feed's side rail, in the eight
 * languages ("Profile viewers 48", "Visualizações do perfil", "Profilbesucher"). A feed
 * copied whole carries them above the first post; they name the reader, never the role.
 * Lower case, matched against the start of a line, a count may follow.
 */
export const FEED_VIEWER_COUNTERS: PerLanguage<string> = {
  en: [
    'profile viewers',
    'profile views',
    "who's viewed your profile",
    'who viewed your profile',
    'post impressions',
    'impressions of your post',
  ],
  de: [
    'profilbesucher',
    'profilbesucher:innen',
    'profilaufrufe',
    'wer hat ihr profil angesehen',
    'beitragsimpressionen',
    'impressionen ihres beitrags',
    'impressionen deines beitrags',
  ],
  fr: [
    'vues du profil',
    'visiteurs du profil',
    'qui a consulté votre profil',
    'impressions de la publication',
    'impressions de vos posts',
    'impressions de post',
  ],
  es: [
    'visualizaciones del perfil',
    'visitas al perfil',
    'quién ha visto tu perfil',
    'impresiones de la publicación',
    'impresiones de publicaciones',
  ],
  pt: [
    'visualizações do perfil',
    'quem viu seu perfil',
    'quem viu o seu perfil',
    'impressões da publicação',
    'impressões das publicações',
  ],
  it: [
    'visualizzazioni del profilo',
    'chi ha visitato il tuo profilo',
    'impressioni dei post',
    'impression dei post',
    'impressioni del post',
  ],
  nl: [
    'profielweergaven',
    'profielbezoekers',
    'wie heeft uw profiel bekeken',
    'wie heeft je profiel bekeken',
    'bijdrageweergaven',
    'weergaven van bijdragen',
    'weergaven van je bijdrage',
  ],
  pl: [
    'wyświetlenia profilu',
    'kto wyświetlił twój profil',
    'wyświetlenia posta',
    'wyświetlenia publikacji',
  ],
}
