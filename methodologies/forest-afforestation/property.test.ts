import fc from 'fast-check'
import { describe, it } from 'vitest'
import { checkDeterministic, checkLinearInDriver, checkNetNeverExceedsGross, scaleArea } from '../shared/testing/area-properties.ts'
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

describe('forest-afforestation properties', () => {
  it('net credits never exceed gross removals', () => checkNetNeverExceedsGross(forestAfforestation, inputs))
  it('credits are linear in area', () => checkLinearInDriver(forestAfforestation, inputs, scaleArea))
  it('is deterministic', () => checkDeterministic(forestAfforestation, inputs))
  it('minimal input: net credits never exceed gross removals', () => checkNetNeverExceedsGross(forestAfforestation, minimalInputs))
  it('minimal input: credits are linear in area', () => checkLinearInDriver(forestAfforestation, minimalInputs, scaleArea))
})
