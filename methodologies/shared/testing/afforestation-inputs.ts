// Test-only helper: property-test inputs of the stratified afforestation methodologies.
import fc from 'fast-check'

/**
 * A full input: the crediting fields, one or two strata (each 1–50 % of the
 * site, so their total stays within 100 %) and the deductions, plus the
 * methodology's own fields.
 *
 * @param stratum the methodology's stratum fields besides `areaPercent`
 * @param extra the methodology's other top-level fields
 */
export function afforestationInputs(stratum: Record<string, fc.Arbitrary<unknown>>, extra: Record<string, fc.Arbitrary<unknown>>) {
  return fc.record({
    areaHa: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
    startYear: fc.constant(2025),
    creditingYears: fc.integer({ min: 6, max: 60 }),
    strata: fc.array(fc.record({ areaPercent: fc.double({ min: 1, max: 50, noNaN: true }), ...stratum }), { minLength: 1, maxLength: 2 }),
    leakagePercent: fc.double({ min: 0, max: 30, noNaN: true }),
    uncertaintyPercent: fc.double({ min: 0, max: 40, noNaN: true }),
    baselineRemovalsTco2ePerHaPerYear: fc.double({ min: 0, max: 5, noNaN: true }),
    ...extra,
  })
}
