import { describe, expect, it } from 'vitest'
import { localFrame } from './local-metres.ts'

describe('localFrame', () => {
  it('scales longitude by cos(latitude)', () => {
    // 6,371,008.8 m × π/180 = 111,195.08 m per degree; × cos 21° (0.933580) = 103,809.55 m
    // per degree of longitude, so 0.001° east of 110°E 21°N is 103.81 m.
    const [x, y] = localFrame([110, 21]).toMetres([110.001, 21])
    expect(x).toBeCloseTo(103.81, 2)
    expect(y).toBe(0)
  })

  it('uses the full degree length for latitude', () => {
    // 0.001° north = 111,195.08 m × 0.001 = 111.195 m, independent of longitude.
    const [x, y] = localFrame([110, 21]).toMetres([110, 21.001])
    expect(x).toBe(0)
    expect(y).toBeCloseTo(111.195, 3)
  })

  it('inverts its own projection', () => {
    const frame = localFrame([109.75, 21.55])
    const [lon, lat] = frame.toLonLat(frame.toMetres([109.7731, 21.5312]))
    expect(lon).toBeCloseTo(109.7731, 10)
    expect(lat).toBeCloseTo(21.5312, 10)
  })
})
