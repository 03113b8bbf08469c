import { describe, expect, it } from 'vitest'
import { box, polygon } from '../../test/support/shapes.ts'
import { validateSiteGeometry } from './site-geometry.validation.ts'
import { validateStrata } from './strata.validation.ts'

function site(geometry: unknown) {
  const r = validateSiteGeometry(geometry, { minAreaHa: 0.01, maxAreaHa: 10_000, maxVertices: 10_000 })
  if (!r.valid) throw new Error('test site must be valid')
  return { parts: r.value.parts, areaHa: r.value.areaHa }
}

// 0.01° box at 110°E 21°N: 115.4272 ha (see site-geometry.validation.test.ts for the arithmetic).
const SQUARE = site(polygon(box(110, 21, 0.01, 0.01)))

describe('strata of a site', () => {
  it('a polygon stratum gets its share from its geodesic area; a western half is exactly 50 %', () => {
    // Halving Δλ halves R²·Δλ·(sin φ2 − sin φ1): 57.7136 ha = 50 % of 115.4272 ha.
    const r = validateStrata(SQUARE, [{ geometry: polygon(box(110, 21, 0.005, 0.01)) }, { areaPercent: 30 }], 10_000)
    expect(r.valid).toBe(true)
    if (!r.valid) return
    expect(r.strata[0]!.areaPercent).toBeCloseTo(50, 9)
    expect(r.strata[0]!.areaHa).toBeCloseTo(57.7136, 3)
    // A share-only stratum: 30 % of 115.4272 ha = 34.6282 ha.
    expect(r.strata[1]!.areaHa).toBeCloseTo(34.6282, 3)
    expect(r.strata[1]!.geometry).toBeNull()
  })

  it('strata that share an edge do not overlap', () => {
    const r = validateStrata(SQUARE, [{ geometry: polygon(box(110, 21, 0.005, 0.01)) }, { geometry: polygon(box(110.005, 21, 0.005, 0.01)) }], 10_000)
    expect(r.valid).toBe(true)
  })

  it('a stratum reaching outside its site is refused at the first point outside', () => {
    const r = validateStrata(SQUARE, [{ geometry: polygon(box(110.008, 21.002, 0.004, 0.002)) }], 10_000)
    expect(r.valid).toBe(false)
    expect(r.issues[0]).toMatchObject({ path: 'strata[0].geometry', code: 'stratum_outside_site', point: [110.012, 21.002] })
    expect(r.issues[0]!.message.en).toBe('Stratum 0 extends outside its site (at 110.012, 21.002).')
  })

  it('an edge between two boundary corners that cuts across a bay of the site is outside', () => {
    // An L-shaped site: the box minus its north-east quarter. The triangle's edge from
    // (110.01, 21.005) to (110.005, 21.01) joins two boundary points across the missing quarter.
    const lShape = site(polygon([[110, 21], [110.01, 21], [110.01, 21.005], [110.005, 21.005], [110.005, 21.01], [110, 21.01], [110, 21]]))
    const r = validateStrata(lShape, [{ geometry: polygon([[110, 21], [110.01, 21.005], [110.005, 21.01], [110, 21]]) }], 10_000)
    expect(r.valid).toBe(false)
    // Midpoint of that edge: ((110.01 + 110.005) / 2, (21.005 + 21.01) / 2) = (110.0075, 21.0075).
    expect(r.issues[0]!.point![0]).toBeCloseTo(110.0075, 9)
    expect(r.issues[0]!.point![1]).toBeCloseTo(21.0075, 9)
  })

  it('overlapping strata are refused with the shared area', () => {
    // Overlap: lon 110.004–110.006 across the full height = 0.2 of the box = 23.0854 ha.
    const r = validateStrata(SQUARE, [{ geometry: polygon(box(110, 21, 0.006, 0.01)) }, { geometry: polygon(box(110.004, 21, 0.006, 0.01)) }], 10_000)
    expect(r.valid).toBe(false)
    expect(r.issues[0]).toMatchObject({ path: 'strata[1].geometry', code: 'strata_overlap' })
    expect(r.issues[0]!.message.en).toMatch(/^Strata 0 and 1 overlap on 23\.085\d ha/)
  })

  it('a polygon stratum whose share would round to 0 in numeric(9,5) is refused at its geometry', () => {
    // A 1° square (≈ 1.15 × 10⁶ ha, possible only with a large MAX_SITE_AREA_HA) and a
    // 0.0001° × 0.0003° stratum (≈ 0.035 ha): ≈ 3 × 10⁻⁶ %, below the column's 10⁻⁵.
    const big = validateSiteGeometry(polygon(box(110, 21, 1, 1)), { minAreaHa: 0.01, maxAreaHa: 1e7, maxVertices: 10_000 })
    if (!big.valid) throw new Error('test site must be valid')
    const r = validateStrata({ parts: big.value.parts, areaHa: big.value.areaHa }, [{ geometry: polygon(box(110.5, 21.5, 0.0001, 0.0003)) }], 10_000)
    expect(r.valid).toBe(false)
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([['strata[0].geometry', 'stratum_share_too_small']])
  })

  it('shares adding up to more than 100 % are refused', () => {
    const r = validateStrata(SQUARE, [{ areaPercent: 60 }, { geometry: polygon(box(110, 21, 0.005, 0.01)) }], 10_000)
    expect(r.valid).toBe(false)
    expect(r.issues[0]).toMatchObject({ path: 'strata', code: 'strata_share_exceeds_site' })
    expect(r.issues[0]!.message.en).toBe('The strata cover 110.00 % of the site; together they may cover at most 100 %.')
    expect(validateStrata(SQUARE, [{ areaPercent: 50 }, { geometry: polygon(box(110, 21, 0.005, 0.01)) }], 10_000).valid).toBe(true)
  })

  it('an invalid stratum polygon is reported at its own path', () => {
    const r = validateStrata(SQUARE, [{ areaPercent: 10 }, { geometry: polygon([[110, 21], [110.01, 21.01], [110.01, 21], [110, 21.01], [110, 21]]) }], 10_000)
    expect(r.issues[0]).toMatchObject({ path: 'strata[1].geometry.coordinates', code: 'self_intersection' })
  })
})
