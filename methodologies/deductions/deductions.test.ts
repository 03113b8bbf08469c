import { describe, expect, it } from 'vitest'
import { arTool14DiscountRatio } from './ar-tool14-uncertainty.ts'
import { nonPermanenceBuffer } from './non-permanence-risk.ts'
import { nonPermanenceRiskSchema } from './non-permanence-schema.ts'
import { ZHANJIANG_COASTAL_PROFILE } from './risk-profiles.ts'
import { vm0033DeductionRatio } from './vm0033-uncertainty.ts'
import { buildYearRows } from './year-rows.ts'

describe('AR-TOOL14 Appendix 2 stepped discount', () => {
  it.each([
    [0, 0],
    [10, 0], // U ≤ 10 %: no discount
    [15, 0.0375], // 25 % × 15 % (the tool's own example: 60 ± 9 → 2.25 = 3.75 % of 60)
    [20, 0.1], // 50 % × 20 %
    [25, 0.1875], // 75 % × 25 %
    [40, 0.4], // 100 % × 40 %
  ])('U = %s %% → discount ratio %s', (u, expected) => {
    expect(arTool14DiscountRatio(u)).toBeCloseTo(expected, 12)
  })

  it('reproduces methodologies.md §10.4: 22,209 × (1 − 0.0375) = 21,376 t CO2e', () => {
    const rows = buildYearRows(2025, { grossRemovals: [22_209], baseline: [0], projectEmissions: [0] }, {
      leakageRatio: 0,
      uncertainty: { kind: 'ar-tool14', ratio: arTool14DiscountRatio(15) },
      bufferRatio: 0,
    })
    expect(rows.totals.netCreditsTco2e).toBeCloseTo(21_376, -1) // ±5 (rounded in the source)
  })
})

describe('VM0033 Eq. 92–94', () => {
  it('deducts only the excess over the allowable uncertainty', () => {
    expect(vm0033DeductionRatio(25, 90)).toBeCloseTo(0.05, 12) // 25 − 20
    expect(vm0033DeductionRatio(25, 95)).toBe(0) // 25 < 30: precision met, no deduction
    expect(vm0033DeductionRatio(15, 90)).toBe(0)
  })

  it('reproduces methodologies.md §10.4: 21,099 after Eq. 92 and ≈17,767 VCUs with a 15 % buffer', () => {
    // adjusted NER = 22,209 × (1 − 0.25 + 0.20) = 21,098.55; buffer = 0.15 × 22,209 = 3,331.35
    // VCU = 21,098.55 − 3,331.35 = 17,767.2
    const rows = buildYearRows(2025, { grossRemovals: [22_209], baseline: [0], projectEmissions: [0] }, {
      leakageRatio: 0,
      uncertainty: { kind: 'vm0033', ratio: vm0033DeductionRatio(25, 90) },
      bufferRatio: 0.15,
    })
    expect(rows.totals.uncertaintyDeductionTco2e).toBeCloseTo(1_110.45, 6)
    expect(rows.totals.bufferTco2e).toBeCloseTo(3_331.35, 6)
    expect(rows.totals.netCreditsTco2e).toBeCloseTo(17_767.2, 6)
  })
})

