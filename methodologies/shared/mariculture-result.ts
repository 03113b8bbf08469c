import { arTool14Uncertainty } from '../deductions/ar-tool14-uncertainty.ts'
import { CO2_PER_C } from '../units.ts'
import { areaBasedResult, type AreaBasedRun } from './area-based-result.ts'
import type { AreaBasedOutput } from './result-schema.ts'
import { warning } from './warnings.ts'

/** Carbon removed by each year's harvest, t C, by where it goes after harvest. */
export type HarvestCarbonTc = {
  /** Eaten or processed biomass (soft tissue, seaweed): back in the atmosphere within years. */
  returnsToAtmosphere: number
  /** Long-lived pools (shell, when counted). */
  longLived: number
}

export type MaricultureRun = Pick<AreaBasedRun, 'methodology' | 'areaHa' | 'startYear' | 'leakagePercent' | 'nonPermanenceRisk' | 'warnings'> & {
  creditingYears: number
  uncertaintyPercent: number
  /** Carbon removed by each year's harvest (the same every year: harvest is given per year). */
  harvestCarbonTcPerYear: HarvestCarbonTc
  /** Whether the short-lived part is credited too (HY/T 0305 removal accounting) or only reported. */
  creditHarvestedBiomass: boolean
  /** Pool totals over the crediting period, t CO2e, whether credited or not. */
  poolTotalsTco2e: (years: number) => Record<string, number>
}

/**
 * The area-based result for a harvest-driven mariculture estimate. Gross
 * removals are the credited pools only: the long-lived ones, plus the harvested
 * biomass when `creditHarvestedBiomass` is set; the rest is reported in
 * `poolTotalsTco2e` and a warning. No baseline (accounting of the farmed stock)
 * and no project emissions (fuel and feed NOT FOUND; only non-fed species are
 * accepted). The uncertainty rule of HY/T 0305 was not found, so AR-TOOL14's
 * stepped discount is used as the nearest Chinese-scheme rule (inferred).
 */
export function maricultureResult(run: MaricultureRun): AreaBasedOutput {
  const n = run.creditingYears
  const uncertainty = arTool14Uncertainty(run.uncertaintyPercent)
  const { returnsToAtmosphere, longLived } = run.harvestCarbonTcPerYear
  const creditedTc = longLived + (run.creditHarvestedBiomass ? returnsToAtmosphere : 0)
  const shortLivedTco2e = CO2_PER_C * returnsToAtmosphere * n
  const permanenceWarning = run.creditHarvestedBiomass
    ? warning(
        'harvested-biomass-credited-without-permanence',
        `Harvested biomass that is eaten or processed (${shortLivedTco2e.toFixed(1)} t CO2e over the period) is credited as HY/T 0305-2021 removal accounting: its carbon returns to the atmosphere within years and no permanence rule covers it.`,
        `被食用或加工的收获生物量（计入期内 ${shortLivedTco2e.toFixed(1)} t CO2e）按 HY/T 0305-2021 移出量核算计为信用：其碳数年内回到大气，无持久性规则覆盖。`,
      )
    : warning(
        'harvested-biomass-not-credited',
        `Harvested biomass that is eaten or processed (${shortLivedTco2e.toFixed(1)} t CO2e over the period) is reported in poolTotalsTco2e but not credited: its carbon returns to the atmosphere within years. Only long-lived pools are credited.`,
        `被食用或加工的收获生物量（计入期内 ${shortLivedTco2e.toFixed(1)} t CO2e）仅在 poolTotalsTco2e 中报告，不计信用：其碳数年内回到大气。仅长期碳库计为信用。`,
      )
  return areaBasedResult({
    methodology: run.methodology,
    areaHa: run.areaHa,
    startYear: run.startYear,
    streams: { grossRemovals: new Array<number>(n).fill(CO2_PER_C * creditedTc), baseline: 0, projectEmissions: 0 },
    leakagePercent: run.leakagePercent,
    uncertainty: { ...uncertainty, rule: `${uncertainty.rule} — HY/T 0305-2021 rule not retrieved; AR-TOOL14 used (inferred)` },
    nonPermanenceRisk: run.nonPermanenceRisk,
    poolTotalsTco2e: run.poolTotalsTco2e(n),
    warnings: [
      warning(
        'hyt-0305-formulas-not-retrieved',
        'HY/T 0305-2021 was read only to its definitions (§1–3: scope, dry/wet ratio, mass ratio); its formula clauses and coefficient tables were not retrieved, so removals use the carbon-content method with S13 Table 2 coefficients (harvest × dry/wet × mass share × carbon content).',
        'HY/T 0305-2021 仅读到定义部分（§1–3：范围、干湿比、质量比）；未获得其公式条款与系数表，故按碳含量法并采用 S13 表 2 系数计算（收获量 × 干湿比 × 质量比 × 含碳率）。',
      ),
      permanenceWarning,
      ...run.warnings,
    ],
  })
}
