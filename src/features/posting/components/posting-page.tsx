export function PostingPage() {
  return (
    <section className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-semibold">Posting</h1>
    </section>
  )
}
