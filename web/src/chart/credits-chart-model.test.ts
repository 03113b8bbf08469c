import { describe, expect, it } from 'vitest'
import { creditsChartModel, type ChartBox } from './credits-chart-model.ts'

// A box whose plot area is 300 × 150 units starting at (50, 10), so positions are easy to work out.
const box: ChartBox = { width: 400, height: 180, left: 50, right: 50, top: 10, bottom: 20 }
const years = [
  { year: 2026, netCreditsTco2e: 10 },
  { year: 2027, netCreditsTco2e: 20 },
  { year: 2028, netCreditsTco2e: -5 },
]

describe('creditsChartModel', () => {
  const m = creditsChartModel(years, box)

  it('scales the yearly bars on a round axis that includes the negative year', () => {
    // niceScale(-5, 20): range 25 → nice 50; step nice(12.5) = 10; -10 … 20
    expect(m.left.ticks).toEqual([-10, 0, 10, 20])
    // y(v) = 10 + (20 − v) / 30 × 150 → y(0) = 110, y(10) = 60, y(20) = 10, y(-5) = 135
    expect(m.zeroY).toBeCloseTo(110, 9)
    expect(m.bars.map((b) => [b.y, b.height])).toEqual([
      [60, 50],
      [10, 100],
      [110, 25],
    ])
  })

  it('places each bar in the middle 70 % of its year band', () => {
    // band = 300 / 3 = 100; width 70; x = 50 + i·100 + 15
    expect(m.bars.map((b) => [b.x, b.width])).toEqual([
      [65, 70],
      [165, 70],
      [265, 70],
    ])
  })

  it('accumulates net credits for the line, on its own axis', () => {
    // 10, 10 + 20 = 30, 30 − 5 = 25
    expect(m.cumulative.map((p) => p.value)).toEqual([10, 30, 25])
    // niceScale(0, 30): range nice(30) = 50; step 10; 0 … 30 → y(v) = 10 + (30 − v) / 30 × 150
    expect(m.right.ticks).toEqual([0, 10, 20, 30])
    expect(m.cumulative.map((p) => p.y)).toEqual([110, 10, 35])
    expect(m.cumulative.map((p) => p.x)).toEqual([100, 200, 300])
  })

  it('labels at most about ten years', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ year: 2026 + i, netCreditsTco2e: 1 }))
    const labels = creditsChartModel(many, box).xLabels
    // every ceil(40 / 10) = 4th year: 2026, 2030, …, 2062 → 10 labels
    expect(labels.map((l) => l.year)).toEqual([2026, 2030, 2034, 2038, 2042, 2046, 2050, 2054, 2058, 2062])
  })

  it('draws nothing for an empty result', () => {
    const empty = creditsChartModel([], box)
    expect(empty.bars).toEqual([])
    expect(empty.cumulative).toEqual([])
  })
})
