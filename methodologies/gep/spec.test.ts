import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { gepValuation } from './index.ts'
import { mangroveInput } from './test/inputs.ts'

const issuesOf = (raw: unknown) => {
  const r = gepValuation.input.safeParse(raw)
  return r.success ? [] : r.error.issues
}
const paths = (raw: unknown) => issuesOf(raw).map((i) => i.path.join('.'))

describe('bad input is refused with field paths', () => {
  it('accepts the reference input', () => {
    expect(issuesOf(mangroveInput())).toEqual([])
  })

  it('refuses a negative area, quantity or price', () => {
    expect(paths(mangroveInput({ areaHa: -1 }))).toContain('areaHa')
    const raw = mangroveInput()
    raw.services.waterPurificationCod = { removalKgPerHaPerYear: -5 }
    raw.services.aquaticProducts = { harvestTPerYear: 2, unitPrice: { value: -1, priceYear: 2010 } }
    expect(paths(raw)).toEqual(
      expect.arrayContaining(['services.waterPurificationCod.removalKgPerHaPerYear', 'services.aquaticProducts.unitPrice.value']),
    )
    expect(paths(mangroveInput({ carbonPrice: { kind: 'user', priceCnyPerTco2e: -3 } }))).toContain('carbonPrice.priceCnyPerTco2e')
  })

  it('refuses a horizon over 100 years', () => {
    expect(paths(mangroveInput({ horizonYears: 101 }))).toContain('horizonYears')
    expect(issuesOf(mangroveInput({ horizonYears: 100 }))).toEqual([])
  })

  it('refuses an unknown ecosystem', () => {
    expect(paths(mangroveInput({ ecosystem: 'coral-reef' }))).toEqual(['ecosystem'])
  })

  it('requires the seawall cost for seagrass, where no source equates a seagrass bed with a seawall', () => {
    const raw = mangroveInput({ ecosystem: 'seagrass' })
    raw.services = { ...raw.services, waterPurificationNitrogen: { removalKgPerHaPerYear: 0 }, sedimentRetention: { retentionM3PerHaPerYear: 0 } } as typeof raw.services
    expect(paths(raw)).toEqual(['services.coastalProtection.seawallCost'])
  })

  it('requires a measured oxygen quantity for mariculture (shell carbon releases no O2)', () => {
    const raw = mangroveInput({ ecosystem: 'mariculture' })
    expect(paths(raw)).toEqual(
      expect.arrayContaining(['services.oxygenRelease', 'services.waterPurificationNitrogen', 'services.sedimentRetention']),
    )
  })

  it('refuses services that do not apply to the ecosystem (coastal protection for a forest)', () => {
    const raw = mangroveInput({ ecosystem: 'forest' })
    raw.services = { ...raw.services, waterPurificationNitrogen: { removalKgPerHaPerYear: 0 }, sedimentRetention: { retentionM3PerHaPerYear: 0 } } as typeof raw.services
    const issues = issuesOf(raw)
    expect(issues.some((i) => i.code === 'unrecognized_keys')).toBe(true)
  })

  it('refuses both carbon forms at once, with a bilingual message', () => {
    const issue = issuesOf(mangroveInput({ carbonSequestrationByYear: [{ year: 2010, tco2e: 1 }] })).find(
      (i) => i.path.join('.') === 'carbonSequestrationByYear',
    )
    expect(issue?.message).toMatch(/not both/)
    expect((issue as { params?: { zh?: string } }).params?.zh).toContain('之一')
  })

  it('refuses a repeated year in the carbon series', () => {
    const raw = mangroveInput({
      carbonSequestrationTco2ePerYear: undefined,
      carbonSequestrationByYear: [
        { year: 2010, tco2e: 1 },
        { year: 2010, tco2e: 2 },
      ],
    })
    expect(paths(raw)).toEqual(['carbonSequestrationByYear.1.year'])
  })

  it('asks for a price-year factor where the CPI table has no index, naming the price year', () => {
    const issues = issuesOf(mangroveInput({ valuationYear: 2026 }))
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual([
      'priceAdjustmentFactors.2010',
      'priceAdjustmentFactors.2021',
      'priceAdjustmentFactors.2023',
    ])
    const first = issues[0] as { message: string; params?: { zh?: string } }
    expect(first.message).toMatch(/No CPI index for 2026/)
    expect(first.params?.zh).toContain('2026')
  })
})

describe('the spec drives the form', () => {
  it('exports a JSON Schema where required fields differ by ecosystem', () => {
    const schema = z.toJSONSchema(gepValuation.input, { io: 'input', unrepresentable: 'any' }) as unknown as {
      oneOf: { properties: { ecosystem: { const: string }; services: { properties: Record<string, { required?: string[] }> } } }[]
    }
    const byEcosystem = Object.fromEntries(schema.oneOf.map((o) => [o.properties.ecosystem.const, o.properties.services.properties]))
    expect(byEcosystem.mangrove?.coastalProtection?.required).not.toContain('seawallCost')
    expect(byEcosystem.seagrass?.coastalProtection?.required).toContain('seawallCost')
    expect(byEcosystem.forest?.coastalProtection).toBeUndefined()
  })
})
