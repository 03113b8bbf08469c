/**
 * Summary statistics of a Monte Carlo sample. Inputs are never mutated: the
 * sorted copy is made once and shared.
 */
export type SampleSummary = {
  mean: number
  standardError: number
  p5: number
  p50: number
  p95: number
  /** Mean of the worst 5 % of outcomes (the lowest ⌈0.05·n⌉ values). */
  tailMean5: number
}

/** Quantile of a sorted sample by linear interpolation (Hyndman & Fan type 7, R's default). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length
  if (n === 0) return 0
  const h = (n - 1) * q
  const lo = Math.floor(h)
  const hi = Math.min(n - 1, lo + 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

export function summarize(values: Float64Array): SampleSummary {
  const n = values.length
  let sum = 0
  for (let i = 0; i < n; i++) sum += values[i]!
  const mean = sum / n
  let ss = 0
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0
  const sorted = Float64Array.from(values).sort()
  const k = Math.max(1, Math.ceil(0.05 * n))
  let tail = 0
  for (let i = 0; i < k; i++) tail += sorted[i]!
  return {
    mean,
    standardError: sd / Math.sqrt(n),
    p5: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    tailMean5: tail / k,
  }
}

/** Equal-width histogram between the sample's min and max (one bin when they are equal). */
export function histogram(values: Float64Array, bins: number): { edges: number[]; counts: number[] } {
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    if (v < min) min = v
    if (v > max) max = v
  }
  if (!(max > min)) return { edges: [min, max], counts: [values.length] }
  const width = (max - min) / bins
  const counts = new Array<number>(bins).fill(0)
  for (let i = 0; i < values.length; i++) {
    const j = Math.min(bins - 1, Math.floor((values[i]! - min) / width))
    counts[j]! += 1
  }
  return { edges: Array.from({ length: bins + 1 }, (_, j) => min + j * width), counts }
}
