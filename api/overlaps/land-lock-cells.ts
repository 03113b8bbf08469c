import type { MultiPolygon } from 'geojson'

/** A lon/lat bounding box in degrees (EPSG:4326). */
export type LonLatBox = { minLon: number; minLat: number; maxLon: number; maxLat: number }

/**
 * Which pieces of land a transaction locks before it checks or changes claimed
 * land: grid cells, or everywhere at once for a site too large for a few cells.
 */
export type LandLock = { everywhere: true } | { everywhere: false; cells: number[] }

/**
 * Cell edge in degrees: ~11 km, so a typical site (≤ 10,000 ha) touches 1–4
 * cells and two projects on different stretches of a coast never wait for each
 * other.
 */
export const LAND_CELL_DEGREES = 0.1

/** More cells than this (a long coastal strip) lock everywhere instead: one lock, not hundreds. */
export const MAX_LAND_CELLS = 64

const COLUMNS = Math.round(180 / LAND_CELL_DEGREES) // cells per hemisphere of longitude
const ROWS = Math.round(90 / LAND_CELL_DEGREES)

const cellOf = (degrees: number) => Math.floor(degrees / LAND_CELL_DEGREES)

/**
 * The grid cells every box touches, as sorted distinct integers (one per cell).
 * Two boxes that share any point share a cell, because the cell index is a
 * monotonic function of the coordinate: so two sites whose interiors overlap
 * always lock at least one common cell. Sorted, so every transaction takes
 * them in one global order and two of them can never deadlock.
 */
export function landLockFor(boxes: LonLatBox[]): LandLock {
  const cells = new Set<number>()
  for (const b of boxes) {
    const [x0, x1, y0, y1] = [cellOf(b.minLon), cellOf(b.maxLon), cellOf(b.minLat), cellOf(b.maxLat)]
    if ((x1 - x0 + 1) * (y1 - y0 + 1) + cells.size > MAX_LAND_CELLS) return { everywhere: true }
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) cells.add((x + COLUMNS) * (2 * ROWS + 1) + (y + ROWS))
  }
  return { everywhere: false, cells: [...cells].sort((a, b) => a - b) }
}

/** The bounding box of a geometry, from the same numbers PostGIS stores for it. */
export function boxOf(geometry: MultiPolygon): LonLatBox {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const polygon of geometry.coordinates) {
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon! < minLon) minLon = lon!
      if (lon! > maxLon) maxLon = lon!
      if (lat! < minLat) minLat = lat!
      if (lat! > maxLat) maxLat = lat!
    }
  }
  return { minLon, minLat, maxLon, maxLat }
}
