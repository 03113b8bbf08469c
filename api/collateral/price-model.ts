import { estimatePriceModel, type PriceModelEstimate } from '../../methodologies/collateral/index.ts'
import { CARBON_PRICE_SERIES } from '../../methodologies/gep/carbon-price.ts'
import type { Sql } from '../db/client.ts'
import { listCarbonPrices } from '../db/queries/carbon-prices.ts'

export type PriceChoice = {
  series: (typeof CARBON_PRICE_SERIES)[number]
  windowYears: number
  startPriceCnyPerTco2e?: number | undefined
  driftPercentPerYear?: number | undefined
  volatilityPercentPerYear?: number | undefined
}

export type ResolvedPriceModel = {
  /** The model's price input, or null with the fields that are missing. */
  model: { startPriceCnyPerTco2e: number; driftPercentPerYear: number; volatilityPercentPerYear: number } | null
  missing: string[]
  basis: {
    series: string
    windowYears: number
    estimate: PriceModelEstimate | null
    overridden: string[]
    sourceUrls: string[]
  }
}

/**
 * The GBM parameters: the estimate from the seeded series (window and method
 * reported), each replaced by the caller's value where given.
 */
export async function resolvePriceModel(sql: Sql, choice: PriceChoice): Promise<ResolvedPriceModel> {
  const rows = await listCarbonPrices(sql, choice.series)
  const estimate = estimatePriceModel(
    rows.map((r) => ({
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      statistic: r.statistic as 'average',
      // numeric(12, 2) from the seeded table; a model parameter, not ledger money.
      priceCnyPerTco2e: Number(r.priceCnyPerTco2e),
    })),
    choice.windowYears,
  )
  const keys = ['startPriceCnyPerTco2e', 'driftPercentPerYear', 'volatilityPercentPerYear'] as const
  const overridden = keys.filter((k) => choice[k] !== undefined)
  const missing = keys.filter((k) => choice[k] === undefined && !estimate)
  const sourceUrls = [...new Set(rows.map((r) => r.sourceUrl))]
  const basis = { series: choice.series, windowYears: choice.windowYears, estimate, overridden, sourceUrls }
  if (missing.length > 0) return { model: null, missing, basis }
  return {
    model: {
      startPriceCnyPerTco2e: choice.startPriceCnyPerTco2e ?? estimate!.startPriceCnyPerTco2e,
      driftPercentPerYear: choice.driftPercentPerYear ?? estimate!.driftPercentPerYear,
      volatilityPercentPerYear: choice.volatilityPercentPerYear ?? estimate!.volatilityPercentPerYear,
    },
    missing: [],
    basis,
  }
}
