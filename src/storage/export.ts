import { RECORD_KINDS, SCHEMA_VERSION, type RecordKind, type RecordOf } from './schema'
import type { StoreSnapshot } from './store'

/*
 * Writing the export file, apart from reading one (transfer.ts): the notice about set-aside
 * data offers an export on every page, so this part is in the first load and stays small.
 */

export const EXPORT_FORMAT = 'roleboard-export'

/** Plural names of the collections in an export file. */
export const FILE_FIELDS = {
  bookmark: 'bookmarks',
  hidden: 'hidden',
  seen: 'seen',
  search: 'searches',
  pasted: 'pastedPostings',
  tray: 'compareTray',
  quarantine: 'setAside',
} as const satisfies Record<RecordKind, string>

export type ExportFile = {
  format: typeof EXPORT_FORMAT
  version: number
  exportedAt: string
} & { [K in RecordKind as (typeof FILE_FIELDS)[K]]: RecordOf[K][] }

/** Everything the store holds, set-aside data and the compare tray included. */
export function buildExport(snapshot: StoreSnapshot, exportedAt: string): ExportFile {
  const file = { format: EXPORT_FORMAT, version: SCHEMA_VERSION, exportedAt } as ExportFile
  for (const kind of RECORD_KINDS)
    (file as Record<string, unknown>)[FILE_FIELDS[kind]] = [...snapshot[kind].values()]
  return file
}
