import fc from 'fast-check'
import { describe, it } from 'vitest'
import { afforestationInputs } from '../shared/testing/afforestation-inputs.ts'
import { checkLinearInDriver, checkNetNeverExceedsGross, describeAreaProperties, scaleArea } from '../shared/testing/area-properties.ts'
import { forestAfforestation } from './index.ts'
import { FOREST_SPECIES } from './spec.ts'

const inputs = afforestationInputs(
  {
    species: fc.constantFrom(...FOREST_SPECIES),
    plantingYear: fc.integer({ min: 2010, max: 2030 }),
    stemVolumeIncrementM3PerHaPerYear: fc.double({ min: 0, max: 40, noNaN: true }),
    woodDensityTdmPerM3: fc.double({ min: 0.2, max: 0.9, noNaN: true }),
  },
  { socChangeTcPerHaPerYear: fc.double({ min: 0, max: 0.8, noNaN: true }) },
)

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
