import { describe, expect, it } from 'vitest'
import { boxOf, landLockFor, MAX_LAND_CELLS } from './land-lock-cells.ts'

const cellsOf = (lock: ReturnType<typeof landLockFor>) => (lock.everywhere ? null : lock.cells)

describe('landLockFor', () => {
  it('a small box inside one 0.1° cell locks that one cell', () => {
    // 113.51–113.52 °E, 22.21–22.22 °N: cell x = floor(113.51 / 0.1) = 1135, y = floor(22.21 / 0.1) = 222.
    // Key (x + 1800) · 1801 + (y + 900) = 5,285,935 + 1122 = 5,287,057.
    expect(cellsOf(landLockFor([{ minLon: 113.51, minLat: 22.21, maxLon: 113.52, maxLat: 22.22 }]))).toEqual([5_287_057])
  })

  it('a box across a cell corner locks the four cells, sorted', () => {
    const cells = cellsOf(landLockFor([{ minLon: 113.55, minLat: 22.25, maxLon: 113.65, maxLat: 22.35 }]))!
    expect(cells).toHaveLength(4)
    expect(cells).toEqual([...cells].sort((a, b) => a - b))
  })

  it('two overlapping boxes always share a cell; disjoint boxes in different cells share none', () => {
    const a = cellsOf(landLockFor([{ minLon: 113.55, minLat: 22.25, maxLon: 113.61, maxLat: 22.31 }]))!
    const b = cellsOf(landLockFor([{ minLon: 113.6, minLat: 22.3, maxLon: 113.7, maxLat: 22.34 }]))!
    expect(a.some((cell) => b.includes(cell))).toBe(true)
    const far = cellsOf(landLockFor([{ minLon: 110.3, minLat: 21.2, maxLon: 110.31, maxLat: 21.21 }]))!
    expect(a.some((cell) => far.includes(cell))).toBe(false)
  })

  it('cells shared by several boxes are listed once; no box locks nothing', () => {
    const box = { minLon: 113.51, minLat: 22.21, maxLon: 113.52, maxLat: 22.22 }
    expect(cellsOf(landLockFor([box, box]))).toHaveLength(1)
    expect(cellsOf(landLockFor([]))).toEqual([])
  })

  it('keys stay within int4 at the edges of the world, and west/south cells differ from east/north', () => {
    const cells = cellsOf(landLockFor([{ minLon: -180, minLat: -90, maxLon: -180, maxLat: -90 }, { minLon: 180, minLat: 90, maxLon: 180, maxLat: 90 }]))!
    expect(cells).toHaveLength(2)
    for (const cell of cells) expect(cell).toBeGreaterThanOrEqual(0)
    for (const cell of cells) expect(cell).toBeLessThan(2 ** 31)
  })

  it(`more than ${MAX_LAND_CELLS} cells (a long coastal strip) locks everywhere instead`, () => {
    // 1° × 1° spans 11 × 11 = 121 cells.
    expect(landLockFor([{ minLon: 113, minLat: 22, maxLon: 114, maxLat: 23 }])).toEqual({ everywhere: true })
  })
})

describe('boxOf', () => {
  it('spans every outer ring of a MultiPolygon', () => {
    const ring = (lon: number, lat: number) => [[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]
    expect(boxOf({ type: 'MultiPolygon', coordinates: [[ring(113.5, 22.2)], [ring(113.6, 22.1)]] })).toEqual({ minLon: 113.5, minLat: 22.1, maxLon: 113.61, maxLat: 22.21 })
  })
})
