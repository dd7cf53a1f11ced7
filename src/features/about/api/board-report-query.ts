import { queryOptions } from '@tanstack/react-query'
import { BOARD_REPORT_PATH, validateBoardReport, type BoardReport } from '@/model/board-report'

/** The build's report (counts, merges, files left out), a static file beside the data. */
async function loadBoardReport(): Promise<BoardReport> {
  const response = await fetch(`${import.meta.env.BASE_URL}${BOARD_REPORT_PATH}`)
  if (!response.ok) throw new Error(`the build report is missing (HTTP ${response.status})`)
  const checked = validateBoardReport(await response.json())
  if (!checked.ok) throw new Error(`the build report is not readable (${checked.message})`)
  return checked.report
}

export const boardReportQuery = () =>
  queryOptions({ queryKey: ['board-report'], queryFn: loadBoardReport, staleTime: Infinity })
