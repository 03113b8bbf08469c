import { z } from 'zod'
import type { Ecosystem } from '../ecosystems.ts'
import { SOURCES } from '../sources.ts'
import {
  constantByYear,
  defineService,
  rateInput,
  resolvePrice,
  resolveRate,
  unitPriceInput,
  type PriceQuote,
  type SourcedValue,
} from './service.ts'

/** 6.5 mm/yr (low end of 6.5–11 mm/yr, Zhanjiang Gaoqiao) × 10,000 m²/ha = 65 m³/ha/yr. */
const ZHANJIANG_MANGROVE_M3_PER_HA_PER_YEAR = 0.0065 * 10_000

const RETENTION_DEFAULTS: Partial<Record<Ecosystem, SourcedValue>> = {
  mangrove: { value: ZHANJIANG_MANGROVE_M3_PER_HA_PER_YEAR, source: SOURCES.zhanjiangAccretion },
}

const DREDGING_PRICE: PriceQuote = { valueCny: 15.58, priceYear: 2010, source: SOURCES.dredgingPrice }

/**
 * Sediment retention (替代成本法, 甘孜 GEP 减少泥沙淤积): sediment volume the site traps,
 * valued at the cost of dredging the same volume from a reservoir or channel.
 */
export const sedimentRetention = defineService({
  id: 'sediment-retention',
  class: 'regulating',
  name: { en: 'Sediment retention', zh: '泥沙保持（减少淤积）' },
  quantityUnit: 'm3/yr',
  unitPriceUnit: 'CNY/m3',
  inputKey: 'sedimentRetention',
  quantityParameter: 'services.sedimentRetention.retentionM3PerHaPerYear',
  priceParameter: 'services.sedimentRetention.unitPrice',
  appliesTo: () => true,
  inputSchema: (ecosystem) =>
    z.strictObject({
      retentionM3PerHaPerYear: rateInput({
        unit: 'm3/ha/yr',
        about: { en: 'Sediment volume retained per hectare per year', zh: '每公顷每年截留泥沙体积' },
        fallback: RETENTION_DEFAULTS[ecosystem],
      }),
      unitPrice: unitPriceInput({
        unit: 'CNY/m3',
        about: { en: 'Dredging cost per cubic metre', zh: '清淤工程费用' },
        fallback: DREDGING_PRICE,
      }),
    }),
  priceYear: (input) => (input.unitPrice ?? DREDGING_PRICE).priceYear,
  resolve: (input, ctx) => {
    const rate = resolveRate('sediment-retention', 'retentionM3PerHaPerYear', input.retentionM3PerHaPerYear, RETENTION_DEFAULTS[ctx.ecosystem])
    return {
      status: 'ok',
      quantityByYear: constantByYear(rate.value * ctx.areaHa, ctx.years),
      quantitySource: rate.source,
      price: resolvePrice('sediment-retention', input.unitPrice, DREDGING_PRICE),
      adjustForCpi: true,
    }
  },
})
