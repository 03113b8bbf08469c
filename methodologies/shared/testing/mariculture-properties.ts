// Test-only helper: the area-based properties for the harvest-driven mariculture methodologies.
import fc from 'fast-check'
import { describeAreaProperties } from './area-properties.ts'

type Subject = Parameters<typeof describeAreaProperties>[0]
type Harvest = { species: string; harvestTonnesPerYear: number; weightBasis: 'fresh' | 'dry' }

function maricultureInputs(species: readonly string[], extra: Record<string, fc.Arbitrary<unknown>>) {
  return fc.record({
    areaHa: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
    startYear: fc.constant(2025),
    creditingYears: fc.integer({ min: 1, max: 60 }),
    harvests: fc.array(
      fc.record({
        species: fc.constantFrom(...species),
        harvestTonnesPerYear: fc.double({ min: 0, max: 1e6, noNaN: true }),
        weightBasis: fc.constantFrom('fresh', 'dry'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    leakagePercent: fc.double({ min: 0, max: 30, noNaN: true }),
    uncertaintyPercent: fc.double({ min: 0, max: 40, noNaN: true }),
    creditHarvestedBiomass: fc.boolean(),
    ...extra,
  })
}

/** The harvest drives the estimate, so scaling the farm scales harvest and area together. */
const scaleFarm = (raw: Record<string, unknown>, k: number) => ({
  ...raw,
  areaHa: (raw.areaHa as number) * k,
  harvests: (raw.harvests as Harvest[]).map((h) => ({ ...h, harvestTonnesPerYear: h.harvestTonnesPerYear * k })),
})

/**
 * @param species the species the methodology credits (fed species are refused by the schema, so not drawn)
 * @param extra arbitraries for the methodology's own required fields (e.g. includeShellCarbon)
 */
export function describeMaricultureProperties(m: Subject, species: readonly string[], extra: Record<string, fc.Arbitrary<unknown>> = {}): void {
  describeAreaProperties(m, maricultureInputs(species, extra), { driver: 'the farmed harvest', scale: scaleFarm })
}
