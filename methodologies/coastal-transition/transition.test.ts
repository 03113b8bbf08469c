import { describe, expect, it } from 'vitest'
import type { LulcClass } from './class.schema.ts'
import type { TransitionCell } from './scenario.schema.ts'
import { findCell, transitionEffect } from './transition.ts'

/*
 * InVEST test_read_transition_matrix: classes a, b, c with
 *   soil-yearly-accumulation 2 / 6 / 10, biomass-yearly-accumulation 3 / 7 / 11,
 *   soil-high-impact-disturb 4 / 8 / 12, biomass-high-impact-disturb 5 / 9 / 13;
 * table rows  a: NCC, accum, high-impact-disturb
 *             b: (blank), NCC, accum
 *             c: accum, (blank), NCC
 * Expected: disturbance only at (a → c) with a's values (soil 4, biomass 5);
 * accumulation at (c → a) = a's (2, 3), (a → b) = b's (6, 7), (b → c) = c's (10, 11); every other entry 0.
 */
function row(name: string, soilAcc: number, biomassAcc: number, soilHigh: number, biomassHigh: number, halfLife: number): LulcClass {
  return {
    lulcClass: name,
    biomassInitial: 0,
    soilInitial: 0,
    litterInitial: 0,
    biomassAccumulation: biomassAcc,
    soilAccumulation: soilAcc,
    litterAccumulation: 0,
    biomassHalfLife: halfLife,
    soilHalfLife: halfLife,
    biomassDisturbance: { low: 0, med: 0, high: biomassHigh },
    soilDisturbance: { low: 0, med: 0, high: soilHigh },
  }
}

const classes = { a: row('a', 2, 3, 4, 5, 1), b: row('b', 6, 7, 8, 9, 2), c: row('c', 10, 11, 12, 13, 3) }
const table: TransitionCell[] = [
  { from: 'a', to: 'a', action: 'NCC' },
  { from: 'a', to: 'b', action: 'accum' },
  { from: 'a', to: 'c', action: 'high-impact-disturb' },
  { from: 'b', to: 'b', action: 'NCC' },
  { from: 'b', to: 'c', action: 'accum' },
  { from: 'c', to: 'a', action: 'accum' },
  { from: 'c', to: 'c', action: 'NCC' },
]

const expected: Record<string, { soilDist: number; biomassDist: number; soilAcc: number; biomassAcc: number }> = {
  'a→c': { soilDist: 4, biomassDist: 5, soilAcc: 0, biomassAcc: 0 },
  'c→a': { soilDist: 0, biomassDist: 0, soilAcc: 2, biomassAcc: 3 },
  'a→b': { soilDist: 0, biomassDist: 0, soilAcc: 6, biomassAcc: 7 },
  'b→c': { soilDist: 0, biomassDist: 0, soilAcc: 10, biomassAcc: 11 },
}

describe('transitionEffect reproduces InVEST test_read_transition_matrix', () => {
  const names = ['a', 'b', 'c'] as const
  for (const from of names) {
    for (const to of names) {
      it(`${from} → ${to}`, () => {
        const effect = transitionEffect(classes[from], classes[to], findCell(table, from, to) ?? 'NCC')
        const want = expected[`${from}→${to}`] ?? { soilDist: 0, biomassDist: 0, soilAcc: 0, biomassAcc: 0 }
        expect({
          soilDist: effect.soil.disturbanceRatio,
          biomassDist: effect.biomass.disturbanceRatio,
          soilAcc: effect.soil.accumulationTco2ePerHaYr,
          biomassAcc: effect.biomass.accumulationTco2ePerHaYr,
        }).toEqual(want)
      })
    }
  }

  it('takes the half-life from the source class and litter from the destination', () => {
    const effect = transitionEffect(classes.a, { ...classes.c, litterAccumulation: 0.7 }, 'high-impact-disturb')
    expect(effect.soil.halfLifeYears).toBe(1)
    expect(effect.biomass.halfLifeYears).toBe(1)
    expect(effect.litterAccumulationTco2ePerHaYr).toBe(0.7)
  })

  it('finds no cell for a blank pair', () => {
    expect(findCell(table, 'b', 'a')).toBeNull()
  })
})
