import type { ValidatedImport } from '@/storage/transfer'

export type ValidateRequest = { id: number; text: string; now: string }
export type ValidateResponse = { id: number; result: ValidatedImport }