describe('year rows', () => {
  it('applies leakage, baseline, emissions and buffer in order (hand calculation)', () => {
    // gross 100, baseline 10, emissions 5, leakage 10 % of (100 − 10) = 9
    // NER = 90 − 5 − 9 = 76; AR-TOOL14 U = 15 % → 0.0375 × (100 + 10) = 4.125
    // buffer = 0.2 × (90 − 9) = 16.2; net = 76 − 4.125 − 16.2 = 55.675
    const r = buildYearRows(2030, { grossRemovals: [100], baseline: [10], projectEmissions: [5] }, {
      leakageRatio: 0.1,
      uncertainty: { kind: 'ar-tool14', ratio: 0.0375 },
      bufferRatio: 0.2,
    })
    expect(r.years[0]).toMatchObject({ year: 2030, leakageTco2e: 9 })
    expect(r.years[0]!.uncertaintyDeductionTco2e).toBeCloseTo(4.125, 12)
    expect(r.years[0]!.bufferTco2e).toBeCloseTo(16.2, 12)
    expect(r.years[0]!.netCreditsTco2e).toBeCloseTo(55.675, 12)
  })

  it('withholds no buffer in a year of net emissions', () => {
    const r = buildYearRows(2030, { grossRemovals: [0], baseline: [0], projectEmissions: [3] }, {
      leakageRatio: 0,
      uncertainty: { kind: 'vm0033', ratio: 0.1 },
      bufferRatio: 0.2,
    })
    expect(r.totals).toMatchObject({ bufferTco2e: 0, uncertaintyDeductionTco2e: 0, netCreditsTco2e: -3 })
  })
})

describe('non-permanence risk (NPRT structure)', () => {
  const schema = nonPermanenceRiskSchema(ZHANJIANG_COASTAL_PROFILE)

  it('scores the default Zhanjiang coastal profile: typhoon 5 + pests 5 + sea level 1 = 11 → 11 %', () => {
    const { outcome, warnings } = nonPermanenceBuffer(schema.parse(undefined))
    expect(outcome.naturalByHazard).toEqual({ typhoon: 5, pestsAndDisease: 5, seaLevelRise: 1, fire: 0, geological: 0 })
    expect(outcome.bufferRatio).toBeCloseTo(0.11, 12)
    expect(warnings.map((w) => w.code)).toContain('nprt-scores-not-assessed')
  })

  it('applies the mitigation factor and the 10 % floor', () => {
    // typhoon 5 × 0.5 = 2.5, pests 5 × 0.25 = 1.25, sea level 1 → 4.75 < 10 → floor 10 %
    const input = schema.parse({
      method: 'nprt',
      natural: { typhoon: { mitigation: 'one-measure' }, pestsAndDisease: { mitigation: 'prevention-and-containment' } },
    })
    const { outcome } = nonPermanenceBuffer(input)
    expect(outcome.naturalScore).toBeCloseTo(4.75, 12)
    expect(outcome.minimumPercentApplied).toBe(true)
    expect(outcome.bufferRatio).toBeCloseTo(0.1, 12)
  })

  it('adds internal and external scores to the rating', () => {
    const input = schema.parse({ method: 'nprt', internal: { projectManagement: 4, financialViability: 2, opportunityCost: 0, projectLongevity: 6 }, external: { landTenure: 2, communityEngagement: 0, politicalRisk: 2 } })
    const { outcome, warnings } = nonPermanenceBuffer(input)
    expect(outcome.overallRiskRating).toBe(4 + 2 + 6 + 2 + 2 + 11) // 27
    expect(outcome.bufferRatio).toBeCloseTo(0.27, 12)
    expect(warnings.map((w) => w.code)).not.toContain('nprt-scores-not-assessed')
  })

  it('fails (withholds everything) on a catastrophic loss more than once per 10 years', () => {
    const input = schema.parse({ method: 'nprt', natural: { typhoon: { significance: 'catastrophic' } } })
    const { outcome, warnings } = nonPermanenceBuffer(input)
    expect(outcome.failed).toBe(true)
    expect(outcome.bufferRatio).toBe(1)
    expect(warnings.map((w) => w.code)).toContain('nprt-fail')
  })

  it('accepts a fixed buffer and rejects one above 100 %', () => {
    expect(nonPermanenceBuffer(schema.parse({ method: 'fixed', bufferPercent: 15 })).outcome.bufferRatio).toBeCloseTo(0.15, 12)
    const bad = schema.safeParse({ method: 'fixed', bufferPercent: 120 })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.path).toEqual(['bufferPercent'])
  })
})
