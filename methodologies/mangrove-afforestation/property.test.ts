import fc from 'fast-check'
import { describe, it } from 'vitest'
import { afforestationInputs } from '../shared/testing/afforestation-inputs.ts'
import { checkLinearInDriver, checkNetNeverExceedsGross, describeAreaProperties, scaleArea } from '../shared/testing/area-properties.ts'
import { mangroveAfforestation } from './index.ts'
import { MANGROVE_SPECIES } from './species.ts'

const inputs = afforestationInputs(
  {
    species: fc.constantFrom(...MANGROVE_SPECIES),
    plantingYear: fc.integer({ min: 2015, max: 2030 }),
    survivalPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    agbGrowthTdmPerHaPerYear: fc.double({ min: 0, max: 15, noNaN: true }),
  },
  { projectEmissionsTco2ePerHaPerYear: fc.double({ min: 0, max: 5, noNaN: true }) },
)

describeAreaProperties(mangroveAfforestation, inputs)

/** Kandelia strata without a linear rate grow on the default Chapman-Richards curve. */
const curveInputs = afforestationInputs(
  {
    plantingYear: fc.integer({ min: 1990, max: 2030 }),
    survivalPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  },
  { soilCarbonAccumulationTcPerHaPerYear: fc.double({ min: 0, max: 2, noNaN: true }) },
)

describe('mangrove-afforestation properties, default growth curve', () => {
  it('net credits never exceed gross removals', () => checkNetNeverExceedsGross(mangroveAfforestation, curveInputs))
  it('credits are linear in area', () => checkLinearInDriver(mangroveAfforestation, curveInputs, scaleArea))
})
