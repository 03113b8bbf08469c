import { z } from 'zod'
import { quantity } from '../fields.ts'
import type { Bilingual, Citation } from '../types.ts'

/**
 * Fields of a Chapman-Richards growth model, y(t) = max × (1 − e^(−k t))^p.
 * They carry the source of the species default (if any) but no schema
 * default: the default depends on the species, and the compute fills it in.
 */
export function chapmanRichardsFields(source: Citation | undefined) {
  const withSource = source ? { source } : {}
  return {
    rateKPerYear: quantity({
      unit: '1/yr',
      about: { en: 'Chapman-Richards rate constant k', zh: 'Chapman-Richards 生长速率常数 k' },
      min: 0,
      exclusiveMin: true,
      max: 5,
      ...withSource,
    }).optional(),
    shapeP: quantity({
      unit: 'dimensionless',
      about: { en: 'Chapman-Richards shape exponent p (p > 1 gives a slow start, an inflection and a plateau)', zh: 'Chapman-Richards 形状指数 p（p > 1 时前期慢、有拐点、后趋平）' },
      min: 0,
      exclusiveMin: true,
      max: 20,
      ...withSource,
    }).optional(),
  }
}

/** The age after which the size is held at its value (no extrapolation beyond the observed range). */
export function holdAfterAgeField(about: Bilingual, source?: Citation) {
  return quantity({ unit: 'years', about, int: true, min: 1, max: 200, ...(source ? { source } : {}) }).optional()
}

/** `{ kind: 'linear' }` selects the linear increment fields of the stratum (the published worked examples use it). */
export function linearKind<S extends z.ZodRawShape = Record<never, never>>(about: Bilingual, extra?: S) {
  return z.strictObject({ kind: z.literal('linear'), ...(extra ?? ({} as S)) }).meta({ about })
}
