import { describe, expect, it } from 'vitest'
import type { EstimateRow } from '../../db/queries/estimates.ts'
import { formatters } from '../format.ts'
import { translator } from '../report-i18n.ts'
import { estimateSection } from './estimate.section.ts'

const ctx = (locale: 'en' | 'zh') => ({ locale, t: translator(locale), f: formatters(locale) })

function transitionEstimate(): EstimateRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    siteId: '00000000-0000-4000-8000-000000000002',
    methodologyId: 'coastal-transition',
    methodologyVersion: '0.1.0',
    inputs: {},
    outputs: { methodology: { id: 'coastal-transition', version: '0.1.0' }, periods: [], totalNetSequestration: 1234.5 },
    contentHash: 'cd'.repeat(32),
    areaHa: null,
    totalNetCreditsTco2e: null,
    createdBy: null,
    createdAt: new Date('2026-03-04T05:06:00Z'),
  }
}

describe('estimate section', () => {
  it('a transition-model estimate shows its headline total instead of a chart and deductions', () => {
    const out = estimateSection(ctx('en'), transitionEstimate()).value
    expect(out).toContain('is not a yearly credit schedule')
    expect(out).toContain('1,234.5')
    expect(out).toContain('coastal-transition 0.1.0')
    expect(out).toContain('2026-03-04 05:06 UTC')
    expect(out).not.toContain('class="chart"')
    expect(out).not.toContain('Deductions')
  })

  it('no estimate: a note in the reader’s language', () => {
    expect(estimateSection(ctx('zh'), undefined).value).toContain('该地块尚未保存碳汇估算。')
  })
})
