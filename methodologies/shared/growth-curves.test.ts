import { describe, expect, it } from 'vitest'
import { chapmanRichards, scaleCurve, sizeAtAge } from './growth-curves.ts'
import { reportGrowthCurves } from './growth-report.ts'
import { assumption } from './citations.ts'

describe('growth curves', () => {
  it('Chapman-Richards by hand: 100 × (1 − e^(−0.1 × 10))^2 = 100 × 0.632121^2 = 39.958', () => {
    expect(chapmanRichards(10, 100, 0.1, 2)).toBeCloseTo(39.958, 3)
    expect(chapmanRichards(0, 100, 0.1, 2)).toBe(0)
  })

  it('holds the size after holdAfterAgeYears and is 0 before planting', () => {
    const c = { kind: 'chapman-richards' as const, max: 100, rateKPerYear: 0.1, shapeP: 2, holdAfterAgeYears: 10 }
    expect(sizeAtAge(c, 25)).toBeCloseTo(39.958, 3)
    expect(sizeAtAge(c, 0)).toBe(0)
    expect(sizeAtAge(c, -3)).toBe(0)
    expect(sizeAtAge({ kind: 'linear', incrementPerYear: 9.32, holdAfterAgeYears: 7 }, 20)).toBeCloseTo(65.24, 9)
    expect(sizeAtAge({ kind: 'linear', incrementPerYear: 4.33 }, 20)).toBeCloseTo(86.6, 9)
  })

  it('scales the size by a factor at every age', () => {
    const c = { kind: 'chapman-richards' as const, max: 100, rateKPerYear: 0.1, shapeP: 2 }
    expect(sizeAtAge(scaleCurve(c, 0.8), 10)).toBeCloseTo(0.8 * 39.958, 3)
    expect(sizeAtAge(scaleCurve({ kind: 'linear', incrementPerYear: 5 }, 0.5), 4)).toBe(10)
  })

  it('reports identical curves once, with every stratum using them and points up to the oldest age', () => {
    const curve = { kind: 'linear' as const, incrementPerYear: 2 }
    const base = { species: 'x', quantity: 'stem-volume' as const, unit: 'm3/ha' as const, curve, source: assumption('test') }
    const reports = reportGrowthCurves([
      { ...base, stratumIndex: 0, lastAgeYears: 2 },
      { ...base, stratumIndex: 1, lastAgeYears: 4 },
    ])
    expect(reports).toHaveLength(1)
    expect(reports[0]!.strata).toEqual([0, 1])
    expect(reports[0]!.points.map((p) => p.value)).toEqual([0, 2, 4, 6, 8])
    expect(reports[0]!.holdAfterAgeYears).toBeNull()
  })
})
