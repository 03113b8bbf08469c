import fc from 'fast-check'
import { describeAreaProperties } from '../shared/testing/area-properties.ts'
import { mangroveAfforestation } from './index.ts'
import { MANGROVE_SPECIES } from './species.ts'

const stratum = fc.record({
  species: fc.constantFrom(...MANGROVE_SPECIES),
  areaPercent: fc.double({ min: 1, max: 50, noNaN: true }),
  plantingYear: fc.integer({ min: 2015, max: 2030 }),
  survivalPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  agbGrowthTdmPerHaPerYear: fc.double({ min: 0, max: 15, noNaN: true }),
})

const inputs = fc.record({
  areaHa: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
  startYear: fc.constant(2025),
  creditingYears: fc.integer({ min: 6, max: 60 }),
  strata: fc.array(stratum, { minLength: 1, maxLength: 2 }),
  leakagePercent: fc.double({ min: 0, max: 30, noNaN: true }),
  uncertaintyPercent: fc.double({ min: 0, max: 40, noNaN: true }),
  baselineRemovalsTco2ePerHaPerYear: fc.double({ min: 0, max: 5, noNaN: true }),
  projectEmissionsTco2ePerHaPerYear: fc.double({ min: 0, max: 5, noNaN: true }),
})

describeAreaProperties(mangroveAfforestation, inputs)
