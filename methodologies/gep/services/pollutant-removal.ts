import { z } from 'zod'
import type { Bilingual } from '../../types.ts'
import type { Unit } from '../../units.ts'
import type { Ecosystem } from '../ecosystems.ts'
import {
  constantByYear,
  defineService,
  rateInput,
  resolvePrice,
  resolveRate,
  unitPriceInput,
  type PriceQuote,
  type ServiceId,
  type SourcedValue,
} from './service.ts'

const KG_PER_T = 1000

/**
 * Water purification by one pollutant (防治费用法, 甘孜 GEP Table 2 水质净化):
 * removal rate (kg/ha/yr) × area → t/yr, valued at the treatment cost per t.
 */
export function pollutantRemovalService(opts: {
  id: ServiceId
  inputKey: string
  name: Bilingual
  pollutant: Bilingual
  rateUnit: Unit
  quantityUnit: Unit
  unitPriceUnit: Unit
  /** Cited removal rates per ecosystem; absent ecosystems must enter their own. */
  rateDefaults: Partial<Record<Ecosystem, SourcedValue>>
  price: PriceQuote
}) {
  return defineService({
    id: opts.id,
    class: 'regulating',
    name: opts.name,
    quantityUnit: opts.quantityUnit,
    unitPriceUnit: opts.unitPriceUnit,
    inputKey: opts.inputKey,
    quantityParameter: `services.${opts.inputKey}.removalKgPerHaPerYear`,
    priceParameter: `services.${opts.inputKey}.unitPrice`,
    appliesTo: () => true,
    inputSchema: (ecosystem) =>
      z.strictObject({
        removalKgPerHaPerYear: rateInput({
          unit: opts.rateUnit,
          about: {
            en: `${opts.pollutant.en} removed per hectare per year`,
            zh: `每公顷每年去除的${opts.pollutant.zh}`,
          },
          fallback: opts.rateDefaults[ecosystem],
        }),
        unitPrice: unitPriceInput({
          unit: opts.unitPriceUnit,
          about: { en: `Treatment cost of ${opts.pollutant.en}`, zh: `${opts.pollutant.zh}治理成本` },
          fallback: opts.price,
        }),
      }),
    priceYear: (input) => (input.unitPrice ?? opts.price).priceYear,
    resolve: (input, ctx) => {
      const rate = resolveRate(opts.id, 'removalKgPerHaPerYear', input.removalKgPerHaPerYear, opts.rateDefaults[ctx.ecosystem])
      return {
        status: 'ok',
        quantityByYear: constantByYear((rate.value * ctx.areaHa) / KG_PER_T, ctx.years),
        quantitySource: rate.source,
        price: resolvePrice(opts.id, input.unitPrice, opts.price),
        adjustForCpi: true,
      }
    },
  })
}
