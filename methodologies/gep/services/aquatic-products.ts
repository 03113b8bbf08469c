import { z } from 'zod'
import { quantity } from '../../fields.ts'
import { userSource } from '../sources.ts'
import { constantByYear, defineService, resolvePrice, unitPriceInput } from './service.ts'

/**
 * Aquaculture and fishery products (market value method, 甘孜 GEP Table 2 渔业产品;
 * marine GEP "aquatic products"). Harvest and price are site facts: no Zhanjiang
 * figure was found, and the one per-ha fishery value (Rönnbäck 1999, US$750–16,750/ha/yr)
 * is in USD with no sourced exchange rate, so both inputs are required.
 */
export const aquaticProducts = defineService({
  id: 'aquatic-products',
  class: 'material',
  name: { en: 'Aquaculture and fishery products', zh: '水产品（养殖与捕捞）' },
  quantityUnit: 't/yr',
  unitPriceUnit: 'CNY/t',
  inputKey: 'aquaticProducts',
  quantityParameter: 'services.aquaticProducts.harvestTPerYear',
  priceParameter: 'services.aquaticProducts.unitPrice',
  // A terrestrial forest site yields no aquatic products (甘孜 GEP Table 2 counts fishery
  // products only where water bodies produce them).
  appliesTo: (ecosystem) => ecosystem !== 'forest',
  inputSchema: () =>
    z.strictObject({
      harvestTPerYear: quantity({
        unit: 't/yr',
        about: {
          en: 'Annual harvest of fish, shellfish or seaweed attributable to the site (fresh weight). Required: no sourced default exists',
          zh: '地块每年产出的鱼、贝、藻（鲜重）。必填：无可引用的默认值',
        },
        min: 0,
        // All of China's mariculture yields about 2.3 × 10⁷ t a year (2022).
        max: 1e8,
      }),
      unitPrice: unitPriceInput({ unit: 'CNY/t', about: { en: 'Ex-farm price of the harvest', zh: '产品出塘（出海）价格' } }),
    }),
  priceYear: (input) => input.unitPrice?.priceYear ?? null,
  resolve: (input, ctx) => ({
    status: 'ok',
    quantityByYear: constantByYear(input.harvestTPerYear, ctx.years),
    quantitySource: userSource('aquatic-products.harvestTPerYear'),
    price: resolvePrice('aquatic-products', input.unitPrice, undefined),
    adjustForCpi: true,
  }),
})
