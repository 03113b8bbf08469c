import { z } from 'zod'
import type { Bilingual, Citation, FieldMeta } from './types.ts'
import type { Unit } from './units.ts'

type QuantityOptions = {
  unit: Unit
  about: Bilingual
  source?: Citation
  min?: number
  /** When true, `min` itself is not allowed (e.g. area > 0). */
  exclusiveMin?: boolean
  max?: number
  int?: boolean
}

/**
 * A finite number with its unit, bilingual description and source attached as
 * zod metadata, so validation, OpenAPI, the web form and the conformance test
 * all read the same declaration (style.md §3–4). NaN and ±Infinity are refused.
 *
 * @example quantity({ unit: 'ha', about: { en: 'Area', zh: '面积' }, min: 0, exclusiveMin: true })
 */
export function quantity(opts: QuantityOptions) {
  // `abort` marks a failed bound as fatal, so the cross-field rules (superRefine) of
  // every enclosing object are skipped: they loop over years and must never see a
  // year like 1e308 that already failed its range (issue 9).
  let schema = opts.int ? z.number().int({ abort: true }) : z.number()
  if (opts.min !== undefined) schema = opts.exclusiveMin ? schema.gt(opts.min, { abort: true }) : schema.gte(opts.min, { abort: true })
  if (opts.max !== undefined) schema = schema.lte(opts.max, { abort: true })
  const meta: FieldMeta = { unit: opts.unit, about: opts.about, ...(opts.source ? { source: opts.source } : {}) }
  return schema.meta(meta)
}

/**
 * A quantity with a default value. A default without a source is a defect, so
 * `source` is mandatory here.
 */
export function defaultedQuantity(opts: QuantityOptions & { source: Citation; default: number }) {
  const { default: value, ...rest } = opts
  const meta: FieldMeta = { unit: opts.unit, about: opts.about, source: opts.source }
  return quantity(rest).default(value).meta(meta)
}
