import { geoEqualEarth, geoPath } from 'd3-geo'
import countries from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json'
import { countryName } from '@/lib/posting-format'
import type { Count } from '../lib/insights'

const WIDTH = 960
const HEIGHT = 470

type Shape = { id: string; d: string }

/** The countries' outlines, projected once: the shipped atlas (Natural Earth 1:110m), no tiles. */
let shapes: Shape[] | null = null
function countryShapes(): Shape[] {
  if (shapes) return shapes
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>
  const collection = feature(topology, topology.objects.countries)
  const path = geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], collection))
  shapes = collection.features.flatMap((country) => {
    const d = path(country)
    return d && country.id !== undefined ? [{ id: String(country.id).padStart(3, '0'), d }] : []
  })
  return shapes
}

/** Five steps of the accent colour: how many roles a country has, relative to the most. */
const STEPS = ['opacity-25', 'opacity-40', 'opacity-60', 'opacity-80', 'opacity-100']
const stepOf = (count: number, most: number) =>
  STEPS[Math.min(STEPS.length - 1, Math.floor((count / most) * STEPS.length))]!

/**
 * Where the roles of the view are, by the countries their postings name. A picture for
 * sighted readers (hidden from screen readers); the table beside it carries the same
 * figures for everyone.
 */
export function RolesMap({ counts }: { counts: Count[] }) {
  const byNumeric = new Map<string, Count>()
  for (const count of counts) {
    const numeric = countries.alpha2ToNumeric(count.value)
    if (numeric) byNumeric.set(numeric.padStart(3, '0'), count)
  }
  const most = Math.max(1, ...counts.map((count) => count.count))
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      className="h-auto w-full"
      data-testid="roles-map"
    >
      {countryShapes().map((shape) => {
        const count = byNumeric.get(shape.id)
        return (
          <path
            key={shape.id}
            d={shape.d}
            className={
              count
                ? `fill-accent stroke-surface ${stepOf(count.count, most)}`
                : 'fill-raised stroke-line'
            }
            strokeWidth={0.5}
          >
            {count && (
              <title>
                {countryName(count.value)}: {count.count} {count.count === 1 ? 'role' : 'roles'}
              </title>
            )}
          </path>
        )
      })}
    </svg>
  )
}
