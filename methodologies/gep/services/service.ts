import { z } from 'zod'
import { quantity } from '../../fields.ts'
import type { Bilingual } from '../../types.ts'
import type { Unit } from '../../units.ts'
import type { Ecosystem } from '../ecosystems.ts'
import { userSource, type GepSource } from '../sources.ts'

export type ServiceClass = 'material' | 'regulating' | 'cultural'

export const SERVICE_IDS = [
  'aquatic-products',
  'carbon-sequestration',
  'oxygen-release',
  'water-purification-nitrogen',
  'water-purification-phosphorus',
  'water-purification-cod',
  'coastal-protection',
  'climate-regulation',
  'sediment-retention',
  'recreation',
] as const
export type ServiceId = (typeof SERVICE_IDS)[number]

/** A unit price with the year its money is worth and where it comes from. */
export type PriceQuote = { valueCny: number; priceYear: number; source: GepSource }

/** A cited default: the number and its source. */
export type SourcedValue = { value: number; source: GepSource }

/** Carbon quantities resolved from the site's carbon estimate, one per horizon year. */
export type CarbonQuantity = { byYear: number[]; source: GepSource }

export type ServiceContext = {
  ecosystem: Ecosystem
  areaHa: number
  /** Calendar years of the horizon, valuation year first. */
  years: readonly number[]
  valuationYear: number
  carbon: CarbonQuantity | null
  carbonPrice: PriceQuote
}

export type Resolution =
  | {
      status: 'ok'
      /** Physical quantity in each horizon year, in the service's quantity unit. */
      quantityByYear: number[]
      quantitySource: GepSource
      price: PriceQuote
      /** False for market prices already quoted in valuation-year money (carbon). */
      adjustForCpi: boolean
    }
  | { status: 'needs-input'; message: Bilingual }

/**
 * One GEP service: a quantity model and a unit price, both cited
 * (InVEST-style declarative spec + pure resolve).
 */
export interface GepService<S extends z.ZodType = z.ZodType> {
  id: ServiceId
  class: ServiceClass
  name: Bilingual
  quantityUnit: Unit
  unitPriceUnit: Unit
  /** Key under `services` in the input, or null when the inputs are top-level (carbon). */
  inputKey: string | null
  /** Input paths the sensitivity table names. */
  quantityParameter: string
  priceParameter: string
  appliesTo(ecosystem: Ecosystem): boolean
  /** Input schema for one ecosystem: fields without a cited default are required. */
  inputSchema(ecosystem: Ecosystem): S
  /** Price year used for the CPI adjustment, or null when no adjustment applies. */
  priceYear(input: z.output<S>, ecosystem: Ecosystem): number | null
  resolve(input: z.output<S>, ctx: ServiceContext): Resolution
}

export function defineService<S extends z.ZodType>(service: GepService<S>): GepService<S> {
  return service
}

/**
 * Upper bounds that no real site reaches but that keep every product finite (a price
 * of 1e308 times a quantity is Infinity). The dearest unit price here, a seawall, is
 * 10⁷–10⁸ CNY/km; no per-hectare or per-year quantity comes near 10⁹.
 */
export const MAX_UNIT_PRICE_CNY = 1e9
export const MAX_RATE = 1e9

export const priceYearField = quantity({
  unit: 'year',
  about: { en: 'Year whose money the price is quoted in', zh: '价格所属年份（价格基年）' },
  int: true,
  min: 1990,
  max: 2100,
})

/**
 * A unit-price input `{ value, priceYear, sourceNote? }`. With a cited default it is an
 * optional override (the default's source sits in the metadata); without one it is
 * required, so the form and the API ask for it instead of inventing a number.
 */
export function unitPriceInput(opts: { unit: Unit; about: Bilingual; fallback?: PriceQuote }) {
  const schema = z
    .strictObject({
      value: quantity({ unit: opts.unit, about: opts.about, min: 0, max: MAX_UNIT_PRICE_CNY }),
      priceYear: priceYearField,
      sourceNote: z.string().max(500).optional().meta({ about: { en: 'Where the price comes from', zh: '价格来源说明' } }),
    })
    .meta({
      unit: opts.unit,
      about: opts.fallback
        ? {
            en: `${opts.about.en}. Optional: default ${opts.fallback.valueCny} ${opts.unit} (${opts.fallback.priceYear} prices)`,
            zh: `${opts.about.zh}。可选：默认 ${opts.fallback.valueCny} ${opts.unit}（${opts.fallback.priceYear}年价格）`,
          }
        : {
            en: `${opts.about.en}. Required: no sourced default exists`,
            zh: `${opts.about.zh}。必填：无可引用的默认值`,
          },
      ...(opts.fallback ? { source: opts.fallback.source } : {}),
    })
  return opts.fallback ? schema.optional() : schema
}

export type PriceInput = { value: number; priceYear: number; sourceNote?: string | undefined } | undefined

/** The user's price when given, else the cited default; a missing default is a spec bug. */
export function resolvePrice(serviceId: ServiceId, input: PriceInput, fallback: PriceQuote | undefined): PriceQuote {
  if (input) return { valueCny: input.value, priceYear: input.priceYear, source: userSource(`${serviceId}.unitPrice`, input.sourceNote) }
  if (fallback) return fallback
  throw new Error(`${serviceId}: no unit price and no default; the spec should have required one`)
}

/**
 * A per-hectare (or other) quantity input: optional with a cited default for the
 * ecosystems that have one, required for the others.
 */
export function rateInput(opts: {
  unit: Unit
  about: Bilingual
  fallback?: SourcedValue | undefined
  max?: number
}) {
  const base = quantity({
    unit: opts.unit,
    about: opts.fallback
      ? {
          en: `${opts.about.en}. Optional: default ${opts.fallback.value} ${opts.unit}`,
          zh: `${opts.about.zh}。可选：默认 ${opts.fallback.value} ${opts.unit}`,
        }
      : { en: `${opts.about.en}. Required: no sourced default exists`, zh: `${opts.about.zh}。必填：无可引用的默认值` },
    min: 0,
    max: opts.max ?? MAX_RATE,
    ...(opts.fallback ? { source: opts.fallback.source } : {}),
  })
  return opts.fallback ? base.optional() : base
}

/** The user's quantity when given, else the cited default; a missing default is a spec bug. */
export function resolveRate(
  serviceId: ServiceId,
  field: string,
  input: number | undefined,
  fallback: SourcedValue | undefined,
): SourcedValue {
  if (input !== undefined) return { value: input, source: userSource(`${serviceId}.${field}`) }
  if (fallback) return fallback
  throw new Error(`${serviceId}.${field}: no value and no default; the spec should have required one`)
}

/** Same value in every horizon year. */
export function constantByYear(value: number, years: readonly number[]): number[] {
  return years.map(() => value)
}
