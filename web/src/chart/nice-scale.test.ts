import { describe, expect, it } from 'vitest'
import { niceNumber, niceScale } from './nice-scale.ts'

describe('niceNumber', () => {
  it('rounds to 1, 2, 5 or 10 times a power of ten', () => {
    // 2.5 = 2.5 × 10^0; rounded: 2.5 < 3 → 2
    expect(niceNumber(2.5, true)).toBe(2)
    // 9.3: not rounded, 9.3 > 5 → 10
    expect(niceNumber(9.3, false)).toBe(10)
    // 1,234 = 1.234 × 10^3; rounded: < 1.5 → 1,000
    expect(niceNumber(1234, true)).toBe(1000)
    // 0.034 = 3.4 × 10^-2; rounded: 3 ≤ 3.4 < 7 → 0.05
    expect(niceNumber(0.034, true)).toBeCloseTo(0.05, 12)
  })
})

describe('niceScale', () => {
  it('covers the data with round ticks', () => {
    // range: nice(9.3, up) = 10; step: nice(10 / 4 = 2.5, round) = 2; 0 … 10
    expect(niceScale(0, 9.3)).toEqual({ min: 0, max: 10, step: 2, ticks: [0, 2, 4, 6, 8, 10] })
  })

  it('always includes zero, so bars grow from the axis', () => {
    // [0, 1,180]: range nice(1180, up) = 2,000; step nice(500, round) = 500; ceil(1180/500) = 3 → 1,500
    expect(niceScale(830, 1180)).toEqual({ min: 0, max: 1500, step: 500, ticks: [0, 500, 1000, 1500] })
  })

  it('extends below zero for negative values', () => {
    // [-120, 480]: range 600 → nice up 1,000; step nice(250, round) = 200; floor(-120/200) = -1 → -200; ceil(480/200) = 3 → 600
    expect(niceScale(-120, 480)).toEqual({ min: -200, max: 600, step: 200, ticks: [-200, 0, 200, 400, 600] })
  })

  it('gives a unit scale when all values are zero', () => {
    // [0, 1]: range 1; step nice(0.25, round) = 0.2 → 0, 0.2, … 1
    expect(niceScale(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
  })
})
