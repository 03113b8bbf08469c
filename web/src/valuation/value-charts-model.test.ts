import { describe, expect, it } from 'vitest'
import type { ValuationResult } from '../api/valuations.ts'
import { stackedSegments, tornadoRows } from './value-charts-model.ts'

type Row = ValuationResult['services'][number]
const service = (id: Row['id'], cls: Row['class'], value: number | null, status: Row['status'] = 'ok') =>
  ({ id, class: cls, valueCnyPerYear: value, status }) as Row

describe('stackedSegments', () => {
  it('groups by class, largest first within a class, as shares of the total', () => {
    // total = 100 + 300 + 600 = 1,000 → recreation (cultural) last
    const segments = stackedSegments([service('recreation', 'cultural', 100), service('coastal-protection', 'regulating', 300), service('carbon-sequestration', 'regulating', 600)])
    expect(segments.map((s) => s.serviceId)).toEqual(['carbon-sequestration', 'coastal-protection', 'recreation'])
    // starts 0, 0.6, 0.6 + 0.3 = 0.9; widths 600/1000, 300/1000, 100/1000
    const expected = [
      [0, 0.6],
      [0.6, 0.3],
      [0.9, 0.1],
    ]
    segments.forEach((s, i) => {
      expect(s.start).toBeCloseTo(expected[i]![0]!, 12)
      expect(s.width).toBeCloseTo(expected[i]![1]!, 12)
    })
  })

  it('leaves out services that still need input or are worth nothing', () => {
    const segments = stackedSegments([service('aquatic-products', 'material', null, 'needs-input'), service('oxygen-release', 'regulating', 0), service('recreation', 'cultural', 50)])
    expect(segments.map((s) => [s.serviceId, s.width])).toEqual([['recreation', 1]])
  })

  it('is empty when nothing is valued', () => {
    expect(stackedSegments([service('recreation', 'cultural', null, 'needs-input')])).toEqual([])
  })
})

describe('tornadoRows', () => {
  it('puts every NPV range on one axis from the lowest low to the highest high', () => {
    const rows = tornadoRows([
      { parameter: 'carbon price', serviceId: 'carbon-sequestration', kind: 'price', npvLowCny: 800, npvHighCny: 1200, swingCny: 400 },
      { parameter: 'visits', serviceId: 'recreation', kind: 'quantity', npvLowCny: 950, npvHighCny: 1050, swingCny: 100 },
    ])
    // axis 800 … 1,200 (span 400): first row 0 … 1; second (950 − 800) / 400 = 0.375, width 100 / 400 = 0.25
    expect(rows.map((r) => [r.left, r.width])).toEqual([
      [0, 1],
      [0.375, 0.25],
    ])
  })

  it('is empty without sensitivity rows', () => {
    expect(tornadoRows([])).toEqual([])
  })
})
