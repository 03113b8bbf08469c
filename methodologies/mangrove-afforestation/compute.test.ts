import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeFixtureTable } from '../shared/testing/fixture-cases.ts'
import { mangroveAfforestation } from './index.ts'
import { bgbFromArTool14 } from '../shared/ar-tool14-biomass.ts'
import { treeStockTco2ePerHa } from './tree-stock.ts'

const dir = fileURLToPath(new URL('.', import.meta.url))

describeFixtureTable('mangrove-afforestation fixtures (methodologies.md §10 worked example and hand calculations)', mangroveAfforestation, dir)

describe('tree stock (methodologies.md §10.2 steps 1–2)', () => {
  it('BGB at AGB 86.6 t/ha is 21.00 t/ha (implied R 0.242)', () => {
    expect(bgbFromArTool14(86.6)).toBeCloseTo(21.0, 2)
    expect(bgbFromArTool14(86.6) / 86.6).toBeCloseTo(0.242, 3)
  })

  it('stock at age 20 is 44/12 × 0.47 × 107.60 = 185.43 t CO2e/ha', () => {
    const g = { curve: { kind: 'linear' as const, incrementPerYear: 4.33 }, agbCapTdmPerHa: Infinity, rootShootRatio: undefined, carbonFraction: 0.47 }
    expect(treeStockTco2ePerHa(20, g)).toBeCloseTo(185.43, 1)
    expect(treeStockTco2ePerHa(0, g)).toBe(0)
  })

  it('caps above-ground biomass when a ceiling is given', () => {
    // AGB capped at 50: stock = 1.72333 × (50 + exp(−1.085 + 0.9256 ln 50)) = 1.72333 × (50 + 12.659) = 107.98
    const g = { curve: { kind: 'linear' as const, incrementPerYear: 4.33 }, agbCapTdmPerHa: 50, rootShootRatio: undefined, carbonFraction: 0.47 }
    expect(treeStockTco2ePerHa(40, g)).toBeCloseTo(107.98, 1)
  })
})

describe('mangrove-afforestation input rules', () => {
  const parse = (x: unknown) => mangroveAfforestation.input.safeParse(x)
  const paths = (x: unknown) => parse(x).error?.issues.map((i) => i.path.join('.')) ?? []

  it('accepts the minimal input { areaHa, startYear, creditingYears }', () => {
    const r = mangroveAfforestation.compute(mangroveAfforestation.input.parse({ areaHa: 1, startYear: 2025, creditingYears: 10 }))
    expect(r.totals.netCreditsTco2e).toBeGreaterThan(0)
    expect(r.years).toHaveLength(10)
  })

  it.each([
    [{ areaHa: 0, startYear: 2025, creditingYears: 20 }, 'areaHa'],
    [{ areaHa: -5, startYear: 2025, creditingYears: 20 }, 'areaHa'],
    [{ areaHa: Number.NaN, startYear: 2025, creditingYears: 20 }, 'areaHa'],
    [{ areaHa: Number.POSITIVE_INFINITY, startYear: 2025, creditingYears: 20 }, 'areaHa'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 201 }, 'creditingYears'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ survivalPercent: 101 }] }, 'strata.0.survivalPercent'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ species: 'casuarina' }] }, 'strata.0.species'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ plantingYear: 2045 }] }, 'strata.0.plantingYear'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ species: 'sonneratia-apetala' }] }, 'strata.0.agbGrowthTdmPerHaPerYear'],
  ])('rejects %j at %s', (input, path) => {
    expect(paths(input)).toContain(path)
  })

  it('reports the cross-field planting-year rule in English and Chinese', () => {
    const issue = parse({ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ plantingYear: 2045 }] }).error!.issues[0]!
    expect(issue.message).toMatch(/after the end of the crediting period \(2044\)/)
    expect((issue as { params?: { zh?: string } }).params?.zh).toMatch(/晚于计入期结束年份/)
  })

  it('accepts planting in the last crediting year', () => {
    expect(parse({ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ plantingYear: 2044 }] }).success).toBe(true)
  })

  it('rejects more than 10,000 strata', () => {
    const strata = Array.from({ length: 10_001 }, () => ({ areaPercent: 0.001 }))
    expect(paths({ areaHa: 1, startYear: 2025, creditingYears: 20, strata })).toContain('strata')
  })
})
