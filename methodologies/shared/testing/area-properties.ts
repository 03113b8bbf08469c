// Test-only helper: the fast-check properties every area-based methodology must hold.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TCO2E_KEYS } from '../../types.ts'
import type { AreaBasedOutput } from '../result-schema.ts'

/** A methodology as the test helpers use it: parse the raw input, then compute. */
export type Subject = { input: { parse: (x: unknown) => unknown }; compute: (x: never) => AreaBasedOutput }

function run(m: Subject, raw: unknown): AreaBasedOutput {
  return m.compute(m.input.parse(raw) as never)
}

function closeRel(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** Net credits never exceed gross removals, in any year or in total. */
export function checkNetNeverExceedsGross(m: Subject, inputs: fc.Arbitrary<Record<string, unknown>>): void {
  fc.assert(
    fc.property(inputs, (raw) => {
      const r = run(m, raw)
      for (const y of r.years) expect(y.netCreditsTco2e).toBeLessThanOrEqual(y.grossRemovalsTco2e + 1e-9)
      expect(r.totals.netCreditsTco2e).toBeLessThanOrEqual(r.totals.grossRemovalsTco2e + 1e-9)
    }),
    { numRuns: 100 },
  )
}

/**
 * Scaling the driver (areaHa, or harvest tonnage for mariculture) by k scales
 * every total by k. With k = 2 this is "doubling area doubles credits"; with a
 * tiny k it shows the result tends to zero as the area does (area 0 itself is
 * refused by the schema).
 */
export function checkLinearInDriver(
  m: Subject,
  inputs: fc.Arbitrary<Record<string, unknown>>,
  scale: (raw: Record<string, unknown>, k: number) => Record<string, unknown>,
): void {
  fc.assert(
    fc.property(inputs, fc.constantFrom(2, 1e-6), (raw, k) => {
      const a = run(m, raw)
      const b = run(m, scale(raw, k))
      for (const key of TCO2E_KEYS) expect(closeRel(b.totals[key], k * a.totals[key]), key).toBe(true)
    }),
    { numRuns: 100 },
  )
}

/** The same input gives the same output. */
export function checkDeterministic(m: Subject, inputs: fc.Arbitrary<Record<string, unknown>>): void {
  fc.assert(
    fc.property(inputs, (raw) => {
      expect(run(m, raw)).toEqual(run(m, structuredClone(raw)))
    }),
    { numRuns: 50 },
  )
}

export const scaleArea = (raw: Record<string, unknown>, k: number) => ({ ...raw, areaHa: (raw.areaHa as number) * k })

/**
 * Registers the three properties above as one `<id> properties` suite.
 *
 * @param options.driver what the result is linear in, for the test name (default: area)
 * @param options.scale how to scale that driver by k (default: areaHa only)
 */
export function describeAreaProperties(
  m: Subject & { id: string },
  inputs: fc.Arbitrary<Record<string, unknown>>,
  options: { driver?: string; scale?: (raw: Record<string, unknown>, k: number) => Record<string, unknown> } = {},
): void {
  const { driver = 'area', scale = scaleArea } = options
  describe(`${m.id} properties`, () => {
    it('net credits never exceed gross removals', () => checkNetNeverExceedsGross(m, inputs))
    it(`credits are linear in ${driver} (×2 doubles, ×1e-6 tends to zero)`, () => checkLinearInDriver(m, inputs, scale))
    it('is deterministic', () => checkDeterministic(m, inputs))
  })
}
