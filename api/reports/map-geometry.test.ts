import { describe, expect, it } from 'vitest'
import { clipRingToRect, ringAreaPx, type Point } from './clip-ring.ts'
import { bboxOf, frameBbox, frameForBbox, project } from './map-frame.ts'
import { niceFloor, niceTicks } from './nice-number.ts'

describe('map frame (local equirectangular)', () => {
  // One degree on the 6,371,008.8 m sphere: 6,371,008.8 × π/180 = 111,195.08 m.
  // bbox 0.01° × 0.01° at 21.005° N: north–south 1,111.951 m; east–west
  // 1,111.951 × cos 21.005° (0.933549) = 1,038.060 m.
  const frame = frameForBbox([110, 21, 110.01, 21.01], { widthPx: 600, heightPx: 400, paddingRatio: 0, minSpanM: 0 })

  it('fits the limiting direction: 1,111.951 m over 400 px = 2.77988 m/px', () => {
    expect(frame.metresPerPx).toBeCloseTo(2.77988, 4)
  })

  it('projects the NE corner to x = 300 + 519.030 / 2.77988 = 486.71, y = 200 − 555.975 / 2.77988 = 0', () => {
    const [x, y] = project(frame, [110.01, 21.01])
    expect(x).toBeCloseTo(486.71, 1)
    expect(y).toBeCloseTo(0, 6)
  })

  it('gives back the shown extent: ±300 px × 2.77988 / (111,195.08 × 0.933549) = ±0.0080339° of longitude', () => {
    const [minLon, minLat, maxLon, maxLat] = frameBbox(frame)
    expect(minLon).toBeCloseTo(110.005 - 0.0080339, 6)
    expect(maxLon).toBeCloseTo(110.005 + 0.0080339, 6)
    expect(minLat).toBeCloseTo(21, 9)
    expect(maxLat).toBeCloseTo(21.01, 9)
  })

  it('never shows less ground than minSpanM', () => {
    const tiny = frameForBbox([110, 21, 110.0001, 21.0001], { widthPx: 500, heightPx: 300, paddingRatio: 0.5, minSpanM: 2000 })
    expect(tiny.metresPerPx).toBeCloseTo(4, 9) // 2,000 m / 500 px
  })

  it('bboxOf reads any nesting of positions', () => {
    expect(bboxOf([[[[1, 2], [3, -1]]], [[[0, 5]]]])).toEqual([0, -1, 3, 5])
  })
})

describe('clipRingToRect (Sutherland–Hodgman)', () => {
  const rect = { minX: 0, minY: 0, maxX: 10, maxY: 10 }

  it('cuts a square straddling a corner to its inside quarter: 5 × 5 = 25 px²', () => {
    const ring: Point[] = [[-5, -5], [5, -5], [5, 5], [-5, 5], [-5, -5]]
    const clipped = clipRingToRect(ring, rect)
    expect(ringAreaPx(clipped)).toBeCloseTo(25, 9)
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(y).toBeGreaterThanOrEqual(0)
    }
  })

  it('keeps a ring that is inside unchanged (triangle ½ × 4 × 4 = 8 px²)', () => {
    const ring: Point[] = [[1, 1], [5, 1], [1, 5]]
    expect(clipRingToRect(ring, rect)).toEqual(ring)
    expect(ringAreaPx(ring)).toBe(8)
  })

  it('turns a ring enclosing the rectangle into the rectangle (100 px²) and drops one outside', () => {
    expect(ringAreaPx(clipRingToRect([[-50, -50], [50, -50], [50, 50], [-50, 50]], rect))).toBeCloseTo(100, 9)
    expect(clipRingToRect([[20, 20], [30, 20], [30, 30]], rect)).toEqual([])
  })
})

describe('nice numbers', () => {
  it('niceFloor picks the largest 1/2/5 × 10^k not above the limit', () => {
    expect(niceFloor(3700)).toBe(2000)
    expect(niceFloor(999)).toBe(500)
    expect(niceFloor(1000)).toBe(1000)
    expect(niceFloor(7.5)).toBe(5)
    expect(niceFloor(0)).toBe(0)
  })

  it('niceTicks: 0–230 in about 5 steps → step 50 (230 / 5 = 46, next nice step 50), up to 250', () => {
    expect(niceTicks(0, 230)).toEqual([0, 50, 100, 150, 200, 250])
  })

  it('niceTicks spans negatives and includes 0: −30–100 → (130 / 5 = 26 → step 50) −50…100', () => {
    expect(niceTicks(-30, 100)).toEqual([-50, 0, 50, 100])
  })
})
