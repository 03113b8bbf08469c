import { describe, expect, it } from 'vitest'
import { sizeAtAge } from '../shared/growth-curves.ts'
import { mangroveAfforestation } from './index.ts'
import { resolveAgbCurve } from './growth.ts'

const parse = (x: unknown) => mangroveAfforestation.input.safeParse(x)
const run = (x: unknown) => mangroveAfforestation.compute(mangroveAfforestation.input.parse(x))
const fixedBuffer = { method: 'fixed', bufferPercent: 0 }

describe('Kandelia default growth curve (S19)', () => {
  const stratum = mangroveAfforestation.input.parse({ areaHa: 1, startYear: 2025, creditingYears: 1 }).strata[0]!
  const { curve } = resolveAgbCurve(stratum)

  it('passes through S19 observations: 0.04 t/ha at age 1 and 115.39 t/ha at age 20', () => {
    expect(curve.kind).toBe('chapman-richards')
    expect(sizeAtAge(curve, 1)).toBeCloseTo(0.04, 3)
    expect(Math.abs(sizeAtAge(curve, 20) - 115.39)).toBeLessThan(0.05)
  })

  it('is held at its age-20 value after age 20 (no extrapolation)', () => {
    expect(sizeAtAge(curve, 40)).toBe(sizeAtAge(curve, 20))
  })

  it('yearly tree removals start slow and rise through the observed range, then stop', () => {
    const r = run({ areaHa: 100, startYear: 2025, creditingYears: 30, soilAccumulationYears: 0, nonPermanenceRisk: fixedBuffer })
    const gross = r.years.map((y) => y.grossRemovalsTco2e)
    for (let i = 1; i < 20; i++) expect(gross[i]!).toBeGreaterThan(gross[i - 1]!)
    expect(gross[0]!).toBeLessThan(0.01 * gross[19]!)
    for (let i = 20; i < 30; i++) expect(gross[i]).toBe(0)
    expect(r.warnings.map((w) => w.code)).toContain('growth-held-after-observed-age')
    expect(r.warnings.map((w) => w.code)).not.toContain('growth-extrapolated')
  })

  it('reports the curve, its parameters and source in the result', () => {
    const r = run({ areaHa: 1, startYear: 2025, creditingYears: 5 })
    const [c] = r.growthCurves!
    expect(c).toMatchObject({ species: 'kandelia-obovata', kind: 'chapman-richards', unit: 't d.m./ha', holdAfterAgeYears: 20, strata: [0] })
    expect(c!.parameters).toEqual({ max: 751, rateKPerYear: 0.03835, shapeP: 3 })
    expect(c!.source.id).toBe('S19')
    expect(c!.points).toHaveLength(6)
    expect(c!.points[1]!.value).toBeCloseTo(0.04, 3)
  })

  it('first 5 years credit about a third of the linear model (issue 16: early years over-credited)', () => {
    const base = { areaHa: 100, startYear: 2025, creditingYears: 5, nonPermanenceRisk: fixedBuffer }
    const curveTotal = run(base).totals.grossRemovalsTco2e
    const linearTotal = run({ ...base, strata: [{ growthModel: { kind: 'linear' } }] }).totals.grossRemovalsTco2e
    expect(linearTotal).toBeCloseTo(5651, -1)
    expect(curveTotal / linearTotal).toBeLessThan(0.4)
  })
})

describe('growth model input rules', () => {
  const base = { areaHa: 1, startYear: 2025, creditingYears: 20 }
  const paths = (x: unknown) => parse(x).error?.issues.map((i) => i.path.join('.')) ?? []

  it('a linear rate selects the linear model when no model is named', () => {
    const r = run({ ...base, strata: [{ agbGrowthTdmPerHaPerYear: 4.33 }] })
    expect(r.growthCurves![0]).toMatchObject({ kind: 'linear', parameters: { incrementPerYear: 4.33 } })
  })

  it('refuses a linear rate together with the Chapman-Richards model', () => {
    expect(paths({ ...base, strata: [{ agbGrowthTdmPerHaPerYear: 4, growthModel: { kind: 'chapman-richards' } }] })).toContain('strata.0.agbGrowthTdmPerHaPerYear')
  })

  it('requires every curve parameter for a species without a cited curve', () => {
    const p = paths({ ...base, strata: [{ species: 'avicennia-marina', growthModel: { kind: 'chapman-richards', shapeP: 3 } }] })
    expect(p).toEqual(expect.arrayContaining(['strata.0.growthModel.agbMaxTdmPerHa', 'strata.0.growthModel.rateKPerYear']))
    expect(p).not.toContain('strata.0.growthModel.shapeP')
  })

  it('accepts a site curve for another species and holds it only where told', () => {
    const growthModel = { kind: 'chapman-richards', agbMaxTdmPerHa: 150, rateKPerYear: 0.1, shapeP: 2, holdAfterAgeYears: 15 }
    const r = run({ ...base, strata: [{ species: 'avicennia-marina', growthModel }] })
    expect(r.growthCurves![0]).toMatchObject({ holdAfterAgeYears: 15, source: { status: 'assumption' } })
    expect(r.years[19]!.grossRemovalsTco2e).toBeCloseTo(1.83333, 4) // soil only after age 15
  })

  it.each([
    [{ kind: 'chapman-richards', rateKPerYear: 0 }, 'strata.0.growthModel.rateKPerYear'],
    [{ kind: 'chapman-richards', shapeP: -1 }, 'strata.0.growthModel.shapeP'],
    [{ kind: 'chapman-richards', holdAfterAgeYears: 2.5 }, 'strata.0.growthModel.holdAfterAgeYears'],
    [{ kind: 'logistic' }, 'strata.0.growthModel.kind'],
  ])('rejects growthModel %j at %s', (growthModel, path) => {
    expect(paths({ ...base, strata: [{ growthModel }] })).toContain(path)
  })
})
