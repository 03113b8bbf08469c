/**
 * Axis ticks at "nice" round steps (1, 2, 5 × 10^k), after Heckbert's
 * "Nice numbers for graph labels" (Graphics Gems, 1990).
 */

/** A round number near `x`: the nearest of 1, 2, 5, 10 × 10^k (`round`) or the next one up. */
export function niceNumber(x: number, round: boolean): number {
  if (!(x > 0)) return 1
  const exponent = Math.floor(Math.log10(x))
  const fraction = x / 10 ** exponent
  let nice: number
  if (round) nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
  else nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
  return nice * 10 ** exponent
}

export type Scale = { min: number; max: number; step: number; ticks: number[] }

/**
 * A domain that covers [min, max] and zero, cut into about `count` round steps.
 *
 * @example niceScale(0, 9.3) // { min: 0, max: 10, step: 2, ticks: [0, 2, 4, 6, 8, 10] }
 */
export function niceScale(min: number, max: number, count = 5): Scale {
  let lo = Math.min(0, min)
  let hi = Math.max(0, max)
  if (lo === hi) hi = lo + 1
  const range = niceNumber(hi - lo, false)
  const step = niceNumber(range / Math.max(1, count - 1), true)
  lo = Math.floor(lo / step) * step
  hi = Math.ceil(hi / step) * step
  const ticks: number[] = []
  // Integer steps avoid drift such as 0.30000000000000004.
  const n = Math.round((hi - lo) / step)
  for (let i = 0; i <= n; i++) ticks.push(Number((lo + i * step).toPrecision(12)))
  return { min: lo, max: hi, step, ticks }
}
