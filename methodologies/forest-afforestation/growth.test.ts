import { describe, expect, it } from 'vitest'
import { forestAfforestation } from './index.ts'

const parse = (x: unknown) => forestAfforestation.input.safeParse(x)
const paths = (x: unknown) => parse(x).error?.issues.map((i) => i.path.join('.')) ?? []
const run = (x: unknown) => forestAfforestation.compute(forestAfforestation.input.parse(x))
const base = { areaHa: 1, startYear: 2025, creditingYears: 20, nonPermanenceRisk: { method: 'fixed', bufferPercent: 0 } }

describe('forest growth models', () => {
  it('holds the default eucalyptus growth after age 7 and says so', () => {
    const r = run(base)
    expect(r.years.slice(7).every((y) => y.grossRemovalsTco2e === 0)).toBe(true)
    expect(r.years[6]!.grossRemovalsTco2e).toBeGreaterThan(0)
    expect(r.warnings.map((w) => w.code)).toContain('growth-held-after-age')
    expect(r.growthCurves![0]).toMatchObject({ kind: 'linear', unit: 'm3/ha', holdAfterAgeYears: 7, parameters: { incrementPerYear: 9.32 } })
    expect(r.growthCurves![0]!.points[20]!.value).toBeCloseTo(65.24, 9)
  })

  it('does not hold a site-supplied increment unless told', () => {
    const stratum = { species: 'chinese-fir', stemVolumeIncrementM3PerHaPerYear: 10, woodDensityTdmPerM3: 0.4 }
    expect(run({ ...base, strata: [stratum] }).years[19]!.grossRemovalsTco2e).toBeGreaterThan(0)
    const held = run({ ...base, strata: [{ ...stratum, growthModel: { kind: 'linear', holdAfterAgeYears: 10 } }] })
    expect(held.years[10]!.grossRemovalsTco2e).toBe(0)
  })

  it('grows a local yield curve by Chapman-Richards: stock(20) from V = 300 × (1 − e^(−2))^2 by hand', () => {
    const growthModel = { kind: 'chapman-richards', stemVolumeMaxM3PerHa: 300, rateKPerYear: 0.1, shapeP: 2 }
    const r = run({ ...base, strata: [{ species: 'chinese-fir', woodDensityTdmPerM3: 0.4, rootShootRatio: 0.25, growthModel }] })
    // V(20) = 300 × 0.864665^2 = 224.2935 m3/ha; AGB = × 0.4 × 1.15 = 103.1750; stock = 44/12 × 0.47 × 1.25 × AGB = 222.2562
    expect(r.totals.grossRemovalsTco2e).toBeCloseTo(222.2562, 3)
    const gross = r.years.map((y) => y.grossRemovalsTco2e)
    expect(gross[0]!).toBeLessThan(gross[4]!) // slow start
    expect(gross[19]!).toBeLessThan(gross[4]!) // levelling off
  })

  it.each([
    [{ species: 'chinese-fir', woodDensityTdmPerM3: 0.4, growthModel: { kind: 'chapman-richards', rateKPerYear: 0.1, shapeP: 2 } }, 'strata.0.growthModel.stemVolumeMaxM3PerHa'],
    [{ stemVolumeIncrementM3PerHaPerYear: 9, growthModel: { kind: 'chapman-richards', stemVolumeMaxM3PerHa: 300, rateKPerYear: 0.1, shapeP: 2 } }, 'strata.0.stemVolumeIncrementM3PerHaPerYear'],
    [{ growthModel: { kind: 'linear', holdAfterAgeYears: 0 } }, 'strata.0.growthModel.holdAfterAgeYears'],
  ])('rejects stratum %j at %s', (stratum, path) => {
    expect(paths({ ...base, strata: [stratum] })).toContain(path)
  })
})
