import { arTool14DiscountRatio, describeArTool14 } from '../deductions/ar-tool14-uncertainty.ts'
import { nonPermanenceBuffer } from '../deductions/non-permanence-risk.ts'
import { buildYearRows } from '../deductions/year-rows.ts'
import { bgbFromArTool14 } from '../shared/ar-tool14-biomass.ts'
import type { AreaBasedOutput } from '../shared/result-schema.ts'
import { warning } from '../shared/warnings.ts'
import type { Warning } from '../shared/warnings.ts'
import { CO2_PER_C } from '../units.ts'
import type { ForestInput } from './spec.ts'
import { forestSpec } from './spec.ts'

/** AR-TOOL16 Eq. 6: SOC changes over 20 years after planting. */
const SOC_YEARS = 20

type Stratum = ForestInput['strata'][number]

/**
 * Tree carbon per hectare at a stand age by the volume route (AR-TOOL14 App. 1
 * Eq. 5 and Eq. 12): AGB = V × D × BEF_2; C = 44/12 × CF × AGB × (1 + R).
 *
 * @returns t CO2e/ha
 * @example treeStock(5, { stemVolumeIncrementM3PerHaPerYear: 20, woodDensityTdmPerM3: 0.5, biomassExpansionFactor: 1.15 }, 0.47) // AGB 57.5 t/ha
 */
export function forestTreeStockTco2ePerHa(
  ageYears: number,
  s: Pick<Stratum, 'stemVolumeIncrementM3PerHaPerYear' | 'woodDensityTdmPerM3' | 'biomassExpansionFactor' | 'rootShootRatio'>,
  carbonFraction: number,
): number {
  if (ageYears <= 0) return 0
  const agb = s.stemVolumeIncrementM3PerHaPerYear * ageYears * s.woodDensityTdmPerM3 * s.biomassExpansionFactor
  const bgb = s.rootShootRatio === undefined ? bgbFromArTool14(agb) : agb * s.rootShootRatio
  return CO2_PER_C * carbonFraction * (agb + bgb)
}

/**
 * Ex-ante afforestation removals with the AR-ACM0003 structure (Eqs. 1–3):
 * tree stock differences per stratum, optional dead wood / litter (AR-TOOL12
 * default factors) and SOC (AR-TOOL16), less baseline, emissions, leakage,
 * the AR-TOOL14 uncertainty discount and the non-permanence buffer.
 *
 * @returns the area-based result, t CO2e for the whole site
 * @see methodologies.md §2
 */
export function computeForest(input: ForestInput): AreaBasedOutput {
  const n = input.creditingYears
  const gross: number[] = new Array<number>(n).fill(0)
  const dwFactor = (input.deadWoodPercentOfTrees ?? 0) / 100
  const liFactor = (input.litterPercentOfTrees ?? 0) / 100
  const socPerHaPerYear = CO2_PER_C * (input.socChangeTcPerHaPerYear ?? 0)
  const pools = { trees: 0, deadWood: 0, litter: 0, soil: 0 }
  for (const s of input.strata) {
    const stratumAreaHa = (input.areaHa * s.areaPercent) / 100
    const firstAge = input.startYear - (s.plantingYear ?? input.startYear) + 1
    let previous = forestTreeStockTco2ePerHa(firstAge - 1, s, input.carbonFraction)
    for (let i = 0; i < n; i++) {
      const age = firstAge + i
      const stock = forestTreeStockTco2ePerHa(age, s, input.carbonFraction)
      const trees = (stock - previous) * stratumAreaHa
      previous = stock
      const soil = age >= 1 && age <= SOC_YEARS ? socPerHaPerYear * stratumAreaHa : 0
      gross[i] = gross[i]! + trees * (1 + dwFactor + liFactor) + soil
      pools.trees += trees
      pools.deadWood += trees * dwFactor
      pools.litter += trees * liFactor
      pools.soil += soil
    }
  }
  const warnings: Warning[] = [
    warning(
      'ccer-14-001-table-not-found',
      'The CCER-14-001 species table (BEF, wood density, R, CF) was not retrieved; growth and wood density are user inputs and BEF_2 = 1.15 is the AR-TOOL14 ex-post default.',
      '未获得 CCER-14-001 树种参数表（BEF、木材密度、根茎比、含碳率）；生长量和木材密度需用户填写，BEF_2 = 1.15 为 AR-TOOL14 事后默认值。',
    ),
  ]
  if (input.strata.length === 0) {
    warnings.push(
      warning(
        'forest-growth-required',
        'No strata given: tree removals are 0 because no sourced growth rate or wood density exists for South China species. Add strata with stemVolumeIncrementM3PerHaPerYear and woodDensityTdmPerM3 from a local yield table.',
        '未提供碳层：由于华南树种没有有出处的生长量和木材密度，林木碳汇按 0 计。请按当地收获表填写含 stemVolumeIncrementM3PerHaPerYear 与 woodDensityTdmPerM3 的碳层。',
      ),
    )
  }
  const risk = nonPermanenceBuffer(input.nonPermanenceRisk)
  warnings.push(
    warning(
      'forest-risk-partly-assessed',
      'Fire and pest risk of South China plantations were not found in the references and score 0 by default; the typhoon score uses mangrove damage as a proxy.',
      '参考资料中未找到华南人工林的火灾和病虫害风险，默认计 0 分；台风得分以红树林受损数据为替代。',
    ),
  )
  const uncertaintyRatio = arTool14DiscountRatio(input.uncertaintyPercent)
  const leakageRatio = input.leakagePercent / 100
  const rows = buildYearRows(
    input.startYear,
    {
      grossRemovals: gross,
      baseline: input.baselineRemovalsTco2ePerHaPerYear * input.areaHa,
      projectEmissions: input.projectEmissionsTco2ePerHaPerYear * input.areaHa,
    },
    { leakageRatio, uncertainty: { kind: 'ar-tool14', ratio: uncertaintyRatio }, bufferRatio: risk.outcome.bufferRatio },
  )
  return {
    methodology: { id: forestSpec.id, version: forestSpec.version },
    areaHa: input.areaHa,
    ...rows,
    deductions: { leakageRatio, uncertaintyRatio, bufferRatio: risk.outcome.bufferRatio, uncertaintyRule: describeArTool14(input.uncertaintyPercent) },
    poolTotalsTco2e: pools,
    nonPermanence: risk.outcome,
    warnings: [...warnings, ...risk.warnings],
  }
}
