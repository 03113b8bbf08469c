import fc from 'fast-check'
import { describeAreaProperties } from '../shared/testing/area-properties.ts'
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

describeAreaProperties(tidalWetlandRestoration, inputs)
