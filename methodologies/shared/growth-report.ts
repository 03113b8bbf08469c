import { z } from 'zod'
import { citationSchema } from '../types.ts'
import type { Citation } from '../types.ts'
import { sizeAtAge, type GrowthCurve } from './growth-curves.ts'

/**
 * A growth curve as the result shows it: the model, its parameters and their
 * source, and the size by age so a reader (and the chart) can see its shape.
 */
export const growthCurveReportSchema = z.object({
  /** Indices of the strata that use this curve (identical curves are reported once). */
  strata: z.array(z.number().int()),
  species: z.string(),
  quantity: z.enum(['above-ground-biomass', 'stem-volume']),
  unit: z.enum(['t d.m./ha', 'm3/ha']),
  kind: z.enum(['linear', 'chapman-richards']),
  parameters: z.record(z.string(), z.number()),
  /** Age after which the size is held (no extrapolation past it); null = not held. */
  holdAfterAgeYears: z.number().nullable(),
  source: citationSchema,
  /** Size at the end of each age from 0 to the oldest age reached in the crediting period. */
  points: z.array(z.object({ ageYears: z.number().int(), value: z.number() })),
})
export type GrowthCurveReport = z.output<typeof growthCurveReportSchema>

export type StratumCurve = {
  stratumIndex: number
  species: string
  quantity: GrowthCurveReport['quantity']
  unit: GrowthCurveReport['unit']
  curve: GrowthCurve
  source: Citation
  lastAgeYears: number
}

function parameters(curve: GrowthCurve): Record<string, number> {
  return curve.kind === 'linear'
    ? { incrementPerYear: curve.incrementPerYear }
    : { max: curve.max, rateKPerYear: curve.rateKPerYear, shapeP: curve.shapeP }
}

/** One report per distinct curve, listing the strata that share it. */
export function reportGrowthCurves(strata: readonly StratumCurve[]): GrowthCurveReport[] {
  const byKey = new Map<string, GrowthCurveReport>()
  for (const s of strata) {
    const key = JSON.stringify([s.species, s.quantity, s.curve, s.source.id, s.source.locator])
    const lastAge = Math.max(0, s.lastAgeYears)
    const existing = byKey.get(key)
    if (existing) {
      existing.strata.push(s.stratumIndex)
      for (let age = existing.points.length; age <= lastAge; age++) existing.points.push({ ageYears: age, value: sizeAtAge(s.curve, age) })
      continue
    }
    byKey.set(key, {
      strata: [s.stratumIndex],
      species: s.species,
      quantity: s.quantity,
      unit: s.unit,
      kind: s.curve.kind,
      parameters: parameters(s.curve),
      holdAfterAgeYears: s.curve.holdAfterAgeYears ?? null,
      source: s.source,
      points: Array.from({ length: lastAge + 1 }, (_, age) => ({ ageYears: age, value: sizeAtAge(s.curve, age) })),
    })
  }
  return [...byKey.values()]
}
