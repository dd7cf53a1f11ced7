import { describe, expect, it } from 'vitest'
import { headersFile, policyText, POLICY } from './content-security-policy.ts'

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own origin for script, workers and connections, and no eval', () => {
    expect(policyText(POLICY)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'",
    )
  })

  it('keeps what a meta tag cannot say (frame-ancestors) for the _headers file', () => {
    expect(policyText(POLICY)).not.toContain('frame-ancestors')
    expect(headersFile()).toBe(
      '/*\n' +
        "  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
        "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'\n" +
        '  X-Content-Type-Options: nosniff\n' +
        '  Referrer-Policy: no-referrer\n',
    )
  })
})
