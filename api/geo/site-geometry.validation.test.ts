import { describe, expect, it } from 'vitest'
import { box, polygon } from '../../test/support/shapes.ts'
import { validateSiteGeometry } from './site-geometry.validation.ts'

const LIMITS = { minAreaHa: 0.01, maxAreaHa: 10_000, maxVertices: 10_000 }


function issuesOf(input: unknown, limits = LIMITS) {
  const r = validateSiteGeometry(input, limits)
  expect(r.valid).toBe(false)
  return r.issues
}

describe('a valid site', () => {
  it('is normalised to a 2D MultiPolygon and gets the geodesic area of a lon/lat box', () => {
    const r = validateSiteGeometry(polygon(box(110, 21, 0.01, 0.01)), LIMITS)
    expect(r.valid).toBe(true)
    if (!r.valid) return
    expect(r.value.geometry.type).toBe('MultiPolygon')
    // A box on the sphere: A = R² · Δλ · (sin φ2 − sin φ1)
    //   R² = 6,371,008.8² = 4.0589753e13 m²; Δλ = 0.01° = 1.7453293e-4 rad
    //   sin 21.01° − sin 21° = 0.3585308846 − 0.3583679495 = 1.629351e-4
    //   A = 4.0589753e13 × 1.7453293e-4 × 1.629351e-4 = 1,154,272 m² = 115.4272 ha
    expect(r.value.areaHa).toBeCloseTo(115.4272, 3)
  })

  it('drops altitudes and repeated consecutive positions (they would read as kinks)', () => {
    const ring = [[110, 21, 3], [110.01, 21, 3], [110.01, 21, 3], [110.01, 21.01], [110, 21.01], [110, 21, 3]]
    const r = validateSiteGeometry(polygon(ring), LIMITS)
    expect(r.valid).toBe(true)
    if (!r.valid) return
    expect(r.value.geometry.coordinates[0]![0]).toEqual([[110, 21], [110.01, 21], [110.01, 21.01], [110, 21.01], [110, 21]])
  })

  it('accepts a polygon with a hole inside its shell and a MultiPolygon of separate parts', () => {
    expect(validateSiteGeometry(polygon(box(110, 21, 0.01, 0.01), box(110.002, 21.002, 0.002, 0.002)), LIMITS).valid).toBe(true)
    const multi = { type: 'MultiPolygon', coordinates: [[box(110, 21, 0.01, 0.01)], [box(110.02, 21, 0.01, 0.01)]] }
    expect(validateSiteGeometry(multi, LIMITS).valid).toBe(true)
  })
})

describe('structure', () => {
  it('a missing geometry, a Feature and a LineString are refused with the right path and code', () => {
    expect(issuesOf(undefined)[0]).toMatchObject({ path: 'geometry', code: 'geometry_missing' })
    const feature = issuesOf({ type: 'Feature', geometry: polygon(box(110, 21, 0.01, 0.01)) })[0]!
    expect(feature).toMatchObject({ path: 'geometry.type', code: 'geometry_type' })
    expect(feature.message.en).toContain('Send the geometry of the feature')
    expect(issuesOf({ type: 'LineString', coordinates: [[110, 21], [111, 21]] })[0]!.message.zh).toContain('不接受几何类型 “LineString”')
  })

  it('a position that is not two numbers is reported at its own path', () => {
    const ring = [[110, 21], [110.01, '21'], [110.01, 21.01], [110, 21.01], [110, 21]]
    expect(issuesOf(polygon(ring as never))[0]).toMatchObject({ path: 'geometry.coordinates[0][1]', code: 'position_invalid' })
  })

  it('an unclosed ring names its last position and both end points', () => {
    const ring = [[110, 21], [110.01, 21], [110.01, 21.01], [110, 21.01], [110.0001, 21]]
    const issue = issuesOf(polygon(ring))[0]!
    expect(issue).toMatchObject({ path: 'geometry.coordinates[0][4]', code: 'ring_not_closed', point: [110.0001, 21] })
    expect(issue.message.en).toBe('The outer boundary is not closed: its last position (110.0001, 21) must repeat its first (110, 21).')
    expect(issue.message.zh).toBe('外边界未闭合：末点（110.0001, 21）应与首点（110, 21）相同。')
  })

  it('a ring of 3 positions is too short; in a MultiPolygon the path carries the polygon index', () => {
    const multi = { type: 'MultiPolygon', coordinates: [[box(110, 21, 0.01, 0.01)], [[[111, 21], [111.01, 21], [111, 21]]]] }
    const issue = issuesOf(multi)[0]!
    expect(issue).toMatchObject({ path: 'geometry.coordinates[1][0]', code: 'ring_too_short' })
    expect(issue.message.en).toContain('the outer boundary of polygon 1 has 3 positions'.replace('the', 'The'))
  })

  it('longitude and latitude out of range, with hints for swapped axes and projected metres', () => {
    const lon = issuesOf(polygon([[110, 21], [200, 21], [110.01, 21.01], [110, 21.01], [110, 21]]))[0]!
    expect(lon).toMatchObject({ path: 'geometry.coordinates[0][1]', code: 'longitude_out_of_range' })
    expect(lon.message.en).toBe('Longitude 200 is outside −180…180.')

    const swapped = issuesOf(polygon([[21, 110], [21, 110.01], [21.01, 110.01], [21.01, 110], [21, 110]]))[0]!
    expect(swapped).toMatchObject({ path: 'geometry.coordinates[0][0]', code: 'latitude_out_of_range' })
    expect(swapped.message.en).toContain('(5 positions of this ring are out of range)')
    expect(swapped.message.en).toContain('may be swapped')
    expect(swapped.message.zh).toContain('经纬度可能写反了')

    const metres = issuesOf(polygon([[500000, 2400000], [500100, 2400000], [500100, 2400100], [500000, 2400000]]))
    expect(metres.map((i) => i.code)).toEqual(['longitude_out_of_range', 'latitude_out_of_range'])
    expect(metres[0]!.message.en).toContain('projected coordinates (metres)')
  })

  it('more positions than the limit are refused before any heavier check', () => {
    const ring = Array.from({ length: 100 }, (_, i) => {
      const a = (2 * Math.PI * i) / 100
      return [110 + 0.01 * Math.cos(a), 21 + 0.01 * Math.sin(a)]
    })
    ring.push(ring[0]!)
    const issue = issuesOf(polygon(ring), { ...LIMITS, maxVertices: 100 })[0]!
    expect(issue).toMatchObject({ path: 'geometry', code: 'too_many_vertices' })
    expect(issue.message.en).toContain('101 positions; at most 100')
  })
})

