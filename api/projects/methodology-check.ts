import { getMethodology } from '../../methodologies/index.ts'
import { ApiError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'

/**
 * A project names the crediting methodology its estimates follow: it must be
 * registered, and not a valuation model (GEP values a site, it earns no credits).
 */
export function assertCreditingMethodology(id: string | null | undefined, locale: Locale): void {
  if (id === undefined || id === null) return
  const methodology = getMethodology(id)
  if (methodology && methodology.kind !== 'valuation') return
  const message = methodology
    ? { en: `"${id}" is a valuation model, not a crediting methodology.`, zh: `“${id}”是价值核算模型，不是碳汇方法学。` }
    : { en: `There is no methodology with id "${id}" (see GET /api/v1/methodologies).`, zh: `不存在编号为“${id}”的方法学（见 GET /api/v1/methodologies）。` }
  throw new ApiError('validation_failed', { params: { count: 1 }, errors: [{ path: 'methodologyId', code: 'unknown_methodology', message: message[locale] }] })
}
