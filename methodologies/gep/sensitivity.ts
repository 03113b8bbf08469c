import { roundCny } from './money.ts'
import { presentValueCny } from './npv.ts'
import type { ServiceId } from './services/service.ts'
import type { SensitivityRow } from './output.schema.ts'

/** ±20 % on each unit price and each quantity (issue 6 §3). */
export const SENSITIVITY_STEP_RATIO = 0.2

export type ValuedService = {
  serviceId: ServiceId
  priceParameter: string
  quantityParameter: string
  /** Value of the service in each horizon year, CNY (unrounded). */
  valuesByYearCny: number[]
}

/**
 * One-at-a-time sensitivity of the NPV: each service's price, then its quantity, is
 * moved down and up by 20 % with everything else fixed. In this model a value is
 * quantity × price, so both moves scale that service's yearly values alike.
 *
 * @returns rows sorted by swing (npvHigh − npvLow, CNY) descending; ties keep
 *   report order (service order, price before quantity)
 */
export function sensitivityTable(services: readonly ValuedService[], discountRatePercent: number): SensitivityRow[] {
  const totalsByYear = services.reduce<number[]>(
    (acc, s) => acc.map((v, i) => v + (s.valuesByYearCny[i] ?? 0)),
    services[0]?.valuesByYearCny.map(() => 0) ?? [],
  )
  const npvWith = (target: ValuedService, multiplier: number) =>
    presentValueCny(
      totalsByYear.map((total, i) => total + ((target.valuesByYearCny[i] ?? 0) * (multiplier - 1))),
      discountRatePercent,
    )
  const rows = services.flatMap((s) =>
    (['price', 'quantity'] as const).map((kind) => {
      const low = npvWith(s, 1 - SENSITIVITY_STEP_RATIO)
      const high = npvWith(s, 1 + SENSITIVITY_STEP_RATIO)
      return {
        parameter: kind === 'price' ? s.priceParameter : s.quantityParameter,
        serviceId: s.serviceId,
        kind,
        npvLowCny: low,
        npvHighCny: high,
        swingCny: Math.abs(high - low),
      }
    }),
  )
  // Array.prototype.sort is stable, so equal swings keep report order.
  return rows
    .sort((a, b) => b.swingCny - a.swingCny)
    .map((r) => ({ ...r, npvLowCny: roundCny(r.npvLowCny), npvHighCny: roundCny(r.npvHighCny), swingCny: roundCny(r.swingCny) }))
}
