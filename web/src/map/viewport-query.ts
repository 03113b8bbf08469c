/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number]

/** 1e-4° ≈ 11 m: coarse enough that small pans repeat the same query, fine enough to cover the view. */
const STEP_DEG = 1e-4

/**
 * The `bbox` query value for a viewport: rounded outwards to STEP_DEG so it
 * still covers the whole view, and clamped to the valid WGS84 range.
 *
 * @example bboxParam([110.12345, 21.00001, 110.5, 21.4]) // '110.1234,21,110.5,21.4'
 */
export function bboxParam([west, south, east, north]: Bounds): string {
  const down = (v: number) => Math.floor(v / STEP_DEG + 1e-9) * STEP_DEG
  const up = (v: number) => Math.ceil(v / STEP_DEG - 1e-9) * STEP_DEG
  const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v))
  const fmt = (v: number) => String(Number(v.toFixed(4)))
  return [clamp(down(west), 180), clamp(down(south), 90), clamp(up(east), 180), clamp(up(north), 90)].map(fmt).join(',')
}

/**
 * The zoom sent with the query. The API simplifies geometry for the zoom it
 * is given; rounding up never asks for coarser shapes than the screen shows.
 */
export function queryZoom(mapZoom: number): number {
  return Math.min(24, Math.max(0, Math.ceil(mapZoom)))
}
