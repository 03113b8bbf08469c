import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeFixtureTable } from '../shared/testing/fixture-cases.ts'
import { tidalWetlandRestoration } from './index.ts'
import { allochthonousRatio, eq33CoverFactor } from './soil.ts'

const dir = fileURLToPath(new URL('.', import.meta.url))

describeFixtureTable('tidal-wetland-restoration fixtures (hand calculations from VM0033 v2.1 defaults)', tidalWetlandRestoration, dir)

describe('VM0033 soil helpers', () => {
  it.each([
    [100, 1],
    [50, 1],
    [32.5, 0.5], // (32.5 − 15) / 35
    [15, 0],
    [14.9, 0],
  ])('Eq. 33 cover factor at %s %% is %s', (cover, f) => expect(eq33CoverFactor(cover)).toBeCloseTo(f, 12))

  it('counts everything as allochthonous when soil OM does not exceed deposited sediment OM', () => {
    // %C 0.5 → marsh %OM = (−0.4 + √(0.16 + 0.005)) / 0.005 = 1.2404 < 1.5 → autochthonous 0
    expect(allochthonousRatio('salt-marsh', 0.5, 1.5)).toBe(1)
  })
})

describe('tidal-wetland-restoration input rules (VM0033 v2.1 as written, issue 16 item 4)', () => {
  const issues = (x: unknown) => tidalWetlandRestoration.input.safeParse(x).error?.issues ?? []
  const zh = (issue: unknown) => (issue as { params?: { zh?: string } } | undefined)?.params?.zh
  const base = { areaHa: 1, startYear: 2025, creditingYears: 5, soilOrganicCarbonPercent: 2 }

  it('accepts a salt-marsh input with its soil %C, and a seagrass one', () => {
    expect(issues(base)).toEqual([])
    expect(issues({ ...base, ecosystem: 'seagrass' })).toEqual([])
  })

  it('refuses the IPCC soil factor for tidal marsh, citing §8.1.4.2.3 in both languages', () => {
    const [issue, ...rest] = issues({ ...base, soilRateSource: 'ipcc-wetlands-supplement' })
    expect(rest).toEqual([])
    expect(issue?.path).toEqual(['soilRateSource'])
    expect(issue?.message).toMatch(/§8\.1\.4\.2\.3.*except for tidal marsh and mangrove/)
    expect(zh(issue)).toMatch(/§8\.1\.4\.2\.3.*潮汐盐沼和红树林系统除外/)
  })

  it('refuses Eq. 33 for seagrass, with a Chinese message', () => {
    const [issue] = issues({ ...base, ecosystem: 'seagrass', soilRateSource: 'vm0033-eq33' })
    expect(issue?.path).toEqual(['soilRateSource'])
    expect(zh(issue)).toMatch(/海草床/)
  })

  it('requires the soil %C for the allochthonous deduction: the mangrove-sediment default is gone', () => {
    for (const ecosystem of ['salt-marsh', 'seagrass']) {
      const [issue] = issues({ areaHa: 1, startYear: 2025, creditingYears: 5, ecosystem })
      expect(issue?.path).toEqual(['soilOrganicCarbonPercent'])
      expect(zh(issue)).toMatch(/盐沼和海草床/)
    }
    expect(tidalWetlandRestoration.input.parse(base).soilOrganicCarbonPercent).toBe(2)
  })

  it('keeps the deduction with a default rate (§8.1.4.2.3) and lets only a site-measured rate go without it', () => {
    const [eq33] = issues({ areaHa: 1, startYear: 2025, creditingYears: 5, applyAllochthonousDeduction: false })
    expect(eq33?.path).toEqual(['applyAllochthonousDeduction'])
    expect(eq33?.message).toMatch(/§8\.1\.4\.2\.3/)
    const [ipcc] = issues({ areaHa: 1, startYear: 2025, creditingYears: 5, ecosystem: 'seagrass', applyAllochthonousDeduction: false })
    expect(ipcc?.path).toEqual(['applyAllochthonousDeduction'])
    expect(issues({ areaHa: 1, startYear: 2025, creditingYears: 5, applyAllochthonousDeduction: false, soilCarbonAccumulationTcPerHaPerYear: 0.8 })).toEqual([])
  })

  it('claims the herbaceous default only from a stated baseline cover (§8.2.3), and only for salt marsh', () => {
    const [missing] = issues({ ...base, includeHerbaceousBiomass: true })
    expect(missing?.path).toEqual(['baselineHerbaceousCoverPercent'])
    expect(missing?.message).toMatch(/§8\.2\.3/)
    const [above] = issues({ ...base, includeHerbaceousBiomass: true, vegetationCoverPercent: 40, baselineHerbaceousCoverPercent: 60 })
    expect(above?.path).toEqual(['baselineHerbaceousCoverPercent'])
    const [seagrass] = issues({ ...base, ecosystem: 'seagrass', includeHerbaceousBiomass: true, baselineHerbaceousCoverPercent: 0 })
    expect(seagrass?.path).toEqual(['includeHerbaceousBiomass'])
  })

  it('credits herbaceous carbon from the baseline cover: 100 ha from 40 % to 90 % cover is 100 × 44/12 × 3 × 0.5 = 550 t in year 1 only', () => {
    const input = { ...base, areaHa: 100, vegetationCoverPercent: 90, includeHerbaceousBiomass: true, baselineHerbaceousCoverPercent: 40, nonPermanenceRisk: { method: 'fixed', bufferPercent: 0 } }
    const without = tidalWetlandRestoration.compute(tidalWetlandRestoration.input.parse({ ...input, includeHerbaceousBiomass: false }))
    const withHerb = tidalWetlandRestoration.compute(tidalWetlandRestoration.input.parse(input))
    expect(withHerb.years[0]!.grossRemovalsTco2e - without.years[0]!.grossRemovalsTco2e).toBeCloseTo(550, 9)
    expect(withHerb.years[1]!.grossRemovalsTco2e).toBeCloseTo(without.years[1]!.grossRemovalsTco2e, 9)
  })

  it('charges no N2O for seagrass unless a value is given (§8.2.4.4)', () => {
    // 1 ha at ≥ 20 ppt: CH4 0.0056 × 28 = 0.1568 t/yr; salt marsh adds N2O 0.000487 × 265 = 0.129055.
    const seagrass = tidalWetlandRestoration.compute(tidalWetlandRestoration.input.parse({ ...base, ecosystem: 'seagrass' }))
    expect(seagrass.years[0]!.projectEmissionsTco2e).toBeCloseTo(0.1568, 12)
    expect(seagrass.warnings.map((w) => w.code)).toContain('seagrass-n2o-not-accounted')
    const given = tidalWetlandRestoration.compute(tidalWetlandRestoration.input.parse({ ...base, ecosystem: 'seagrass', n2oEmissionTn2oPerHaPerYear: 0.001 }))
    expect(given.years[0]!.projectEmissionsTco2e).toBeCloseTo(0.1568 + 0.265, 12)
    const marsh = tidalWetlandRestoration.compute(tidalWetlandRestoration.input.parse(base))
    expect(marsh.years[0]!.projectEmissionsTco2e).toBeCloseTo(0.1568 + 0.129055, 12)
  })

  it('requires a CH4 factor below 18 ppt', () => {
    const [issue] = issues({ ...base, salinity: '5-to-18-ppt' })
    expect(issue?.path).toEqual(['ch4EmissionTch4PerHaPerYear'])
    expect(issues({ ...base, salinity: '5-to-18-ppt', ch4EmissionTch4PerHaPerYear: 0.02 })).toEqual([])
  })

  it.each([
    [{ ...base, areaHa: 0 }, 'areaHa'],
    [{ ...base, creditingYears: 500 }, 'creditingYears'],
    [{ ...base, ecosystem: 'mudflat' }, 'ecosystem'],
    [{ ...base, vegetationCoverPercent: 120 }, 'vegetationCoverPercent'],
    [{ ...base, baselineHerbaceousCoverPercent: -1 }, 'baselineHerbaceousCoverPercent'],
  ])('rejects %j at %s', (input, path) => {
    expect(issues(input).map((i) => i.path.join('.'))).toContain(path)
  })
})
