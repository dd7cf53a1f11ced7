import { queryOptions, useQuery } from '@tanstack/react-query'
import type { CSSProperties } from 'react'
import { logoLoaders } from 'virtual:tech-logos'

const logoQuery = (key: string) =>
  queryOptions({
    queryKey: ['tech-logo', key] as const,
    queryFn: async () => {
      const load = logoLoaders[key]
      return load ? (await load()).default : null
    },
    staleTime: Infinity,
  })

/**
 * A technology's brand logo (simple-icons), loaded on first show as its own small chunk.
 * Decorative: the name is always written beside it. Drawn as React elements, in the brand
 * colour where it contrasts with the chip, else in the text colour.
 */
export function TechLogo({ name }: { name: string }) {
  const key = name.toLowerCase()
  const known = key in logoLoaders
  const { data } = useQuery({ ...logoQuery(key), enabled: known })
  if (!known) return null
  if (!data) return <span aria-hidden="true" className="inline-block size-4 shrink-0" />
  const colours = {
    '--logo-light': data.light ?? 'currentColor',
    '--logo-dark': data.dark ?? 'currentColor',
  } as CSSProperties
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      data-logo={key}
      style={colours}
      className="size-4 shrink-0 fill-(--logo-light) dark:fill-(--logo-dark)"
    >
      <path d={data.path} />
    </svg>
  )
}
