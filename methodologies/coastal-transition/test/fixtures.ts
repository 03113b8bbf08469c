import { readFileSync, readdirSync } from 'node:fs'
import { expect } from 'vitest'

const IN = new URL('./in/', import.meta.url)
const OUT = new URL('./out/', import.meta.url)

export type Tolerance = { relative: number; absolute: number; baselinePeriodRelative?: number }

/** Names of the cases (file names without .json) whose in file starts with `prefix`. */
export function caseNames(prefix: string): string[] {
  return readdirSync(IN)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort()
}

/** A fresh copy each call, so no test can change another's fixture. */
export function readInput(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.json`, IN), 'utf8'))
}

export function readExpected<T>(name: string): { source: Record<string, string>; tolerance: Tolerance; expected: T } {
  return JSON.parse(readFileSync(new URL(`${name}.json`, OUT), 'utf8'))
}

/** numpy.testing.assert_allclose semantics: |actual − expected| ≤ atol + rtol·|expected|. */
export function expectClose(actual: number | undefined, expected: number, relative: number, absolute: number, label: string) {
  expect(actual, label).toBeTypeOf('number')
  const bound = absolute + relative * Math.abs(expected)
  expect(Math.abs((actual ?? Number.NaN) - expected), `${label}: ${actual} vs ${expected} (bound ${bound})`).toBeLessThanOrEqual(bound)
}
