import { nonPermanenceBuffer } from '../deductions/non-permanence-risk.ts'
import type { NonPermanenceRiskInput } from '../deductions/non-permanence-schema.ts'
import { buildYearRows, type UncertaintyRuleApplied, type YearStreams } from '../deductions/year-rows.ts'
import type { GrowthCurveReport } from './growth-report.ts'
import type { AreaBasedOutput } from './result-schema.ts'
import type { Warning } from './warnings.ts'

/** What an area-based methodology has worked out before the shared deductions. */
export type AreaBasedRun = {
  methodology: { id: string; version: string }
  areaHa: number
  startYear: number
  streams: YearStreams
  leakagePercent: number
  uncertainty: UncertaintyRuleApplied
  nonPermanenceRisk: NonPermanenceRiskInput
  poolTotalsTco2e: Record<string, number>
  growthCurves?: GrowthCurveReport[]
  /** The methodology's own warnings; the non-permanence warnings follow them. */
  warnings: Warning[]
}

/**
 * The last step every area-based methodology shares: the non-permanence
 * buffer, the year rows with leakage / uncertainty / buffer deducted, and the
 * result in the area-based contract.
 */
export function areaBasedResult(run: AreaBasedRun): AreaBasedOutput {
  const risk = nonPermanenceBuffer(run.nonPermanenceRisk)
  const leakageRatio = run.leakagePercent / 100
  const { kind, ratio: uncertaintyRatio, rule } = run.uncertainty
  const bufferRatio = risk.outcome.bufferRatio
  const rows = buildYearRows(run.startYear, run.streams, { leakageRatio, uncertainty: { kind, ratio: uncertaintyRatio }, bufferRatio })
  return {
    methodology: run.methodology,
    areaHa: run.areaHa,
    ...rows,
    deductions: { leakageRatio, uncertaintyRatio, bufferRatio, uncertaintyRule: rule },
    poolTotalsTco2e: run.poolTotalsTco2e,
    nonPermanence: risk.outcome,
    ...(run.growthCurves ? { growthCurves: run.growthCurves } : {}),
    warnings: [...run.warnings, ...risk.warnings],
  }
}
