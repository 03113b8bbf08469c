import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { gepValuation } from './index.ts'

const DIR = new URL('./test/', import.meta.url)
const cases = readdirSync(new URL('in/', DIR)).filter((f) => f.endsWith('.json'))

describe('gep-valuation fixture table (test/in → test/out, hand calculations from cited unit prices)', () => {
  for (const file of cases) {
    it(file, () => {
      const input = JSON.parse(readFileSync(new URL(`in/${file}`, DIR), 'utf8'))
      const out = JSON.parse(readFileSync(new URL(`out/${file}`, DIR), 'utf8'))
      const result = gepValuation.compute(gepValuation.input.parse(input))
      const tol = out.tolerance.absoluteCny as number
      expect(Math.abs(result.totalCnyPerYear - out.expected.totalCnyPerYear)).toBeLessThanOrEqual(tol)
      expect(Math.abs(result.npvCny - out.expected.npvCny)).toBeLessThanOrEqual(tol)
      result.years.forEach((y: { discountedCny: number }, i: number) =>
        expect(Math.abs(y.discountedCny - out.expected.discountedCny[i])).toBeLessThanOrEqual(tol),
      )
    })
  }
})
