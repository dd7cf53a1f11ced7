/** What the parser could not settle, said plainly so people can check the original. */
export function ParserWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null
  return (
    <section
      aria-labelledby="warnings-heading"
      className="rounded-lg border border-warn/40 bg-warn-soft px-4 py-3 text-warn"
    >
      <h2 id="warnings-heading" className="font-semibold">
        Parser warnings
      </h2>
      <p className="text-sm">Check these against the original posting:</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
        {warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </section>
  )
}
