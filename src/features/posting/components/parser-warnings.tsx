import type { Posting } from '@/model/posting'

/**
 * "About this record": where the record came from and what the parser could not settle,
 * folded away at the foot of the page. People check these against the original when a
 * fact matters; they are not what a job seeker reads first.
 */
export function AboutThisRecord({ posting }: { posting: Posting }) {
  const { warnings, source } = posting
  const sources = posting.sources?.length ?? 1
  return (
    <details className="rounded-lg border border-line bg-surface px-4 py-3 text-sm text-muted">
      <summary className="cursor-pointer select-none font-medium text-ink">
        About this record
        {warnings.length > 0
          ? ` (${warnings.length} ${warnings.length === 1 ? 'note' : 'notes'})`
          : ''}
      </summary>
      <section aria-label="Parser warnings" className="mt-2 space-y-2">
        <p>
          Read from {sources === 1 ? 'one source' : `${sources} sources`}
          {source.capturedAt ? `, captured ${source.capturedAt}` : ''}. Facts were read from the
          posting’s text by a parser; check what matters to you against the original posting.
        </p>
        {warnings.length > 0 ? (
          <>
            <p>What the parser could not settle:</p>
            <ul className="list-disc space-y-0.5 pl-5">
              {warnings.map((warning, index) => (
                <li key={index}>{warning}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>The parser settled every field it read.</p>
        )}
      </section>
    </details>
  )
}
