// Test-only helper (imported by *.test.ts files, never by a methodology): reads
// the fixture table test/in/<case>.json → test/out/<case>.json of a methodology.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { areaBasedResultSchema } from '../../types.ts'
import type { AreaBasedOutput } from '../result-schema.ts'
import type { Subject } from './area-properties.ts'

export type FixtureOut = {
  /** Where the expected numbers come from (published example or hand calculation). */
  source: string
  /** Absolute tolerance in t CO2e and/or relative tolerance (ratio); either passing is enough. */
  tolerance: { absoluteTco2e?: number; relative?: number }
  expected: {
    totals?: Partial<Record<keyof AreaBasedOutput['totals'], number>>
    poolTotalsTco2e?: Record<string, number>
    /** Cumulative net credits at the end of the given calendar year. */
    cumulativeNetCreditsTco2e?: Record<string, number>
    /** Rows of given years (partial). */
    years?: Record<string, Partial<Record<keyof AreaBasedOutput['totals'], number>>>
    bufferRatio?: number
    warningCodes?: string[]
  }
}

export type FixtureCase = { name: string; input: unknown; out: FixtureOut }

export function loadFixtureCases(methodologyDir: string): FixtureCase[] {
  const inDir = join(methodologyDir, 'test', 'in')
  const outDir = join(methodologyDir, 'test', 'out')
  return readdirSync(inDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const outPath = join(outDir, f)
      if (!existsSync(outPath)) throw new Error(`fixture ${f} has no out file`)
      return {
        name: f.replace(/\.json$/, ''),
        input: JSON.parse(readFileSync(join(inDir, f), 'utf8')),
        out: JSON.parse(readFileSync(outPath, 'utf8')) as FixtureOut,
      }
    })
}

function close(actual: number | undefined, expected: number, tol: FixtureOut['tolerance'], label: string): void {
  expect(actual, label).toBeTypeOf('number')
  const diff = Math.abs((actual as number) - expected)
  const okAbs = tol.absoluteTco2e !== undefined && diff <= tol.absoluteTco2e
  const okRel = tol.relative !== undefined && diff <= tol.relative * Math.abs(expected)
  expect(okAbs || okRel, `${label}: expected ${expected}, got ${actual} (tolerance ${JSON.stringify(tol)})`).toBe(true)
}

/** Compares a result with a fixture's expectations, field by field. */
export function expectMatchesFixture(result: AreaBasedOutput, out: FixtureOut): void {
  const { expected, tolerance } = out
  for (const [k, v] of Object.entries(expected.totals ?? {})) {
    close(result.totals[k as keyof AreaBasedOutput['totals']], v, tolerance, `totals.${k}`)
  }
  for (const [k, v] of Object.entries(expected.poolTotalsTco2e ?? {})) {
    close(result.poolTotalsTco2e?.[k], v, tolerance, `poolTotalsTco2e.${k}`)
  }
  let cumulative = 0
  const byYear = new Map<number, number>()
  for (const row of result.years) {
    cumulative += row.netCreditsTco2e
    byYear.set(row.year, cumulative)
  }
  for (const [year, v] of Object.entries(expected.cumulativeNetCreditsTco2e ?? {})) {
    close(byYear.get(Number(year)), v, tolerance, `cumulative net credits to ${year}`)
  }
  for (const [year, fields] of Object.entries(expected.years ?? {})) {
    const row = result.years.find((r) => r.year === Number(year))
    expect(row, `row ${year}`).toBeDefined()
    for (const [k, v] of Object.entries(fields)) {
      close(row![k as keyof AreaBasedOutput['totals']], v, tolerance, `years[${year}].${k}`)
    }
  }
  if (expected.bufferRatio !== undefined) expect(result.deductions?.bufferRatio).toBeCloseTo(expected.bufferRatio, 9)
  for (const code of expected.warningCodes ?? []) {
    expect(result.warnings.map((w) => w.code)).toContain(code)
  }
}

/**
 * One test per fixture case: the parsed input computes a result that meets the
 * area-based contract and matches the case's expectations.
 */
export function describeFixtureTable(
  title: string,
  m: Subject,
  methodologyDir: string,
): void {
  describe(title, () => {
    for (const c of loadFixtureCases(methodologyDir)) {
      it(c.name, () => {
        const result = m.compute(m.input.parse(c.input) as never)
        expect(areaBasedResultSchema.safeParse(result).success).toBe(true)
        expectMatchesFixture(result, c.out)
      })
    }
  })
}
