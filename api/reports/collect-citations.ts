import { CHINA_CPI_ANNUAL } from '../../methodologies/gep/cpi.ts'
import type { GepOutput } from '../../methodologies/gep/output.schema.ts'
import type { GepSource } from '../../methodologies/gep/sources.ts'

const CPI_CHAIN_ID = /^nbs-cpi:(\d{4})-(\d{4})$/

/**
 * Every source the valuation used — each service's quantity, unit price and price
 * adjustment — once each, in report order. A CPI chain cites its yearly indices
 * only by id, so the per-year NBS relays it names are listed after it.
 */
export function valuationSources(output: GepOutput): GepSource[] {
  const seen = new Map<string, GepSource>()
  const add = (source: GepSource) => {
    if (!seen.has(source.id)) seen.set(source.id, source)
  }
  for (const row of output.services) {
    for (const source of [row.source.quantity, row.source.unitPrice, row.source.priceAdjustment]) {
      if (!source) continue
      add(source)
      const chain = CPI_CHAIN_ID.exec(source.id)
      if (chain) {
        const [from, to] = [Number(chain[1]), Number(chain[2])]
        CHINA_CPI_ANNUAL.filter((e) => e.year >= from && e.year <= to).forEach((e) => add(e.source))
      }
    }
  }
  return [...seen.values()]
}
