import { useMatch } from 'react-router'
import { downloadFile } from '@/lib/download'
import type { PostingCard } from '@/model/board-files'
import type { Posting } from '@/model/posting'
import { actionButtonClass } from './action-button-class'

// Loaded on click: the board's cards carry this slot too, and few people download.
async function downloadJsonLd(posting: Posting) {
  const { jsonLdFileName, toJobPostingJsonLd } = await import('@/lib/json-ld')
  downloadFile(
    jsonLdFileName(posting),
    'application/ld+json',
    JSON.stringify(toJobPostingJsonLd(posting), null, 2),
  )
}

/**
 * "Download JSON-LD" on a posting's own page (not on every card of a list), where the whole
 * posting, with its own text, is loaded.
 */
export function JsonLdButton({ posting }: { posting: PostingCard | Posting }) {
  const page = useMatch('/jobs/:id')
  if (page?.params.id !== posting.id || !('sections' in posting)) return null
  return (
    <button
      type="button"
      className={actionButtonClass}
      onClick={() => void downloadJsonLd(posting)}
    >
      Download JSON-LD
    </button>
  )
}
