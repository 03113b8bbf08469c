import { describe, expect, it } from 'vitest'
import type { EstimateRow } from '../db/queries/estimates.ts'
import { carbonFromEstimate } from './carbon-from-estimate.ts'

const year = (y: number, gross: number, emissions: number) => ({
  year: y,
  grossRemovalsTco2e: gross,
  baselineTco2e: 1,
  projectEmissionsTco2e: emissions,
  leakageTco2e: 0.5,
  uncertaintyDeductionTco2e: 0,
  bufferTco2e: 0.7,
  netCreditsTco2e: gross - 1 - emissions - 0.5 - 0.7,
})

function row(outputs: Record<string, unknown>): EstimateRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    siteId: '00000000-0000-4000-8000-000000000002',
    methodologyId: 'mangrove-afforestation',
    methodologyVersion: '1.0.0',
    inputs: {},
    outputs,
    contentHash: 'ab'.repeat(32),
    areaHa: '10.0000',
    totalNetCreditsTco2e: null,
    createdBy: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  }
}

const areaBased = (years: ReturnType<typeof year>[]) => ({
  methodology: { id: 'mangrove-afforestation', version: '1.0.0' },
  areaHa: 10,
  years,
  totals: { grossRemovalsTco2e: 0, baselineTco2e: 0, projectEmissionsTco2e: 0, leakageTco2e: 0, uncertaintyDeductionTco2e: 0, bufferTco2e: 0, netCreditsTco2e: 0 },
  warnings: [],
})

describe('carbonFromEstimate', () => {
  it('takes gross removals − project emissions per year, not net credits (baseline, leakage, buffer ignored)', () => {
    const { byYear, basis } = carbonFromEstimate(row(areaBased([year(2025, 10, 4), year(2026, 12.5, 0.5)])))
    // 10 − 4 = 6; 12.5 − 0.5 = 12
    expect(byYear).toEqual([{ year: 2025, tco2e: 6 }, { year: 2026, tco2e: 12 }])
    expect(basis).toMatchObject({ status: 'estimate', fromYear: 2025, toYear: 2026, netEmissionYears: [], contentHash: 'ab'.repeat(32) })
  })

  it('a year that is a net source counts 0 t and is named', () => {
    const { byYear, basis } = carbonFromEstimate(row(areaBased([year(2025, 2, 5), year(2026, 9, 1)])))
    // 2 − 5 = −3 → 0; 9 − 1 = 8
    expect(byYear).toEqual([{ year: 2025, tco2e: 0 }, { year: 2026, tco2e: 8 }])
    expect(basis).toMatchObject({ netEmissionYears: [2025] })
  })

  it('no estimate, or one without a yearly schedule (transition model), supplies no carbon', () => {
    expect(carbonFromEstimate(undefined)).toEqual({ byYear: null, basis: { status: 'no-estimate' } })
    const transition = carbonFromEstimate(row({ methodology: { id: 'coastal-transition', version: '1' }, periods: [], totalNetSequestration: 50 }))
    expect(transition.byYear).toBeNull()
    expect(transition.basis).toMatchObject({ status: 'unsupported-estimate', estimateId: '00000000-0000-4000-8000-000000000001' })
  })
})
