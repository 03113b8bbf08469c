import { describe, expect, it } from 'vitest'
import { bboxParam, queryZoom } from './viewport-query.ts'

describe('bboxParam', () => {
  it('rounds outwards to 1e-4 degrees so the view stays covered', () => {
    // west 110.12345 → floor to 110.1234; south 21.00001 → 21.0000;
    // east 110.56781 → ceil to 110.5679; north 21.39999 → 21.4000.
    expect(bboxParam([110.12345, 21.00001, 110.56781, 21.39999])).toBe('110.1234,21,110.5679,21.4')
  })

  it('leaves values already on the grid unchanged', () => {
    expect(bboxParam([109.5, 20.8, 110.8, 21.9])).toBe('109.5,20.8,110.8,21.9')
  })

  it('clamps a world-wrapped view to valid longitudes and latitudes', () => {
    expect(bboxParam([-200.5, -91, 190, 95])).toBe('-180,-90,180,90')
  })
})

describe('queryZoom', () => {
  it('rounds up and stays within 0–24', () => {
    expect(queryZoom(9.2)).toBe(10)
    expect(queryZoom(12)).toBe(12)
    expect(queryZoom(-1)).toBe(0)
    expect(queryZoom(30)).toBe(24)
  })
})
