import * as v from 'valibot'
import { PostingIdSchema } from './posting-id.ts'

/**
 * What the build did with the postings folder, shipped beside the data so the "About this
 * board" page can say it: when the board was built, how many files became how many
 * postings, which roles were merged from several files, and every file left out with its
 * reason (nothing is skipped silently).
 */
export const BoardReportSchema = v.object({
  version: v.literal(1),
  /** ISO date and time of the build. */
  builtAt: v.pipe(v.string(), v.isoTimestamp()),
  /** Posting files found (read or not), symbolic links and other non-files included. */
  files: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Postings on the board, after merging. */
  postings: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Postings folded into another because they are the same role. */
  merged: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The roles found in several files: the posting's id and every file, in order. */
  merges: v.array(v.object({ id: PostingIdSchema, files: v.array(v.string()) })),
  /** Files the board was built without (POSTINGS_ON_ERROR=skip), each with its reason. */
  skipped: v.array(v.object({ file: v.string(), reason: v.string() })),
})

export type BoardReport = v.InferOutput<typeof BoardReportSchema>
export type SkippedFile = BoardReport['skipped'][number]

export function validateBoardReport(
  data: unknown,
): { ok: true; report: BoardReport } | { ok: false; message: string } {
  const result = v.safeParse(BoardReportSchema, data)
  if (result.success) return { ok: true, report: result.output }
  const issue = result.issues[0]
  return { ok: false, message: `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` }
}

/** Where the build writes the report, relative to the site's base URL. */
export const BOARD_REPORT_PATH = 'data/report.json'
