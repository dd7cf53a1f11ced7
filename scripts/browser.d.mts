export const SYSTEM_CHROMIUM: string
export const CHROMIUM_ARGS: string[]
export function findBrowser(): {
  kind: 'playwright' | 'system' | 'env'
  executablePath?: string
} | null
