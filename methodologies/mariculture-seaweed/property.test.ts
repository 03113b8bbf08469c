import fc from 'fast-check'
import { describe, it } from 'vitest'
import { checkDeterministic, checkLinearInDriver, checkNetNeverExceedsGross } from '../shared/testing/area-properties.ts'
import { maricultureSeaweed } from './index.ts'

const inputs = fc.record({
  areaHa: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
  startYear: fc.constant(2025),
  creditingYears: fc.integer({ min: 1, max: 60 }),
  harvests: fc.array(
    fc.record({ species: fc.constantFrom(...['kelp','undaria','porphyra','gracilaria','other-algae']), harvestTonnesFreshWeightPerYear: fc.double({ min: 0, max: 1e6, noNaN: true }) }),
    { minLength: 1, maxLength: 3 },
  ),
  leakagePercent: fc.double({ min: 0, max: 30, noNaN: true }),
  uncertaintyPercent: fc.double({ min: 0, max: 40, noNaN: true }),
})

/** The harvest drives the estimate, so scaling the farm scales harvest and area together. */
const scaleFarm = (raw: Record<string, unknown>, k: number) => ({
  ...raw,
  areaHa: (raw.areaHa as number) * k,
  harvests: (raw.harvests as { species: string; harvestTonnesFreshWeightPerYear: number }[]).map((h) => ({
    ...h,
    harvestTonnesFreshWeightPerYear: h.harvestTonnesFreshWeightPerYear * k,
  })),
})

describe('mariculture-seaweed properties', () => {
  it('net credits never exceed gross removals', () => checkNetNeverExceedsGross(maricultureSeaweed, inputs))
  it('credits are linear in the farmed harvest (×2 doubles, ×1e-6 tends to zero)', () => checkLinearInDriver(maricultureSeaweed, inputs, scaleFarm))
  it('is deterministic', () => checkDeterministic(maricultureSeaweed, inputs))
})
