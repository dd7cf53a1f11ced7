// A prerendered page's controls are dead until the app makes them work: the build disables
// them (prerender-route.tsx), so that a click or a keystroke is never lost on one, and marks
// the ones it disabled, apart from those the app itself renders disabled. When the app adopts
// the page's markup (hydration, main.tsx), React keeps the attributes it finds: the marked
// controls are enabled once that is done.

/** The attribute marking a control the prerender disabled. */
export const PRERENDER_DISABLED = 'data-prerender-disabled'

/**
 * The start tag of a control as React writes it: its name, then its attributes (React
 * escapes `>` and `"` in attribute values, so neither the tag's end nor an attribute can be
 * made up by a value).
 */
const CONTROL_START = /<(button|select|input|textarea)\b([^>]*)>/g

/** `html` with each control that React renders enabled disabled and marked. */
export function disableControls(html: string): string {
  return html.replace(CONTROL_START, (tag, name: string, attributes: string) =>
    attributes.includes(' disabled=""')
      ? tag
      : `<${name} disabled="" ${PRERENDER_DISABLED}=""${attributes}>`,
  )
}

/** Enables the controls in `root` that the prerender disabled. */
export function enablePrerenderedControls(root: ParentNode): void {
  for (const control of root.querySelectorAll(`[${PRERENDER_DISABLED}]`)) {
    control.removeAttribute('disabled')
    control.removeAttribute(PRERENDER_DISABLED)
  }
}
