// Relative imports only: the Vite config loads this file through Node
// (scripts/theme-boot-plugin.ts).
//
// A browser loads its ICU data (what every Intl object and localeCompare read) with the
// first Intl object the page makes: 40-100 ms of one task on this machine, more on a phone,
// and the pages name countries, sums and dates, and sort facet values, in their first
// render. That data is the process's, not the page's: made once in a worker, on another
// thread while the app's scripts still arrive, it is there when the app asks (the app's
// first Intl object then takes under a millisecond, measured in Chromium).

/** The worker's source: one object of each Intl kind the app uses, then it ends. */
export const INTL_WARMUP_SOURCE =
  'try{new Intl.DisplayNames(["en"],{type:"region"}).of("US");' +
  'new Intl.NumberFormat("en",{style:"currency",currency:"EUR",maximumFractionDigits:0}).format(1);' +
  'new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric"}).format(0);' +
  'new Intl.Collator().compare("a","b")}catch(e){}close();\n'

/** The boot script's statement that starts the warm-up worker at `url` (never throws). */
export function intlWarmupStart(url: string): string {
  return `try{new Worker(${JSON.stringify(url)})}catch(e){}`
}
