import type { Plugin } from 'vite'

/**
 * The app's Content-Security-Policy: only its own origin, for everything. No inline script,
 * no eval, no inline style markup (styles set from script, as React does, still apply), no
 * plugins, and the pasted-posting parser runs in a worker from the app's own files.
 * `data:` images are the one exception: the favicon and CSS may inline small images.
 */
export const POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}

/** Directives a browser ignores (with a console error) in a meta tag: headers only. */
export const HEADER_ONLY: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
}

export const policyText = (policy: Record<string, string[]>) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ')

/**
 * The `_headers` file Netlify and Cloudflare Pages read (README, "Deploy"): the same policy
 * as the meta tag plus what only a header can say, and no sniffing or referrers.
 */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policyText({ ...POLICY, ...HEADER_ONLY })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n')
}

/**
 * Puts the policy in every built page as the first element of <head> (so it covers every
 * script and style after it; the posting pages are made from index.html and keep it) and
 * writes `_headers`. Build only: the dev server's React refresh runs an inline script.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'roleboard-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policyText(POLICY) },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() })
    },
  }
}