describe('topology', () => {
  it('a bow-tie reports its kink point: the crossing of the two diagonals', () => {
    // Edges (110,21)→(110.01,21.01) and (110.01,21)→(110,21.01) cross at their common midpoint (110.005, 21.005).
    const ring = [[110, 21], [110.01, 21.01], [110.01, 21], [110, 21.01], [110, 21]]
    const issue = issuesOf(polygon(ring))[0]!
    expect(issue).toMatchObject({ path: 'geometry.coordinates', code: 'self_intersection' })
    expect(issue.point![0]).toBeCloseTo(110.005, 9)
    expect(issue.point![1]).toBeCloseTo(21.005, 9)
    expect(issue.message.en).toBe('The boundary crosses or touches itself at 110.005, 21.005.')
    expect(issue.message.zh).toBe('边界在 110.005, 21.005 处自相交或自接触。')
  })

  it('a hole outside its shell, and a hole inside another hole', () => {
    const outside = issuesOf(polygon(box(110, 21, 0.01, 0.01), box(110.02, 21.002, 0.002, 0.002)))[0]!
    expect(outside).toMatchObject({ path: 'geometry.coordinates[1]', code: 'hole_outside_shell', point: [110.02, 21.002] })
    const nested = issuesOf(polygon(box(110, 21, 0.01, 0.01), box(110.002, 21.002, 0.006, 0.006), box(110.004, 21.004, 0.001, 0.001)))[0]!
    expect(nested).toMatchObject({ path: 'geometry.coordinates[2]', code: 'hole_outside_shell' })
    expect(nested.message.en).toContain('inside hole 1')
  })

  it('parts of a MultiPolygon that cross, or lie one inside the other', () => {
    const crossing = { type: 'MultiPolygon', coordinates: [[box(110, 21, 0.01, 0.01)], [box(110.005, 21.002, 0.01, 0.002)]] }
    const c = issuesOf(crossing)[0]!
    expect(c).toMatchObject({ path: 'geometry.coordinates[1]', code: 'parts_intersect' })
    // The right edge lon = 110.01 of part 0 meets the bottom (lat 21.002) and top (lat 21.004) edges of part 1.
    expect(c.point![0]).toBeCloseTo(110.01, 9)
    expect([21.002, 21.004].some((lat) => Math.abs(c.point![1] - lat) < 1e-9)).toBe(true)
    const nested = { type: 'MultiPolygon', coordinates: [[box(110, 21, 0.01, 0.01)], [box(110.002, 21.002, 0.002, 0.002)]] }
    expect(issuesOf(nested)[0]).toMatchObject({ code: 'parts_intersect', point: [110.002, 21.002] })
  })
})

describe('area limits', () => {
  it('below 0.01 ha is refused', () => {
    // 0.00005° box: 4.0589753e13 × 8.7266e-7 × (sin 21.00005° − sin 21° = 8.14675e-7) = 28.86 m² = 0.0029 ha
    const issue = issuesOf(polygon(box(110, 21, 0.00005, 0.00005)))[0]!
    expect(issue).toMatchObject({ path: 'geometry', code: 'area_too_small' })
    expect(issue.message.en).toBe('The area is 0.0029 ha; a site must be at least 0.01 ha.')
  })

  it('above the configured maximum is refused, and the maximum is a parameter', () => {
    // 0.1° box: 4.0589753e13 × 1.7453293e-3 × (sin 21.1° − sin 21° = 1.628911e-3) = 1.15392e8 m² = 11,539.24 ha
    const issue = issuesOf(polygon(box(110, 21, 0.1, 0.1)))[0]!
    expect(issue).toMatchObject({ path: 'geometry', code: 'area_too_large' })
    expect(issue.message.en).toBe('The area is 11539.24 ha; a site may be at most 10000 ha. Split it into several sites.')
    expect(validateSiteGeometry(polygon(box(110, 21, 0.1, 0.1)), { ...LIMITS, maxAreaHa: 12_000 }).valid).toBe(true)
  })

  it('issue paths follow the given prefix (strata)', () => {
    const r = validateSiteGeometry(polygon(box(110, 21, 0.00005, 0.00005)), LIMITS, 'strata[2].geometry')
    expect(r.issues[0]!.path).toBe('strata[2].geometry')
  })
})
