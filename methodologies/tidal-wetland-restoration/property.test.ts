import fc from 'fast-check'
import { describe, it } from 'vitest'
import { checkDeterministic, checkLinearInDriver, checkNetNeverExceedsGross, scaleArea } from '../shared/testing/area-properties.ts'
import { tidalWetlandRestoration } from './index.ts'

const inputs = fc.record({
  areaHa: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
  startYear: fc.constant(2025),
  creditingYears: fc.integer({ min: 1, max: 100 }),
  ecosystem: fc.constantFrom('salt-marsh', 'seagrass'),
  vegetationCoverPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  soilOrganicCarbonPercent: fc.double({ min: 0.1, max: 20, noNaN: true }),
  leakagePercent: fc.double({ min: 0, max: 30, noNaN: true }),
  nerErrorPercent: fc.double({ min: 0, max: 60, noNaN: true }),
  baselineRemovalsTco2ePerHaPerYear: fc.double({ min: 0, max: 5, noNaN: true }),
})

describe('tidal-wetland-restoration properties', () => {
  it('net credits never exceed gross removals', () => checkNetNeverExceedsGross(tidalWetlandRestoration, inputs))
  it('credits are linear in area', () => checkLinearInDriver(tidalWetlandRestoration, inputs, scaleArea))
  it('is deterministic', () => checkDeterministic(tidalWetlandRestoration, inputs))
})
