/**
 * The largest 1, 2 or 5 × 10^k not above `limit` (scale bars, axis steps).
 *
 * @example niceFloor(3700) // 2000
 */
export function niceFloor(limit: number): number {
  if (!(limit > 0) || !Number.isFinite(limit)) return 0
  const power = 10 ** Math.floor(Math.log10(limit))
  for (const m of [5, 2, 1]) if (m * power <= limit) return m * power
  return power
}

/**
 * Axis ticks covering [min, max] with a 1/2/5 × 10^k step and at most about
 * `targetCount` intervals; 0 is always a tick when the range spans it.
 */
export function niceTicks(min: number, max: number, targetCount = 5): number[] {
  const lo = Math.min(min, 0)
  const hi = Math.max(max, 0)
  if (hi === lo) return [0, 1]
  const raw = (hi - lo) / targetCount
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const first = Math.floor(lo / step) * step
  const ticks: number[] = []
  for (let v = first; v < hi + step / 2; v += step) ticks.push(Math.round(v / step) * step)
  if (ticks.at(-1)! < hi) ticks.push(ticks.at(-1)! + step)
  return ticks
}
