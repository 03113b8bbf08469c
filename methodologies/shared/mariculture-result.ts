import { arTool14Uncertainty } from '../deductions/ar-tool14-uncertainty.ts'
import { CO2_PER_C } from '../units.ts'
import { areaBasedResult, type AreaBasedRun } from './area-based-result.ts'
import type { AreaBasedOutput } from './result-schema.ts'
import { warning } from './warnings.ts'

export type MaricultureRun = Pick<AreaBasedRun, 'methodology' | 'areaHa' | 'startYear' | 'leakagePercent' | 'nonPermanenceRisk' | 'warnings'> & {
  creditingYears: number
  uncertaintyPercent: number
  /** Carbon removed by each year's harvest, t C (the same every year: harvest is given per year). */
  harvestCarbonTcPerYear: number
  poolTotalsTco2e: (years: number) => Record<string, number>
}

/**
 * The area-based result for a harvest-driven mariculture estimate: removals =
 * 44/12 × harvest carbon each year; no baseline (accounting of the farmed
 * stock, HY/T 0349 structure) and no project emissions (fuel and feed NOT
 * FOUND; only non-fed species are accepted). The uncertainty rule of HY/T 0349
 * was not found, so AR-TOOL14's stepped discount is used as the nearest
 * Chinese-scheme rule (inferred).
 */
export function maricultureResult(run: MaricultureRun): AreaBasedOutput {
  const n = run.creditingYears
  const uncertainty = arTool14Uncertainty(run.uncertaintyPercent)
  return areaBasedResult({
    methodology: run.methodology,
    areaHa: run.areaHa,
    startYear: run.startYear,
    streams: { grossRemovals: new Array<number>(n).fill(CO2_PER_C * run.harvestCarbonTcPerYear), baseline: 0, projectEmissions: 0 },
    leakagePercent: run.leakagePercent,
    uncertainty: { ...uncertainty, rule: `${uncertainty.rule} — HY/T 0349-2022 rule not found; AR-TOOL14 used (inferred)` },
    nonPermanenceRisk: run.nonPermanenceRisk,
    poolTotalsTco2e: run.poolTotalsTco2e(n),
    warnings: [
      warning(
        'hyt-0349-not-found',
        'HY/T 0349-2022 formulas were not retrieved: removals use the carbon-content method inferred from S13 Table 2 (harvest × dry/wet × carbon content).',
        '未获得 HY/T 0349-2022 公式：按 S13 表 2 推断的碳含量法计算（收获量 × 干湿比 × 含碳率）。',
      ),
      ...run.warnings,
    ],
  })
}
