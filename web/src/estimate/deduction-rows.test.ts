import { describe, expect, it } from 'vitest'
import { withheldShareOfGross, yearTableRows } from './deduction-rows.ts'

const row = (year: number, gross: number, leakage: number, uncertainty: number, buffer: number) => ({
  year,
  grossRemovalsTco2e: gross,
  baselineTco2e: 0,
  projectEmissionsTco2e: 0,
  leakageTco2e: leakage,
  uncertaintyDeductionTco2e: uncertainty,
  bufferTco2e: buffer,
  netCreditsTco2e: gross - leakage - uncertainty - buffer,
})

describe('yearTableRows', () => {
  const years = [row(2026, 100, 0, 0, 10), row(2027, 200, 0, 0, 20)]
  const totals = { ...row(0, 300, 0, 0, 30), year: undefined }
  const rows = yearTableRows({ years, totals })

  it('gives one row per year in the deduction order: gross, baseline, emissions, leakage, uncertainty, buffer, net', () => {
    expect(rows[0]).toEqual({ year: 2026, values: [100, 0, 0, 0, 0, 10, 90] })
    expect(rows[1]).toEqual({ year: 2027, values: [200, 0, 0, 0, 0, 20, 180] })
  })

  it("ends with the API's totals as given", () => {
    // 300 − 30 = 270 net
    expect(rows[2]).toEqual({ year: 'total', values: [300, 0, 0, 0, 0, 30, 270] })
  })
})

describe('withheldShareOfGross', () => {
  it('adds leakage, uncertainty and buffer and divides by gross', () => {
    // (5 + 10 + 25) / 200 = 0.2
    expect(withheldShareOfGross(row(0, 200, 5, 10, 25))).toBeCloseTo(0.2, 12)
  })

  it('is 0 when nothing was removed', () => {
    expect(withheldShareOfGross(row(0, 0, 0, 0, 0))).toBe(0)
  })
})
