import { STACK_CATEGORY_LABELS } from '@/lib/posting-format'
import { STACK_CATEGORIES, type StackItem } from '@/model/posting'
import { TechLogo } from '@/components/tech-logo'

/** The stack grouped by category, in the model's category order. */
export function PostingStack({ stack }: { stack: StackItem[] }) {
  const groups = STACK_CATEGORIES.map((category) => ({
    category,
    items: stack.filter((item) => item.category === category),
  })).filter((group) => group.items.length > 0)

  return (
    <section aria-labelledby="stack-heading" className="space-y-3">
      <h2 id="stack-heading" className="text-lg font-semibold">
        Stack
      </h2>
      {groups.length === 0 ? (
        <p className="italic text-muted">The posting names no technologies.</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {groups.map(({ category, items }) => (
            <div key={category}>
              <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">
                {STACK_CATEGORY_LABELS[category]}
              </h3>
              <ul className="mt-1.5 flex flex-wrap gap-1.5">
                {items.map((item) => (
                  <li
                    key={item.name}
                    className="inline-flex items-center gap-1.5 rounded-full border border-line bg-raised px-2.5 py-1 text-sm text-ink"
                  >
                    <TechLogo name={item.name} />
                    <span>{item.name}</span>
                    {item.note && <span className="text-xs text-muted">({item.note})</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  )
}
