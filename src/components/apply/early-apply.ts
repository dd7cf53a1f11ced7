// Apply clicked on a prerendered posting page before the app took it over. Relative
// imports only: the Vite config loads this file through Node to write the boot script
// (scripts/theme-boot-plugin.ts).

/** On the posting page's Apply link: the id of the role it applies to. */
export const APPLY_FOR_ATTRIBUTE = 'data-apply-for'

/** On <html>: the role whose Apply was clicked while the page was still the static one. */
export const APPLIED_EARLY_ATTRIBUTE = 'data-applied-early'

/**
 * The prerendered page's Apply is a plain link (it works before any module runs), so its
 * click opens the employer's page but nobody is there to offer "Mark as applied". The boot
 * script notes such a click on <html> while the page is still the static one
 * (`#root[data-view]`); the app's posting header picks it up when it takes over and
 * offers to track the role as a click on its own Apply would.
 */
export function earlyApplyBootSource(): string {
  const selector = JSON.stringify(`#root[data-view] a[${APPLY_FOR_ATTRIBUTE}]`)
  return `document.addEventListener("click",function(e){var a=e.target&&e.target.closest&&e.target.closest(${selector});if(a)document.documentElement.setAttribute(${JSON.stringify(APPLIED_EARLY_ATTRIBUTE)},a.getAttribute(${JSON.stringify(APPLY_FOR_ATTRIBUTE)}))},true);\n`
}

/** Whether Apply was clicked for this role before the app took over (read, not cleared). */
export function appliedEarly(postingId: string): boolean {
  return (
    typeof document !== 'undefined' &&
    document.documentElement.getAttribute(APPLIED_EARLY_ATTRIBUTE) === postingId
  )
}

/** The early click has been answered: another role's page (or this one later) does not repeat it. */
export function clearAppliedEarly(): void {
  document.documentElement.removeAttribute(APPLIED_EARLY_ATTRIBUTE)
}
