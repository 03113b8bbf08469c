import fc from 'fast-check'
import { afforestationInputs } from '../shared/testing/afforestation-inputs.ts'
import { describeAreaProperties } from '../shared/testing/area-properties.ts'
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
