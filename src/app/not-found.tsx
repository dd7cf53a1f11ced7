import { Link } from 'react-router'

export function NotFound() {
  return (
    <section className="mx-auto max-w-xl p-8 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted">There is nothing at this address.</p>
      <Link to="/" className="mt-4 inline-block text-accent underline">
        Back to the board
      </Link>
    </section>
  )
}
