import { useMatch } from 'react-router'
import { downloadFile } from '@/lib/download'
import type { PostingCard } from '@/model/board-files'
import type { Posting } from '@/model/posting'
import { actionButtonClass } from './action-button-class'

// Loaded on click: the board's cards carry this slot too, and few people download.
async function downloadJsonLd(posting: Posting) {
  // jsonLdText escapes <, > and &, so the file is safe to embed in a page (README).
  const { jsonLdFileName, jsonLdText } = await import('@/lib/json-ld')
  downloadFile(jsonLdFileName(posting), 'application/ld+json', jsonLdText(posting))
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
