import type { ValuationResult } from '../api/valuations.ts'

export type ServiceClass = 'material' | 'regulating' | 'cultural'
export const CLASS_ORDER: readonly ServiceClass[] = ['material', 'regulating', 'cultural']

export type Segment = { serviceId: string; serviceClass: ServiceClass; valueCnyPerYear: number; start: number; width: number }

/**
 * Segments of the one stacked bar of yearly value: services grouped by class
 * (material, regulating, cultural) and by value within a class, each as a
 * fraction of the total. Services that still need input, or are worth
 * nothing, take no room (the API leaves them out of the totals too).
 */
export function stackedSegments(services: ValuationResult['services']): Segment[] {
  const valued = services.filter((s) => s.status === 'ok' && (s.valueCnyPerYear ?? 0) > 0)
  const total = valued.reduce((sum, s) => sum + (s.valueCnyPerYear ?? 0), 0)
  if (!(total > 0)) return []
  const sorted = [...valued].sort((a, b) => CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class) || (b.valueCnyPerYear ?? 0) - (a.valueCnyPerYear ?? 0))
  let start = 0
  return sorted.map((s) => {
    const width = (s.valueCnyPerYear ?? 0) / total
    const segment = { serviceId: s.id, serviceClass: s.class, valueCnyPerYear: s.valueCnyPerYear ?? 0, start, width }
    start += width
    return segment
  })
}

export type TornadoRow = { parameter: string; serviceId: string; kind: 'price' | 'quantity'; lowCny: number; highCny: number; swingCny: number; left: number; width: number }

/**
 * The sensitivity table as a tornado: each row's NPV range [low, high] placed
 * on one shared axis running from the lowest low to the highest high, in the
 * order the API ranked them (largest swing first).
 */
export function tornadoRows(sensitivity: ValuationResult['sensitivity']): TornadoRow[] {
  if (!sensitivity.length) return []
  const lows = sensitivity.map((r) => Math.min(r.npvLowCny, r.npvHighCny))
  const highs = sensitivity.map((r) => Math.max(r.npvLowCny, r.npvHighCny))
  const min = Math.min(...lows)
  const span = Math.max(...highs) - min || 1
  return sensitivity.map((r, i) => ({
    parameter: r.parameter,
    serviceId: r.serviceId,
    kind: r.kind,
    lowCny: r.npvLowCny,
    highCny: r.npvHighCny,
    swingCny: r.swingCny,
    left: (lows[i]! - min) / span,
    width: (highs[i]! - lows[i]!) / span,
  }))
}
