import { z } from 'zod'
import { quantity } from '../fields.ts'
import { CARBON_PRICE_SERIES, carbonPriceSchema } from './carbon-price.ts'
import { CHINA_CPI_ANNUAL } from './cpi.ts'
import type { Ecosystem } from './ecosystems.ts'
import { checkCrossFields } from './input.rules.ts'
import { GEP_SERVICES } from './services/registry.ts'
import { SOURCES } from './sources.ts'

export { CARBON_PRICE_SERIES }
export * from './output.schema.ts'

export const MAX_HORIZON_YEARS = 100

const areaHaField = quantity({
  unit: 'ha',
  about: { en: 'Site area', zh: '地块面积' },
  min: 0,
  exclusiveMin: true,
  max: 10_000_000,
})

const valuationYearField = quantity({
  unit: 'year',
  about: { en: 'Valuation year: all prices are brought to this year’s money', zh: '核算年份：所有价格折算到该年价格' },
  int: true,
  min: 2000,
  max: 2100,
})

const horizonYearsField = quantity({
  unit: 'years',
  about: { en: 'Number of years valued, the valuation year first (at most 100)', zh: '核算年数（含核算年份，最多 100 年）' },
  int: true,
  min: 1,
  max: MAX_HORIZON_YEARS,
})

const discountRateField = quantity({
  unit: 'percent',
  about: {
    en: 'Real discount rate (prices stay at valuation-year level). Required: no sourced default exists',
    zh: '实际贴现率（价格保持核算年水平）。必填：无可引用的默认值',
  },
  min: 0,
  max: 100,
})

const carbonPerYearField = quantity({
  unit: 'tCO2e/yr',
  about: {
    en: 'Net carbon sequestration of the site per year, from its carbon estimate',
    zh: '地块年净固碳量（来自碳汇估算）',
  },
  min: 0,
  // China emits about 1.1 × 10¹⁰ tCO2e a year; no site sequesters a tenth of that.
  max: 1e9,
})

const carbonByYearField = z
  .array(
    z.strictObject({
      year: quantity({ unit: 'year', about: { en: 'Calendar year', zh: '年份' }, int: true, min: 1900, max: 2300 }),
      tco2e: quantity({ unit: 'tCO2e', about: { en: 'Net sequestration in that year', zh: '当年净固碳量' }, min: 0, max: 1e9 }),
    }),
  )
  .max(400)

const priceFactorsField = z.record(
  z.string().regex(/^\d{4}$/),
  quantity({
    unit: 'ratio',
    about: {
      en: 'Factor that brings prices of the key year to the valuation year (needed where the CPI table has no index)',
      zh: '将该年份价格折算到核算年份的系数（CPI 表缺年份时必填）',
    },
    min: 0,
    exclusiveMin: true,
    max: 100,
  }),
)

/** The services object of one ecosystem; services that need nothing may be left out. */
function servicesSchema(ecosystem: Ecosystem) {
  const shape: Record<string, z.ZodType> = {}
  for (const service of GEP_SERVICES) {
    if (!service.inputKey || !service.appliesTo(ecosystem)) continue
    const schema = service.inputSchema(ecosystem)
    shape[service.inputKey] = schema.safeParse({}).success ? schema.prefault({}) : schema
  }
  // Strict, so a service that does not apply (coastal protection for a forest) is refused, not ignored.
  return z.strictObject(shape)
}

function ecosystemInput<E extends Ecosystem>(ecosystem: E) {
  return z.strictObject({
    ecosystem: z.literal(ecosystem),
    areaHa: areaHaField,
    valuationYear: valuationYearField,
    horizonYears: horizonYearsField,
    discountRatePercent: discountRateField,
    carbonSequestrationTco2ePerYear: carbonPerYearField.optional(),
    carbonSequestrationByYear: carbonByYearField.optional(),
    carbonPrice: carbonPriceSchema,
    priceAdjustmentFactors: priceFactorsField.optional(),
    services: servicesSchema(ecosystem),
  })
}

/** Input: one object per ecosystem, so required fields differ where defaults do. */
export const gepInputSchema = z
  .discriminatedUnion('ecosystem', [
    ecosystemInput('mangrove'),
    ecosystemInput('salt-marsh'),
    ecosystemInput('seagrass'),
    ecosystemInput('forest'),
    ecosystemInput('mariculture'),
  ])
  .superRefine((value, ctx) => checkCrossFields(value as Record<string, unknown>, ctx))
export type GepInput = z.output<typeof gepInputSchema>

export const GEP_REFERENCES = [
  ...Object.values(SOURCES),
  ...CHINA_CPI_ANNUAL.map((entry) => entry.source),
]
