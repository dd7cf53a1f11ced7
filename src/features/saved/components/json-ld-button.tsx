import { useMatch } from 'react-router'
import { downloadFile } from '@/lib/download'
import { jsonLdFileName, jsonLdText } from '@/lib/json-ld'
import type { Posting } from '@/model/posting'
import { actionButtonClass } from './action-button-class'

/** "Download JSON-LD" on a posting's own page (not on every card of a list). */
export function JsonLdButton({ posting }: { posting: Posting }) {
  const page = useMatch('/jobs/:id')
  if (page?.params.id !== posting.id) return null
  return (
    <button
      type="button"
      className={actionButtonClass}
      onClick={() =>
        downloadFile(jsonLdFileName(posting), 'application/ld+json', jsonLdText(posting))
      }
    >
      Download JSON-LD
    </button>
  )
}
