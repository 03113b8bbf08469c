import { z } from 'zod'
import { VALUATION_MODES } from './valuation.schema.ts'

/*
 * Carbon is tCO2e/ha and money CNY/ha when `basis` is 'perHectare'; with an
 * area they are tCO2e and CNY for the whole site ('site'). Stocks are at the
 * start of the year named by their key; NPV is discounted to the baseline year.
 */

const carbon = (en: string, zh: string) => z.number().meta({ about: { en, zh } })

const stocksSchema = z.object({
  biomass: carbon('Biomass carbon stock.', '生物量碳储量。'),
  soil: carbon('Soil carbon stock.', '土壤碳储量。'),
  litter: carbon(
    "Litter carbon stock (user's guide eq. cbc_stocks_litter; InVEST writes no litter stock after the first transition).",
    '凋落物碳储量（用户指南公式 cbc_stocks_litter；InVEST 在首次转变后不输出凋落物储量）。',
  ),
})

const flows = {
  accumulation: carbon('Carbon accumulated (counted in net sequestration).', '累积的碳（计入净固碳量）。'),
  emissions: carbon('Carbon emitted by disturbed biomass and soil.', '受扰动生物量和土壤排放的碳。'),
  netSequestration: carbon('Accumulation minus emissions.', '累积减排放。'),
}

export const periodSchema = z.object({ from: z.number().int(), to: z.number().int(), ...flows })

export const yearRowSchema = z.object({ year: z.number().int(), class: z.string(), stocks: stocksSchema, ...flows })

export const warningSchema = z.object({ code: z.string(), message: z.object({ zh: z.string(), en: z.string() }) })
export type Warning = z.output<typeof warningSchema>

export const outputSchema = z.object({
  methodology: z.object({ id: z.string(), version: z.string() }),
  areaHa: z.number().nullable(),
  basis: z.enum(['perHectare', 'site']),
  periods: z.array(periodSchema),
  totalNetSequestration: carbon('Net sequestration over all periods.', '全部时段的净固碳量。'),
  npv: z
    .record(z.string(), z.number())
    .meta({ about: { en: 'Net present value at each snapshot year after the baseline and at the analysis year.', zh: '基准年之后各快照年及分析年的净现值。' } }),
  stocks: z.record(z.string(), stocksSchema),
  yearly: z.array(yearRowSchema),
  valuationMode: z.enum(VALUATION_MODES).nullable(),
  warnings: z.array(warningSchema),
})
export type Output = z.output<typeof outputSchema>
