import type { PerLanguage } from './languages.ts'

type SkipLinkWords = {
  /** The words that lead to a part of the page ("skip to", "direkt zum", "aller au"). */
  leads: readonly string[]
  /** The parts of a page a link skips to. */
  targets: readonly string[]
  /** A verb that may close the link ("Zum Inhalt springen"). */
  after?: readonly string[]
}

/**
 * A page's links past its own furniture, which screen readers need and a select-all copies
 * first: "Skip to main content", "Direkt zur Navigation", "Zum Inhalt springen", "Aller au
 * contenu". Lower case. A lead and a target of one language make one link's text
 * (`SKIP_LINK_TEXTS`); a pairing no site writes ("zum Navigation") never matches a line.
 */
const SKIP_LINKS: PerLanguage<SkipLinkWords> = {
  en: [
    {
      // "Skip Main Navigation": some sites leave the "to" out.
      leads: ['skip', 'skip to', 'skip to the', 'jump to', 'jump to the', 'go to', 'go to the'],
      targets: [
        'content',
        'main content',
        'navigation',
        'main navigation',
        'menu',
        'main menu',
        'search',
        'footer',
        'sidebar',
      ],
    },
  ],
  de: [
    {
      leads: [
        'zum',
        'zur',
        'direkt zum',
        'direkt zur',
        'springe zum',
        'springe zur',
        'gehe zum',
        'gehe zur',
      ],
      targets: [
        'inhalt',
        'hauptinhalt',
        'navigation',
        'hauptnavigation',
        'menü',
        'hauptmenü',
        'suche',
        'fußzeile',
        'seitenanfang',
      ],
      after: ['springen', 'wechseln', 'gehen'],
    },
  ],
  fr: [
    {
      leads: [
        'aller au',
        'aller à la',
        'passer au',
        'passer à la',
        'accéder au',
        'accéder à la',
        'aller directement au',
        'aller directement à la',
      ],
      targets: ['contenu', 'contenu principal', 'navigation', 'menu', 'recherche', 'pied de page'],
    },
  ],
  es: [
    {
      // Written with the article ("Ir al contenido") or without it ("Saltar a contenido").
      leads: [
        'ir al',
        'ir a la',
        'ir a',
        'saltar al',
        'saltar a la',
        'saltar a',
        'pasar al',
        'pasar a',
        'ir directamente al',
      ],
      targets: [
        'contenido',
        'contenido principal',
        'navegación',
        'menú',
        'búsqueda',
        'buscador',
        'pie de página',
      ],
    },
  ],
  pt: [
    {
      leads: [
        'ir para o',
        'ir para a',
        'pular para o',
        'pular para a',
        'saltar para o',
        'saltar para a',
        'ir para',
        'pular para',
        'saltar para',
      ],
      targets: [
        'conteúdo',
        'conteúdo principal',
        'navegação',
        'menu',
        'pesquisa',
        'busca',
        'rodapé',
      ],
    },
  ],
  it: [
    {
      leads: ['vai al', 'vai alla', 'salta al', 'salta alla', 'passa al', 'passa alla'],
      targets: [
        'contenuto',
        'contenuto principale',
        'navigazione',
        'menu',
        'ricerca',
        'piè di pagina',
      ],
    },
  ],
  nl: [
    {
      leads: [
        'naar',
        'naar de',
        'ga naar',
        'ga naar de',
        'direct naar',
        'direct naar de',
        'spring naar',
        'overslaan naar',
      ],
      targets: [
        'inhoud',
        'hoofdinhoud',
        'hoofdcontent',
        'navigatie',
        'menu',
        'hoofdmenu',
        'zoeken',
        'footer',
      ],
    },
  ],
  pl: [
    {
      leads: ['przejdź do', 'przeskocz do'],
      targets: ['treści', 'treści głównej', 'nawigacji', 'menu', 'wyszukiwarki', 'stopki'],
    },
  ],
}

/** Every skip link's text the table above makes, lower case. */
export const SKIP_LINK_TEXTS: readonly string[] = Object.values(SKIP_LINKS).flatMap((groups) =>
  groups.flatMap(({ leads, targets, after = [] }) =>
    leads.flatMap((lead) =>
      targets.flatMap((target) => [
        `${lead} ${target}`,
        ...after.map((verb) => `${lead} ${target} ${verb}`),
      ]),
    ),
  ),
)
