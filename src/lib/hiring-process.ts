/**
 * Durations stated in hiring-process steps ("Coding interview - 1hour", "System Design &
 * Data interview - 45 minutes each part"), read so people can see the total interview time.
 * A step whose duration is not stated counts as unknown, never as zero.
 */

export type HiringStep = { text: string; minutes: number | null }

export type HiringSummary = {
  steps: HiringStep[]
  /** Sum of the steps that state a duration. */
  knownMinutes: number
  /** Steps without a stated duration: the total is a lower bound when this is above 0. */
  unknownCount: number
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
}

const AMOUNT = String.raw`(\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six)`
const UNIT = String.raw`(hours?|hrs?|h|minutes?|mins?)`
// "45 minutes", "1hour", "30-45 min", "45-minute", "1 to 2 hours", "1h30"
const DURATION = new RegExp(
  String.raw`\b(?:(half)\s+)?${AMOUNT}(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?\s*(?:-\s*)?${UNIT}(?![a-z])(\d{2}(?!\d))?`,
  'gi',
)
const TIMES = /\b(\d+|two|three|four|five|six)\s*(?:x|×|times)\s*$/i
const EACH =
  /^\s*(?:each(?:\s+part|\s+one|\s+round|\s+session|\s+interview)?|per\s+(?:part|round|session|interview))\b/i

function amountOf(word: string): number {
  const lower = word.toLowerCase()
  return NUMBER_WORDS[lower] ?? Number(lower.replace(',', '.'))
}

/** How many parts a step names before its duration: "System Design & Data interview" is 2. */
function partsBefore(text: string): number {
  const parts = text
    .replace(/[-–:(]+\s*$/, '')
    .split(/\s*(?:[&+/,]|\band\b)\s*/i)
    .filter((part) => part.trim().length > 0)
  return Math.max(1, parts.length)
}

/** Minutes a step states, or null when it states none. Ranges count their lower end. */
export function parseStepMinutes(step: string): number | null {
  let total = 0
  let found = false
  for (const match of step.matchAll(DURATION)) {
    const [whole, half, amount = '', unit = '', trailingMinutes] = match
    const index = match.index ?? 0
    const value = amountOf(amount) * (half ? 0.5 : 1)
    if (!Number.isFinite(value) || value <= 0) continue
    const isHours = /^h/i.test(unit)
    let minutes = isHours ? value * 60 : value
    // "1h30": hours followed by bare minutes
    if (isHours && trailingMinutes) minutes += Number(trailingMinutes)

    const before = step.slice(0, index)
    const after = step.slice(index + whole.length)
    const times = TIMES.exec(before)
    if (times?.[1]) minutes *= amountOf(times[1])
    else if (EACH.test(after)) minutes *= partsBefore(before)

    total += minutes
    found = true
  }
  return found ? Math.round(total) : null
}

export function summarizeHiringProcess(steps: string[]): HiringSummary {
  const parsed = steps.map((text) => ({ text, minutes: parseStepMinutes(text) }))
  return {
    steps: parsed,
    knownMinutes: parsed.reduce((sum, step) => sum + (step.minutes ?? 0), 0),
    unknownCount: parsed.filter((step) => step.minutes === null).length,
  }
}

/** 165 -> "2 h 45 min", 60 -> "1 h", 30 -> "30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

const stepsWithout = (count: number) =>
  `${count} ${count === 1 ? 'step' : 'steps'} without a stated duration`

/** "≥ 3 h 30 min, 3 steps without a stated duration" or "2 h in total". */
export function describeInterviewTime(summary: HiringSummary): string {
  if (summary.steps.length === 0) return 'No hiring process stated'
  if (summary.knownMinutes === 0) return 'No step states a duration'
  if (summary.unknownCount === 0) return `${formatMinutes(summary.knownMinutes)} in total`
  return `≥ ${formatMinutes(summary.knownMinutes)}, ${stepsWithout(summary.unknownCount)}`
}
