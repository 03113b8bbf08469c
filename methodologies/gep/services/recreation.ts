import { z } from 'zod'
import { quantity } from '../../fields.ts'
import { SOURCES, userSource } from '../sources.ts'
import { constantByYear, defineService, resolvePrice, unitPriceInput, type PriceQuote } from './service.ts'

/** Futian park GEP: 1.61 亿元/yr of cultural products over 1.3 M visits/yr. */
const FUTIAN_CNY_PER_VISIT = 161_000_000 / 1_300_000

const VALUE_PER_VISIT: PriceQuote = {
  valueCny: FUTIAN_CNY_PER_VISIT,
  priceYear: 2021,
  source: SOURCES.futianRecreation,
}

/**
 * Recreation and landscape (旅行费用法 / cultural products): visits per year × value per
 * visit. Visits depend on the site and no Zhanjiang figure was found, so they are required.
 */
export const recreation = defineService({
  id: 'recreation',
  class: 'cultural',
  name: { en: 'Recreation and landscape', zh: '休闲游憩与景观' },
  quantityUnit: 'visits/yr',
  unitPriceUnit: 'CNY/visit',
  inputKey: 'recreation',
  quantityParameter: 'services.recreation.visitsPerYear',
  priceParameter: 'services.recreation.valuePerVisit',
  appliesTo: () => true,
  inputSchema: () =>
    z.strictObject({
      visitsPerYear: quantity({
        unit: 'visits/yr',
        about: {
          en: 'Visits to the site per year (0 for a closed site). Required: depends on the site',
          zh: '年游客人次（不开放则填 0）。必填：取决于地块',
        },
        min: 0,
        // China counts about 5 × 10⁹ domestic trips a year in all; no one site draws 10⁹.
        max: 1e9,
      }),
      valuePerVisit: unitPriceInput({
        unit: 'CNY/visit',
        about: { en: 'Recreation and landscape value per visit', zh: '每人次游憩与景观价值' },
        fallback: VALUE_PER_VISIT,
      }),
    }),
  priceYear: (input) => (input.valuePerVisit ?? VALUE_PER_VISIT).priceYear,
  resolve: (input, ctx) => ({
    status: 'ok',
    quantityByYear: constantByYear(input.visitsPerYear, ctx.years),
    quantitySource: userSource('recreation.visitsPerYear'),
    price: resolvePrice('recreation', input.valuePerVisit, VALUE_PER_VISIT),
    adjustForCpi: true,
  }),
})
