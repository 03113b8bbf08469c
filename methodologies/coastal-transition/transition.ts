import type { LulcClass } from './class.schema.ts'
import type { TransitionAction, TransitionCell } from './scenario.schema.ts'

export type DisturbedPool = 'biomass' | 'soil'
export const DISTURBED_POOLS: readonly DisturbedPool[] = ['biomass', 'soil']

/** What one transition does to one of the two pools that can be disturbed. */
export type PoolEffect = {
  disturbanceRatio: number
  accumulationTco2ePerHaYr: number
  halfLifeYears: number
}

export type TransitionEffect = {
  biomass: PoolEffect
  soil: PoolEffect
  /** Litter ignores the transition table: it accumulates at the destination class's rate. */
  litterAccumulationTco2ePerHaYr: number
}

const LEVEL = { 'low-impact-disturb': 'low', 'med-impact-disturb': 'med', 'high-impact-disturb': 'high' } as const

/**
 * Maps one transition-table cell to numbers, as InVEST's
 * `_read_transition_matrix` does: a disturbance takes the *source* class's
 * fraction, `accum` takes the *destination* class's rate, and everything else
 * (NCC, blank, accumulation on a disturb cell) is 0. The half-life is always
 * the source class's, because the carbon being emitted is the carbon the
 * source class held (InVEST reclassifies the prior snapshot's LULC).
 *
 * @param from class at the previous snapshot
 * @param to class at this snapshot
 * @param action the cell, or 'NCC' when the table has none
 * @returns per-pool disturbance ratio (0–1), accumulation (tCO2e/ha/yr) and half-life (years)
 * @example transitionEffect(mangrove, pond, 'high-impact-disturb').soil.disturbanceRatio // mangrove.soilDisturbance.high
 * @see invest-cbc.md §1a "Transition table"
 */
export function transitionEffect(from: LulcClass, to: LulcClass, action: TransitionAction): TransitionEffect {
  const level = action === 'accum' || action === 'NCC' ? null : LEVEL[action]
  const effect = (pool: DisturbedPool): PoolEffect => ({
    disturbanceRatio: level ? from[`${pool}Disturbance`][level] : 0,
    accumulationTco2ePerHaYr: action === 'accum' ? to[`${pool}Accumulation`] : 0,
    halfLifeYears: from[`${pool}HalfLife`],
  })
  return { biomass: effect('biomass'), soil: effect('soil'), litterAccumulationTco2ePerHaYr: to.litterAccumulation }
}

/** The cell for from → to, or null when the table has none (InVEST's blank, read as NCC). */
export function findCell(cells: readonly TransitionCell[], from: string, to: string): TransitionAction | null {
  return cells.find((c) => c.from === from && c.to === to)?.action ?? null
}
