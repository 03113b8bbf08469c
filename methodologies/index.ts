import type { Methodology } from './types.ts'
import { forestAfforestation } from './forest-afforestation/index.ts'
import { maricultureSeaweed } from './mariculture-seaweed/index.ts'
import { maricultureShellfish } from './mariculture-shellfish/index.ts'
import { mangroveAfforestation } from './mangrove-afforestation/index.ts'
import { tidalWetlandRestoration } from './tidal-wetland-restoration/index.ts'
import { coastalTransition } from './coastal-transition/index.ts'
import { gepValuation } from './gep/index.ts'

/**
 * Any registered methodology. `compute` takes each methodology's own input
 * type, which makes Methodology<I, O> invariant in I; the registry therefore
 * erases the type parameters. Callers validate with `m.input` first, so the
 * value passed to `m.compute` always has the right shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegisteredMethodology = Methodology<any, any>

/** The explicit registry (style.md: no filesystem discovery). Order is the display order. */
export const methodologies: readonly RegisteredMethodology[] = [
  mangroveAfforestation,
  tidalWetlandRestoration,
  forestAfforestation,
  maricultureSeaweed,
  maricultureShellfish,
  // ── Other engineers: add your methodology here ────────────────────────────
  coastalTransition,
  gepValuation,
  // ─────────────────────────────────────────────────────────────────────────
]

/**
 * @returns the methodology with that public id, or undefined
 * @example getMethodology('mangrove-afforestation')?.version
 */
export function getMethodology(id: string): RegisteredMethodology | undefined {
  return methodologies.find((m) => m.id === id)
}
