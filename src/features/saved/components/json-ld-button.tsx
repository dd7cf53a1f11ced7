import { useMatch } from 'react-router'
import { downloadFile } from '@/lib/download'
import type { PostingCard } from '@/model/board-files'
import type { Posting } from '@/model/posting'
import { actionButtonClass } from './action-button-class'

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
      onClick={async () => {
        // Loaded on click: the serializer is not part of the board's first load.
        const { jsonLdFileName, jsonLdText } = await import('@/lib/json-ld')
        downloadFile(jsonLdFileName(posting), 'application/ld+json', jsonLdText(posting))
      }}
    >
      Download JSON-LD
    </button>
  )
}
