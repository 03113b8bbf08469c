import { z } from 'zod'
import { UNITS } from '../units.ts'
import { ECOSYSTEMS } from './ecosystems.ts'
import { SERVICE_IDS } from './services/service.ts'
import { gepSourceSchema } from './sources.ts'

const bilingualSchema = z.object({ zh: z.string(), en: z.string() })

export const serviceRowSchema = z.object({
  id: z.enum(SERVICE_IDS),
  class: z.enum(['material', 'regulating', 'cultural']),
  name: bilingualSchema,
  status: z.enum(['ok', 'needs-input']),
  /** Mean physical quantity per year over the horizon. */
  quantity: z.number().nullable(),
  quantityUnit: z.enum(UNITS),
  /** Unit price as quoted, in money of `priceYear`. */
  unitPrice: z.number().nullable(),
  unitPriceUnit: z.enum(UNITS),
  priceYear: z.number().int().nullable(),
  priceAdjustmentFactor: z.number().nullable(),
  priceAdjustedToValuationYear: z.number().nullable(),
  /** Mean value per year over the horizon, CNY of the valuation year. */
  valueCnyPerYear: z.number().nullable(),
  message: bilingualSchema.optional(),
  source: z.object({
    quantity: gepSourceSchema.nullable(),
    unitPrice: gepSourceSchema.nullable(),
    priceAdjustment: gepSourceSchema.nullable(),
  }),
})
export type ServiceRow = z.infer<typeof serviceRowSchema>

export const sensitivityRowSchema = z.object({
  parameter: z.string(),
  serviceId: z.enum(SERVICE_IDS),
  kind: z.enum(['price', 'quantity']),
  npvLowCny: z.number(),
  npvHighCny: z.number(),
  swingCny: z.number(),
})
export type SensitivityRow = z.infer<typeof sensitivityRowSchema>

export const gepOutputSchema = z.object({
  methodology: z.object({ id: z.string(), version: z.string() }),
  ecosystem: z.enum(ECOSYSTEMS),
  areaHa: z.number(),
  valuationYear: z.number().int(),
  horizonYears: z.number().int(),
  discountRatePercent: z.number(),
  services: z.array(serviceRowSchema),
  totalsByClass: z.object({ material: z.number(), regulating: z.number(), cultural: z.number() }),
  totalCnyPerYear: z.number(),
  years: z.array(z.object({ year: z.number().int(), valueCny: z.number(), discountedCny: z.number() })),
  npvCny: z.number(),
  sensitivity: z.array(sensitivityRowSchema),
  warnings: z.array(z.object({ code: z.string(), message: bilingualSchema })),
})
export type GepOutput = z.infer<typeof gepOutputSchema>

