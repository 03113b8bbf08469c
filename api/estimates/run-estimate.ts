import { createHash } from 'node:crypto'
import type { RegisteredMethodology } from '../../methodologies/index.ts'
import type { Locale } from '../errors/catalog.ts'
import type { FieldError } from '../errors/api-error.ts'
import { localizeIssues } from '../errors/zod-issues.ts'
import { canonicalJson } from '../shared/canonical-json.ts'

export type EstimateRun =
  | { ok: true; inputs: Record<string, unknown>; result: Record<string, unknown> }
  | { ok: false; errors: FieldError[] }

/**
 * Validates params with the methodology's own spec and computes. A resolved
 * area (from a site or a drawn geometry) replaces `params.areaHa`, so the area
 * always comes from the server's geodesic calculation when a shape is known.
 * Returns the parsed inputs (defaults filled in): storing those, not the raw
 * request, is what makes a saved estimate re-runnable to the same output.
 */
export function runEstimate(
  methodology: RegisteredMethodology,
  params: Record<string, unknown>,
  options: { areaHa?: number | undefined; locale: Locale },
): EstimateRun {
  const merged = options.areaHa === undefined ? params : { ...params, areaHa: options.areaHa }
  const parsed = methodology.input.safeParse(merged)
  if (!parsed.success) return { ok: false, errors: localizeIssues(parsed.error.issues, options.locale, 'params') }
  const inputs = parsed.data as Record<string, unknown>
  const result = methodology.compute(inputs) as Record<string, unknown>
  return { ok: true, inputs, result }
}

/** SHA-256 over the canonical JSON of what produced the numbers and the numbers themselves. */
export function estimateContentHash(
  methodology: { id: string; version: string },
  inputs: unknown,
  outputs: unknown,
): string {
  return createHash('sha256')
    .update(canonicalJson({ methodology: { id: methodology.id, version: methodology.version }, inputs, outputs }))
    .digest('hex')
}

/** The headline number of a result: net credits (area-based) or net sequestration (transition). */
export function headlineTco2e(result: Record<string, unknown>): number | null {
  const totals = result.totals as { netCreditsTco2e?: unknown } | undefined
  if (totals && typeof totals.netCreditsTco2e === 'number') return totals.netCreditsTco2e
  if (typeof result.totalNetSequestration === 'number') return result.totalNetSequestration
  return null
}
