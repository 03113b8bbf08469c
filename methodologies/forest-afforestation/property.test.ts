import fc from 'fast-check'
import { describe, it } from 'vitest'
import { checkLinearInDriver, checkNetNeverExceedsGross, describeAreaProperties, scaleArea } from '../shared/testing/area-properties.ts'
import { forestAfforestation } from './index.ts'
import { FOREST_SPECIES } from './spec.ts'

const stratum = fc.record({
  species: fc.constantFrom(...FOREST_SPECIES),
  areaPercent: fc.double({ min: 1, max: 50, noNaN: true }),
  plantingYear: fc.integer({ min: 2010, max: 2030 }),
  stemVolumeIncrementM3PerHaPerYear: fc.double({ min: 0, max: 40, noNaN: true }),
  woodDensityTdmPerM3: fc.double({ min: 0.2, max: 0.9, noNaN: true }),
})

const inputs = fc.record({
  areaHa: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
  startYear: fc.constant(2025),
  creditingYears: fc.integer({ min: 6, max: 60 }),
  strata: fc.array(stratum, { minLength: 1, maxLength: 2 }),
  leakagePercent: fc.double({ min: 0, max: 30, noNaN: true }),
  uncertaintyPercent: fc.double({ min: 0, max: 40, noNaN: true }),
  socChangeTcPerHaPerYear: fc.double({ min: 0, max: 0.8, noNaN: true }),
  baselineRemovalsTco2ePerHaPerYear: fc.double({ min: 0, max: 5, noNaN: true }),
})

/** Minimal inputs fall back on the cited eucalyptus defaults. */
const minimalInputs = fc.record({
  areaHa: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
  startYear: fc.integer({ min: 1990, max: 2100 }),
  creditingYears: fc.integer({ min: 1, max: 200 }),
})

describeAreaProperties(forestAfforestation, inputs)

describe('forest-afforestation properties, minimal input', () => {
  it('net credits never exceed gross removals', () => checkNetNeverExceedsGross(forestAfforestation, minimalInputs))
  it('credits are linear in area', () => checkLinearInDriver(forestAfforestation, minimalInputs, scaleArea))
})
