import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCarbonPrices, type CarbonPriceRow } from './parse-carbon-prices.ts'

const HEADER = 'series,period_start,period_end,statistic,price_cny_per_tco2e,volume_t,source_url,note'
const seeded = readFileSync(new URL('../../seeds/prices/carbon-prices.csv', import.meta.url), 'utf8')

function rowsOf(text: string): CarbonPriceRow[] {
  const result = parseCarbonPrices(text)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.rows
}
const errorsOf = (text: string) => {
  const result = parseCarbonPrices(text)
  return result.ok ? [] : result.errors
}

describe('the seeded carbon-prices.csv', () => {
  it('parses without errors and covers the four series', () => {
    const rows = rowsOf(seeded)
    expect(new Set(rows.map((r) => r.series))).toEqual(new Set(['CEA', 'CCER', 'GDEA', 'BLUE_CARBON_DEAL']))
  })

  it('carries the figures of finance.md §3 as written (spot checks)', () => {
    const rows = rowsOf(seeded)
    const find = (series: string, start: string, end: string, statistic: string) =>
      rows.find((r) => r.series === series && r.period_start === start && r.period_end === end && r.statistic === statistic)
    expect(find('CEA', '2025-01-01', '2025-12-31', 'average')).toMatchObject({ price_cny_per_tco2e: '62.36', volume_t: '235000000' })
    expect(find('CCER', '2025-01-01', '2025-12-31', 'average')?.price_cny_per_tco2e).toBe('70.76')
    expect(find('GDEA', '2024-01-01', '2024-12-31', 'average')?.price_cny_per_tco2e).toBe('51.37')
    expect(find('BLUE_CARBON_DEAL', '2023-09-26', '2023-09-26', 'deal')).toMatchObject({ price_cny_per_tco2e: '485.00', volume_t: null })
  })

  it('states derived prices with inputs that reproduce them', () => {
    const rows = rowsOf(seeded)
    const derived = (series: string, start: string, end: string) =>
      rows.find((r) => r.series === series && r.period_start === start && r.period_end === end && r.statistic === 'average')
    // 3,045,605,569 / 40,649,419 = 74.9237 → 74.92
    expect(derived('CEA', '2025-01-01', '2025-07-04')?.price_cny_per_tco2e).toBe('74.92')
    // 7,661,000,000 / 178,790,000 = 42.8492 → 42.85
    expect(derived('CEA', '2021-07-16', '2021-12-31')?.price_cny_per_tco2e).toBe('42.85')
    // 28,198,600 / 417,400 = 67.5577 → 67.56
    expect(derived('CCER', '2025-12-15', '2025-12-19')?.price_cny_per_tco2e).toBe('67.56')
    expect(rows.filter((r) => /derived/i.test(r.note)).every((r) => /derived: \S/.test(r.note))).toBe(true)
  })
})

describe('parseCarbonPrices', () => {
  it('reads quoted fields with commas and escaped quotes, and CRLF line ends', () => {
    const text = `${HEADER}\r\nCEA,2024-01-01,2024-12-31,average,95.96,,https://example.org/a,"one, two ""three"""\r\n`
    expect(rowsOf(text)).toEqual([
      {
        series: 'CEA',
        period_start: '2024-01-01',
        period_end: '2024-12-31',
        statistic: 'average',
        price_cny_per_tco2e: '95.96',
        volume_t: null,
        source_url: 'https://example.org/a',
        note: 'one, two "three"',
      },
    ])
  })

  it('refuses a header that is not exactly the documented one', () => {
    expect(errorsOf('series,start,end\n')).toEqual([{ line: 1, message: expect.stringContaining('header must be exactly') }])
  })

  it('reports each bad cell with its line and column', () => {
    const text = [
      HEADER,
      'EUA,2024-01-01,2024-12-31,average,95.96,,https://example.org,',
      'CEA,2024-02-30,2024-12-31,average,95.96,,https://example.org,',
      'CEA,2024-12-31,2024-01-01,average,95.96,,https://example.org,',
      'CEA,2024-01-01,2024-12-31,median,95.96,,https://example.org,',
      'CEA,2024-01-01,2024-12-31,average,95.961,,https://example.org,',
      'CEA,2024-01-01,2024-12-31,average,0.00,,https://example.org,',
      'CEA,2024-01-01,2024-12-31,average,-5,,https://example.org,',
      'CEA,2024-01-01,2024-12-31,average,95.96,-1,https://example.org,',
      'CEA,2024-01-01,2024-12-31,average,95.96,,not a url,',
      'CEA,2024-01-01,2024-12-31,average,95.96,,https://example.org,derived from elsewhere',
      'CEA,2024-01-01,2024-12-31,average,95.96,,https://example.org',
    ].join('\n')
    expect(errorsOf(text).map((e) => [e.line, e.column ?? null])).toEqual([
      [2, 'series'],
      [3, 'period_start'],
      [4, 'period_end'],
      [5, 'statistic'],
      [6, 'price_cny_per_tco2e'],
      [7, 'price_cny_per_tco2e'],
      [8, 'price_cny_per_tco2e'],
      [9, 'volume_t'],
      [10, 'source_url'],
      [11, 'note'],
      [12, null],
    ])
  })

  it('refuses two values for the same series, period and statistic', () => {
    const line = 'GDEA,2024-07-22,2024-07-22,close,47.99,,https://example.org,'
    expect(errorsOf(`${HEADER}\n${line}\n${line}\n`)).toEqual([{ line: 3, message: 'duplicates line 2 (same series, period and statistic)' }])
  })

  it('reports an unterminated quote', () => {
    expect(errorsOf(`${HEADER}\nCEA,2024-01-01,2024-12-31,average,95.96,,https://example.org,"open`)).toEqual([
      { line: 2, message: 'unterminated quoted field' },
    ])
  })
})
