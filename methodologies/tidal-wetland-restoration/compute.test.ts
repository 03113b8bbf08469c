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

describe('tidal-wetland-restoration input rules', () => {
  const issues = (x: unknown) => tidalWetlandRestoration.input.safeParse(x).error?.issues ?? []

  it('refuses Eq. 33 for seagrass, with a Chinese message', () => {
    const [issue] = issues({ areaHa: 1, startYear: 2025, creditingYears: 5, ecosystem: 'seagrass', soilRateSource: 'vm0033-eq33' })
    expect(issue?.path).toEqual(['soilRateSource'])
    expect((issue as { params?: { zh?: string } }).params?.zh).toMatch(/海草床/)
  })

  it('requires a CH4 factor below 18 ppt', () => {
    const [issue] = issues({ areaHa: 1, startYear: 2025, creditingYears: 5, salinity: '5-to-18-ppt' })
    expect(issue?.path).toEqual(['ch4EmissionTch4PerHaPerYear'])
    expect(issues({ areaHa: 1, startYear: 2025, creditingYears: 5, salinity: '5-to-18-ppt', ch4EmissionTch4PerHaPerYear: 0.02 })).toEqual([])
  })

  it.each([
    [{ areaHa: 0, startYear: 2025, creditingYears: 5 }, 'areaHa'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 500 }, 'creditingYears'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 5, ecosystem: 'mudflat' }, 'ecosystem'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 5, vegetationCoverPercent: 120 }, 'vegetationCoverPercent'],
  ])('rejects %j at %s', (input, path) => {
    expect(issues(input).map((i) => i.path.join('.'))).toContain(path)
  })
})
