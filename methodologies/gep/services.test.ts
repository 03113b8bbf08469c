import { describe, expect, it } from 'vitest'
import { gepValuation } from './index.ts'
import { mangroveInput } from './test/inputs.ts'

/** Parses and computes; returns the row of one service. */
function row(raw: Record<string, unknown>, id: string) {
  const output = gepValuation.compute(gepValuation.input.parse(raw))
  const found = output.services.find((s) => s.id === id)
  if (!found) throw new Error(`no row ${id}`)
  return found
}

// Valuation year 2010 = price year of the 甘孜 Table 3 prices, so their CPI factor is 1.
// Tolerance: 0.01 CNY (values are rounded to 2 decimals once, at the end).
describe('each service against a hand calculation from its cited unit price', () => {
  it('oxygen release: 163 tCO2e × 1.19/1.63 = 119 t O2 × 727 CNY/t (甘孜 Table 3) = 86,513 CNY/yr', () => {
    const r = row(mangroveInput(), 'oxygen-release')
    expect(r.quantity).toBeCloseTo(119, 6)
    expect(r.unitPrice).toBe(727)
    expect(r.priceYear).toBe(2010)
    expect(r.valueCnyPerYear).toBeCloseTo(86_513, 2)
  })

  it('nitrogen: 912 g/ha/day × 365 = 332.88 kg/ha/yr × 10 ha = 3.3288 t × 875 CNY/t = 2,912.70 CNY/yr', () => {
    const r = row(mangroveInput(), 'water-purification-nitrogen')
    expect(r.quantity).toBeCloseTo(3.3288, 6)
    expect(r.valueCnyPerYear).toBeCloseTo(2912.7, 2)
    expect(r.source.quantity?.id).toBe('qld-wetlandinfo-mangrove-n')
  })

  it('phosphorus: 2 kg/ha/yr × 10 ha = 0.02 t × 2,800 CNY/t = 56.00 CNY/yr', () => {
    expect(row(mangroveInput(), 'water-purification-phosphorus').valueCnyPerYear).toBeCloseTo(56, 2)
  })

  it('COD: 50 kg/ha/yr × 10 ha = 0.5 t × 700 CNY/t = 350.00 CNY/yr', () => {
    expect(row(mangroveInput(), 'water-purification-cod').valueCnyPerYear).toBeCloseTo(350, 2)
  })

  it('sediment: 6.5 mm/yr × 10,000 m²/ha = 65 m³/ha/yr × 10 ha = 650 m³ × 15.58 CNY/m³ = 10,127.00 CNY/yr', () => {
    const r = row(mangroveInput(), 'sediment-retention')
    expect(r.quantity).toBeCloseTo(650, 6)
    expect(r.valueCnyPerYear).toBeCloseTo(10_127, 2)
  })

  it('coastal protection (valued in 2023, the seawall price year): 163,000,000 / 22.525 km = 7,236,403.9956 CNY/km / 50 yr = 144,728.0799 CNY/km/yr × 2 km = 289,456.16 CNY/yr', () => {
    const r = row(mangroveInput({ valuationYear: 2023 }), 'coastal-protection')
    expect(r.priceYear).toBe(2023)
    expect(r.priceAdjustmentFactor).toBe(1)
    expect(r.unitPrice).toBeCloseTo(144_728.0799, 3)
    expect(r.valueCnyPerYear).toBeCloseTo(289_456.16, 2)
  })

  it('recreation (valued in 2021, the inferred price year): 161,000,000 / 1,300,000 = 123.846154 CNY/visit × 10,000 visits = 1,238,461.54 CNY/yr', () => {
    const r = row(mangroveInput({ valuationYear: 2021 }), 'recreation')
    expect(r.valueCnyPerYear).toBeCloseTo(1_238_461.54, 2)
  })

  it('carbon: 163 tCO2e × 62.36 CNY/tCO2e (user price, no CPI) = 10,164.68 CNY/yr', () => {
    const r = row(mangroveInput({ valuationYear: 2020 }), 'carbon-sequestration')
    expect(r.priceAdjustmentFactor).toBe(1)
    expect(r.valueCnyPerYear).toBeCloseTo(10_164.68, 2)
  })

  it('aquatic products: 2 t × 30,000 CNY/t = 60,000 CNY/yr', () => {
    expect(row(mangroveInput(), 'aquatic-products').valueCnyPerYear).toBeCloseTo(60_000, 2)
  })

  it('climate regulation: 1,000 kWh/ha/yr × 10 ha × 0.53 CNY/kWh = 5,300 CNY/yr', () => {
    expect(row(mangroveInput(), 'climate-regulation').valueCnyPerYear).toBeCloseTo(5300, 2)
  })

  it('mariculture oxygen comes from the measured quantity, not from carbon: 40 t × 727 = 29,080 CNY/yr', () => {
    const raw = mangroveInput({ ecosystem: 'mariculture' })
    const services = raw.services as Record<string, unknown>
    services.oxygenRelease = { oxygenTPerYear: 40 }
    services.waterPurificationNitrogen = { removalKgPerHaPerYear: 0 }
    services.sedimentRetention = { retentionM3PerHaPerYear: 0 }
    services.coastalProtection = { protectedShorelineKm: 0, seawallServiceLifeYears: 50, seawallCost: { value: 0, priceYear: 2010 } }
    expect(row(raw, 'oxygen-release').valueCnyPerYear).toBeCloseTo(29_080, 2)
  })
})

describe('totals', () => {
  it('sum the rows by class and overall (valuation 2010, one year, r = 0)', () => {
    const out = gepValuation.compute(gepValuation.input.parse(mangroveInput({ services: { ...mangroveInput().services, recreation: { visitsPerYear: 0 } } })))
    // material: aquatic 60,000
    expect(out.totalsByClass.material).toBeCloseTo(60_000, 2)
    // cultural: 0 visits
    expect(out.totalsByClass.cultural).toBe(0)
    const sum = out.services.reduce((acc, s) => acc + (s.valueCnyPerYear ?? 0), 0)
    expect(out.totalCnyPerYear).toBeCloseTo(sum, 1)
    expect(out.npvCny).toBeCloseTo(out.totalCnyPerYear, 2)
  })

  it('returns an object that satisfies the output schema', () => {
    const out = gepValuation.compute(gepValuation.input.parse(mangroveInput({ horizonYears: 5, discountRatePercent: 4 })))
    expect(gepValuation.output.safeParse(out).success).toBe(true)
  })

  it('forest has no aquatic-products or coastal-protection rows', () => {
    const raw = mangroveInput({ ecosystem: 'forest' })
    const services = raw.services as Record<string, unknown>
    delete services.aquaticProducts
    delete services.coastalProtection
    services.waterPurificationNitrogen = { removalKgPerHaPerYear: 0 }
    services.sedimentRetention = { retentionM3PerHaPerYear: 0 }
    const out = gepValuation.compute(gepValuation.input.parse(raw))
    expect(out.services.map((s) => s.id)).not.toContain('coastal-protection')
    expect(out.services.map((s) => s.id)).not.toContain('aquatic-products')
  })
})
