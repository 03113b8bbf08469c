import { z } from 'zod'
import { defineService } from './service.ts'

/**
 * Carbon sequestration: the site's carbon estimate (tCO2e/yr) × the chosen carbon price
 * (a seeded market series or the user's price). The price is a market quote taken as
 * valuation-year money, so no CPI adjustment applies. Without a carbon estimate the
 * row asks for one rather than inventing a quantity.
 */
export const carbonSequestration = defineService({
  id: 'carbon-sequestration',
  class: 'regulating',
  name: { en: 'Carbon sequestration', zh: '固碳' },
  quantityUnit: 'tCO2e/yr',
  unitPriceUnit: 'CNY/tCO2e',
  inputKey: null,
  quantityParameter: 'carbonSequestrationTco2ePerYear',
  priceParameter: 'carbonPrice.priceCnyPerTco2e',
  appliesTo: () => true,
  inputSchema: () => z.strictObject({}),
  priceYear: () => null,
  resolve: (_input, ctx) =>
    ctx.carbon
      ? {
          status: 'ok',
          quantityByYear: ctx.carbon.byYear,
          quantitySource: ctx.carbon.source,
          price: ctx.carbonPrice,
          adjustForCpi: false,
        }
      : {
          status: 'needs-input',
          message: {
            en: 'No carbon estimate for this site: run a carbon estimate or give carbonSequestrationTco2ePerYear. The row is left out of the totals.',
            zh: '该地块尚无碳汇估算：请先运行碳汇估算或填写 carbonSequestrationTco2ePerYear。此项未计入合计。',
          },
        },
})
