import type { ParseManyResult } from '@/parser/index'

export type ParseRequest = { id: number; text: string; file?: string; now: string }
export type ParseResponse = { id: number; result: ParseManyResult }
