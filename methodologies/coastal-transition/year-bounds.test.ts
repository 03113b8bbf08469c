import { describe, expect, it } from 'vitest'
import { inputSchema } from './index.ts'
import { readInput } from './test/fixtures.ts'

type Raw = { snapshots: { year: number }[]; analysisYear?: number }

describe('a year that fails its range never reaches the cross-field rules (issue 9)', () => {
  // The rules would add "the price table must cover …" for such a year; their absence
  // shows the price-table loop was never entered.
  it.each([-1e308, Number.MAX_VALUE, 1e15, 1899])('first snapshot year %d → only snapshots[0].year', (year) => {
    const input = readInput('dcf-hand-mangrove-to-pond') as Raw
    input.snapshots[0]!.year = year
    const parsed = inputSchema.safeParse(input)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['snapshots.0.year'])
  })

  it('analysisYear 1e308 → only analysisYear', () => {
    const input = readInput('dcf-hand-mangrove-to-pond') as Raw
    input.analysisYear = 1e308
    const parsed = inputSchema.safeParse(input)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['analysisYear'])
  })
})
