import type { CSSProperties } from 'react'
import { logoLoaders } from 'virtual:tech-logos'
import { nextTask } from '@/lib/next-task'
import { logoHook } from './tech-logo-store'

const useLogo = logoHook(logoLoaders, nextTask)

/**
 * A technology's brand logo (simple-icons), loaded on first show as its own small chunk.
 * Decorative: the name is always written beside it. Drawn as React elements, in the brand
 * colour where it contrasts with the chip, else in the text colour. Until it arrives, the
 * same element empty, at its size: the logo then adds its path to it, rather than an
 * element replaced by another (a page shows dozens: each DOM change counts).
 */
export function TechLogo({ name }: { name: string }) {
  const key = name.toLowerCase()
  const { known, data } = useLogo(key)
  if (!known) return null
  const colours = data
    ? ({
        '--logo-light': data.light ?? 'currentColor',
        '--logo-dark': data.dark ?? 'currentColor',
      } as CSSProperties)
    : undefined
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      data-logo={data ? key : undefined}
      style={colours}
      className="size-4 shrink-0 fill-(--logo-light) dark:fill-(--logo-dark)"
    >
      {data && <path d={data.path} />}
    </svg>
  )
}
