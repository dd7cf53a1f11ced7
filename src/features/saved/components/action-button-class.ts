import { iconActionClass } from '@/components/ui/action-label'

/** Secondary buttons beside a posting (bookmark, hide); matches the other slot actions. */
export const actionButtonClass = `inline-flex min-h-9 items-center gap-1 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-raised disabled:opacity-60 ${iconActionClass}`
