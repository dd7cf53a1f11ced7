// The app's script starts after the page's first paint. Relative imports only: the Vite
// config loads this file through Node (scripts/app-start-plugin.ts).
//
// Every page's HTML already paints its content (the board's first view, a posting's page),
// so the module script, its preloaded chunks and the data files it needs first are not
// fetched with the HTML: they wait in a <template> (inert: nothing in it loads or runs)
// until the boot script, once the document is parsed and a frame has painted, puts them
// into the head. The style sheet and the HTML alone make the first paint.

/** The `<template>` holding the app's start: its script, chunk preloads and data preloads. */
export const APP_START_ID = 'app-start'

const START_TAGS = [
  /<script\s[^>]*type="module"[^>]*><\/script>\s*/g,
  /<link\s[^>]*rel="modulepreload"[^>]*>\s*/g,
  /<link\s[^>]*rel="preload"[^>]*as="fetch"[^>]*>\s*/g,
]

/** index.html with its module script and preloads moved into the app-start template. */
export function deferAppStart(html: string): string {
  const moved: string[] = []
  let rest = html
  for (const pattern of START_TAGS)
    rest = rest.replace(pattern, (tag) => {
      moved.push(tag.trim())
      return ''
    })
  if (!moved.some((tag) => tag.startsWith('<script'))) return html
  return rest.replace(
    '</head>',
    `<template id="${APP_START_ID}">${moved.join('')}</template>\n  </head>`,
  )
}

/**
 * The page's data preloads (`<link rel="preload" as="fetch">`) replaced by `links`, and
 * `after` (the route's own chunks) added after the entry's tags, which load first.
 */
export function withStartPreloads(html: string, links: string, after = ''): string {
  const open = `<template id="${APP_START_ID}">`
  const start = html.indexOf(open)
  if (start < 0) throw new Error(`the page has no <template id="${APP_START_ID}">`)
  const body = start + open.length
  const end = html.indexOf('</template>', body)
  const kept = html.slice(body, end).replace(START_TAGS[2]!, '')
  return html.slice(0, body) + links + kept + after + html.slice(end)
}

/**
 * The attribute of the compare page's app-start template naming the folder of the posting
 * files (`/data/<hash>/postings/`): the boot script preloads the files of the roles the
 * address names with the app's script, instead of once the script has run.
 */
export const POSTINGS_BASE_ATTRIBUTE = 'data-postings'

/**
 * The boot script's part that starts the app: after the document is parsed and its first
 * contentful paint is reported, the template's tags go into the head (cloned from a
 * template, a script runs, unlike one set through innerHTML). The paint's report, not the
 * next animation frame: a frame is shown some time after its callbacks run (long where
 * frames are drawn in software), and scripts asked for in that time count against the
 * first paint (Lighthouse's simulation puts every request made before the observed first
 * paint on its path). Browsers without paint timing wait for a frame. A tab opened in the
 * background paints no frame, so it starts at once, as does one hidden before its paint;
 * a paint that never comes is waited for 3 s at most (a slow first layout on a busy phone
 * can take over 1 s, and the app would then compete with it). `onStart`: statements run
 * when the app starts (the Intl warm-up, src/app/intl-warmup.ts).
 * On the compare page, preloads of the compared postings' files go with them (up to four
 * ids of the `ids` parameter that are their own file names, as the app reads them).
 */
export function appStartBootSource({ onStart = '' }: { onStart?: string } = {}): string {
  const attribute = JSON.stringify(POSTINGS_BASE_ATTRIBUTE)
  const preloadCompared =
    `var b=t.getAttribute(${attribute});if(b&&location.pathname==="/compare"){var q=new URLSearchParams(location.search).getAll("ids").join(",").split(","),n=0,k={};` +
    `for(var i=0;i<q.length&&n<4;i++){var id=q[i].trim();if(!id||k[id])continue;k[id]=1;n++;if(!/^[a-z0-9-]{1,200}$/.test(id))continue;` +
    `var l=d.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="";l.href=b+id+".json";d.head.appendChild(l)}}`
  return `;(function(){var d=document,s=0;function go(){if(s)return;s=1;var t=d.getElementById(${JSON.stringify(APP_START_ID)});if(!t)return;d.head.appendChild(d.importNode(t.content,true));${onStart}${preloadCompared}}function ready(){if(d.visibilityState!=="visible")return go();var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){var o=new P(function(l){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go,0)}});o.observe({type:"paint",buffered:true});d.addEventListener("visibilitychange",go)}else requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,3000)}if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",ready);else ready()})();\n`
}

/**
 * A line of the classic boot script in every page's head (scripts/theme-boot-plugin.ts).
 * index.html holds the board's default view (`<div id="root" data-view="board">`, static-pages.ts), and
 * static hosts answer other routes with it too: at any other address (another route, or
 * the board with filters in its query) that view would show roles the page does not, so
 * styles.css hides its main part until the app renders the right one.
 */
export const STALE_VIEW_ATTRIBUTE = 'data-stale-view'
export function staleViewBootSource(): string {
  return `if(location.pathname!=="/"||location.search)document.documentElement.setAttribute(${JSON.stringify(STALE_VIEW_ATTRIBUTE)},"");\n`
}
