import { list, type PerLanguage } from './languages.ts'

/**
 * A board's link to a map after a job's place ("69 - LYON 03 - Localiser avec Mappy", "München ·
 * Auf Karte anzeigen"), in the eight languages. Lower case.
 */
export const MAP_LINKS: PerLanguage<string> = {
  en: list('show on map, view on map, see on map, view map, show map, get directions'),
  de: list('auf karte anzeigen, auf der karte anzeigen, karte anzeigen, route planen, anfahrt'),
  fr: list('localiser avec mappy, voir sur la carte, voir la carte, afficher la carte, itinéraire'),
  es: list('ver en el mapa, ver en mapa, ver mapa, cómo llegar'),
  pt: list('ver no mapa, ver mapa, como chegar'),
  it: list('vedi sulla mappa, mostra sulla mappa, vedi mappa, indicazioni stradali'),
  nl: list('bekijk op kaart, toon op kaart, bekijk kaart, routebeschrijving'),
  pl: list('pokaż na mapie, zobacz na mapie, pokaż mapę, wyznacz trasę'),
}
