import { z } from 'zod'
import { quantity } from '../fields.ts'
import { calendarYear } from './scenario.schema.ts'

/*
 * Valuation is optional (InVEST do_economic_analysis). Prices come either from
 * a yearly table or from a base-year price grown by an inflation rate; the
 * `mode` chooses how sequestration is turned into a present value:
 *  - 'dcf' (default): each year's net sequestration at that year's price and discount;
 *  - 'invest': InVEST's code, total net sequestration × Σ discounted prices
 *    (invest-cbc.md "differs from the user's guide" 1).
 * Rates are percent, as InVEST enters them; bounds are sanity limits.
 */

export const VALUATION_MODES = ['dcf', 'invest'] as const

const mode = z.enum(VALUATION_MODES).default('dcf').meta({
  about: {
    en: "dcf: discount each year's net sequestration at that year's price (default). invest: reproduce InVEST's NPV exactly (total net sequestration × sum of discounted prices).",
    zh: 'dcf：按当年价格对每年净固碳量逐年贴现（默认）。invest：完全复现 InVEST 的 NPV（总净固碳量 × 各年贴现价格之和）。',
  },
})

const discountRatePercent = quantity({
  unit: 'percent',
  min: 0,
  max: 100,
  about: {
    en: 'Yearly discount rate, compounded each year after the baseline year (InVEST discount_rate).',
    zh: '年贴现率，自基准年起逐年复利（InVEST discount_rate）。',
  },
})

const price = (about: { en: string; zh: string }) => quantity({ unit: 'CNY/tCO2e', min: 0, max: 1_000_000, about })

export const priceTableRowSchema = z.strictObject({
  year: calendarYear({ en: 'Year of this price.', zh: '价格所属年份。' }),
  price: price({ en: 'Price of one tCO2e in that year.', zh: '该年每吨二氧化碳当量的价格。' }),
})

export const valuationSchema = z.discriminatedUnion('priceSource', [
  z.strictObject({
    priceSource: z.literal('table'),
    mode,
    priceTable: z
      .array(priceTableRowSchema)
      .min(1)
      .max(1000)
      .meta({
        about: {
          en: 'Yearly prices; must cover every year from the baseline year to the year before the analysis year.',
          zh: '逐年价格；须覆盖基准年至分析年前一年的每一年。',
        },
      }),
    discountRatePercent,
  }),
  z.strictObject({
    priceSource: z.literal('inflation'),
    mode,
    price: price({ en: 'Price of one tCO2e in the baseline year (InVEST price).', zh: '基准年每吨二氧化碳当量的价格（InVEST price）。' }),
    inflationRatePercent: quantity({
      unit: 'percent',
      min: -50,
      max: 100,
      about: {
        en: 'Yearly change of the price after the baseline year (InVEST inflation_rate).',
        zh: '基准年后价格的年变化率（InVEST inflation_rate）。',
      },
    }),
    discountRatePercent,
  }),
])
export type Valuation = z.output<typeof valuationSchema>
