import { gepValuation } from '../../methodologies/gep/index.ts'
import type { GepInput, GepOutput } from '../../methodologies/gep/spec.ts'
import type { FieldError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'
import { localizeIssues } from '../errors/zod-issues.ts'
import { SERVER_FILLED_PARAMS } from './server-filled.ts'

const WHERE_FROM: Record<(typeof SERVER_FILLED_PARAMS)[number], { en: string; zh: string }> = {
  ecosystem: { en: 'give it as the top-level "ecosystem"', zh: '请在顶层字段 “ecosystem” 中提供' },
  areaHa: { en: 'the area comes from the site or the geometry', zh: '面积取自地块或几何图形' },
  carbonPrice: { en: 'give it as the top-level "carbonPrice"', zh: '请在顶层字段 “carbonPrice” 中提供' },
  carbonSequestrationTco2ePerYear: {
    en: "carbon comes from the site's latest saved estimate",
    zh: '固碳量取自该地块最近保存的碳汇估算',
  },
  carbonSequestrationByYear: { en: "carbon comes from the site's latest saved estimate", zh: '固碳量取自该地块最近保存的碳汇估算' },
}

export type ServerFilled = {
  ecosystem: string
  areaHa: number
  carbonPrice: unknown
  carbonSequestrationByYear: { year: number; tco2e: number }[] | null
}

export type ValuationRun = { ok: true; inputs: GepInput; result: GepOutput } | { ok: false; errors: FieldError[] }

/**
 * Validates `params` plus the server-filled values with the GEP model's own spec and
 * computes (the run-estimate pattern). Field paths point at what the client sent:
 * `params.*` for its params, `carbonPrice.*` for the price, and `areaSource` for an
 * area that came from the site or geometry. Returns the parsed inputs (defaults
 * filled in), which is what makes a saved valuation re-runnable.
 */
export function runValuation(
  params: Record<string, unknown>,
  filled: ServerFilled,
  options: { locale: Locale; areaSource: 'siteId' | 'geometry' },
): ValuationRun {
  const misplaced = SERVER_FILLED_PARAMS.filter((key) => key in params)
  if (misplaced.length > 0) {
    return {
      ok: false,
      errors: misplaced.map((key) => ({
        path: `params.${key}`,
        code: 'server_filled',
        message: options.locale === 'zh' ? `该字段由服务器填写：${WHERE_FROM[key].zh}` : `Filled by the server: ${WHERE_FROM[key].en}`,
      })),
    }
  }
  const merged = {
    ...params,
    ecosystem: filled.ecosystem,
    areaHa: filled.areaHa,
    carbonPrice: filled.carbonPrice,
    ...(filled.carbonSequestrationByYear ? { carbonSequestrationByYear: filled.carbonSequestrationByYear } : {}),
  }
  const parsed = gepValuation.input.safeParse(merged)
  if (!parsed.success) {
    const fromBody: Record<string, PropertyKey[]> = {
      ecosystem: ['ecosystem'],
      carbonPrice: ['carbonPrice'],
      areaHa: [options.areaSource],
      carbonSequestrationByYear: ['siteId'],
    }
    const issues = parsed.error.issues.map((issue) => {
      const [head, ...rest] = issue.path
      const mapped = typeof head === 'string' ? fromBody[head] : undefined
      // The model's carbonPrice has a `kind` the client never sends; drop it from paths.
      const tail = head === 'carbonPrice' ? rest.filter((k) => k !== 'kind') : rest
      return { ...issue, path: mapped ? [...mapped, ...tail] : ['params', ...issue.path] }
    })
    return { ok: false, errors: localizeIssues(issues, options.locale) }
  }
  const inputs = parsed.data
  return { ok: true, inputs, result: gepValuation.compute(inputs) }
}
