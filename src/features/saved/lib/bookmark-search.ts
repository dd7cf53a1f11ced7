import type { PostingCard } from '@/model/board-files'
import { emptySections, type Posting } from '@/model/posting'
import { countryName } from '@/lib/posting-format'
import type { Bookmark } from '@/storage/schema'

/** Every place a role names, as words a person types: "Berlin Brandenburg Germany". */
function placeWords(card: PostingCard): string {
  return card.locations
    .flatMap((place) => [place.city, place.region, place.country && countryName(place.country)])
    .filter(Boolean)
    .join('\n')
}

/**
 * A bookmarked role as the bookmarks' search engine reads it. The engine matches title,
 * company, team and stack from the card, and the text of a posting's sections besides: so
 * the role's places and the user's private note join its sections here (a pasted posting
 * keeps its own text too), and a search finds a role by where it is or by what the user
 * wrote about it. Only the engine sees this record; the tracker draws the card.
 */
export function bookmarkSearchRecord(card: PostingCard, bookmark: Bookmark | undefined): Posting {
  const own = 'sections' in card ? (card as Posting).sections : emptySections()
  const extra = [placeWords(card), bookmark?.note ?? ''].filter((text) => text !== '')
  return { ...card, sections: { ...own, about: [...own.about, ...extra] } }
}
