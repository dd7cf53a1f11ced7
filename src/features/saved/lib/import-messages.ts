import type { MigratedRecord } from '@/storage/migrations'
import type { Refusal } from '@/storage/transfer'

/** The file itself goes to the worker: reading and decoding megabytes happens there too. */
export type ValidateRequest = { id: number; file: Blob; now: string }
/**
 * The worker answers with the valid records in chunks (each arrives as its own task, so
 * the page never spends one long stretch copying 30,000 records in), then the outcome.
 */
export type ValidateResponse =
  | { id: number; chunk: MigratedRecord[] }
  | { id: number; done: { ok: true; refused: Refusal[] } | { ok: false; reason: string } }

/** Records per message. */
export const CHUNK_SIZE = 100
