import { describeInterviewTime, formatMinutes, summarizeHiringProcess } from '@/lib/hiring-process'
import { SECTION_LABELS } from '@/lib/posting-format'
import type { Sections } from '@/model/posting'

function Section({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: React.ReactNode
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

function Bullets({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1.5 pl-5 leading-relaxed">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  )
}

function HiringProcess({ steps }: { steps: string[] }) {
  const summary = summarizeHiringProcess(steps)
  return (
    <Section id="hiringProcess" title={SECTION_LABELS.hiringProcess}>
      <ol className="space-y-2">
        {summary.steps.map((step, index) => (
          <li key={index} className="flex gap-3">
            <span
              aria-hidden="true"
              className="grid size-6 shrink-0 place-items-center rounded-full bg-accent-soft text-xs font-semibold text-ink"
            >
              {index + 1}
            </span>
            <span className="leading-relaxed">
              <span className="sr-only">Step {index + 1}: </span>
              {step.text}
              {step.minutes !== null && (
                <span className="ml-2 whitespace-nowrap rounded bg-raised px-1.5 py-0.5 text-xs text-muted">
                  {formatMinutes(step.minutes)}
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
      <p className="text-sm font-medium">Interview time: {describeInterviewTime(summary)}</p>
    </Section>
  )
}

/** The posting's own text, in the order a reader expects; empty sections are left out. */
export function PostingSections({ sections }: { sections: Sections }) {
  const before = ['summary', 'responsibilities', 'requirements', 'niceToHave', 'benefits'] as const
  return (
    <>
      {before.map(
        (key) =>
          sections[key].length > 0 && (
            <Section key={key} id={key} title={SECTION_LABELS[key]}>
              <Bullets items={sections[key]} />
            </Section>
          ),
      )}
      {sections.hiringProcess.length > 0 && <HiringProcess steps={sections.hiringProcess} />}
      {sections.about.length > 0 && (
        <Section id="about" title={SECTION_LABELS.about}>
          <Bullets items={sections.about} />
        </Section>
      )}
    </>
  )
}
