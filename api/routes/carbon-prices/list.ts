import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { CARBON_PRICE_SERIES } from '../../../methodologies/gep/carbon-price.ts'
import { listCarbonPrices, referencePrices } from '../../db/queries/carbon-prices.ts'
import { commonProblems } from '../../http/problem-responses.ts'
import { CARBON_PRICE_STATISTICS } from '../../carbon-prices/parse-carbon-prices.ts'

const priceRow = z
  .object({
    series: z.enum(CARBON_PRICE_SERIES),
    periodStart: z.string(),
    periodEnd: z.string(),
    statistic: z.enum(CARBON_PRICE_STATISTICS),
    priceCnyPerTco2e: z.string().openapi({ description: 'Decimal string (CNY per tCO2e), never a float.' }),
    volumeT: z.string().nullable(),
    sourceUrl: z.string(),
    note: z.string(),
  })
  .openapi('CarbonPrice')

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Reference data'],
  summary: 'Reference carbon price series (CEA, CCER, GDEA, blue-carbon deals), every row with its source',
  request: { query: z.object({ series: z.enum(CARBON_PRICE_SERIES).optional() }) },
  responses: {
    200: {
      description: 'Price points and the reference price per series used for valuation scenarios',
      content: {
        'application/json': {
          schema: z.object({ prices: z.array(priceRow), reference: z.record(z.string(), priceRow.nullable()) }),
        },
      },
    },
    ...commonProblems,
  },
})

export function registerListCarbonPrices(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { series } = c.req.valid('query')
    const { sql } = c.var.services
    const prices = await listCarbonPrices(sql, series)
    const wanted = series ? [series] : CARBON_PRICE_SERIES
    const found = new Map((await referencePrices(sql, wanted)).map((row) => [row.series, row]))
    const reference = Object.fromEntries(wanted.map((s) => [s, found.get(s) ?? null]))
    return c.json({ prices, reference } as never, 200)
  })
}
