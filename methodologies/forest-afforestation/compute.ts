import { arTool14Uncertainty } from '../deductions/ar-tool14-uncertainty.ts'
import { areaBasedResult } from '../shared/area-based-result.ts'
import type { AreaBasedOutput } from '../shared/result-schema.ts'
import { warning } from '../shared/warnings.ts'
import type { Warning } from '../shared/warnings.ts'
import { CO2_PER_C } from '../units.ts'
import { FOREST_SPECIES_RECORDS } from './species.ts'
import type { ForestInput } from './spec.ts'
import { forestSpec } from './spec.ts'
import { forestTreeStockTco2ePerHa, resolveForestGrowth } from './tree-stock.ts'
import { reportGrowthCurves, type StratumCurve } from '../shared/growth-report.ts'

/** AR-TOOL16 Eq. 6: SOC changes over 20 years after planting. */
const SOC_YEARS = 20

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
  let usedDefaults = false
  const curves: StratumCurve[] = []
  const heldPastAge = new Set<number>()
  input.strata.forEach((s, stratumIndex) => {
    const stratumAreaHa = (input.areaHa * s.areaPercent) / 100
    const firstAge = input.startYear - (s.plantingYear ?? input.startYear) + 1
    const growth = resolveForestGrowth(s)
    usedDefaults ||= growth.usedDefaults
    const lastAge = firstAge + n - 1
    if (growth.curve.holdAfterAgeYears !== undefined && lastAge > growth.curve.holdAfterAgeYears) heldPastAge.add(growth.curve.holdAfterAgeYears)
    curves.push({ stratumIndex, species: s.species, quantity: 'stem-volume', unit: 'm3/ha', curve: growth.curve, source: growth.source, lastAgeYears: lastAge })
    let previous = forestTreeStockTco2ePerHa(firstAge - 1, growth, input.carbonFraction)
    for (let i = 0; i < n; i++) {
      const age = firstAge + i
      const stock = forestTreeStockTco2ePerHa(age, growth, input.carbonFraction)
      const trees = (stock - previous) * stratumAreaHa
      previous = stock
      const soil = age >= 1 && age <= SOC_YEARS ? socPerHaPerYear * stratumAreaHa : 0
      gross[i] = gross[i]! + trees * (1 + dwFactor + liFactor) + soil
      pools.trees += trees
      pools.deadWood += trees * dwFactor
      pools.litter += trees * liFactor
      pools.soil += soil
    }
  })
  const warnings: Warning[] = [
    warning(
      'ccer-14-001-table-not-found',
      'The CCER-14-001 species table (BEF, wood density, R, CF) was not retrieved: BEF_2 = 1.15 is the AR-TOOL14 ex-post default, and growth and wood density are user inputs except the cited eucalyptus defaults.',
      '未获得 CCER-14-001 树种参数表（BEF、木材密度、根茎比、含碳率）：BEF_2 = 1.15 为 AR-TOOL14 事后默认值；除有出处的桉树默认值外，生长量和木材密度需用户填写。',
    ),
  ]
  if (usedDefaults) {
    const euc = FOREST_SPECIES_RECORDS.eucalyptus
    warnings.push(
      warning(
        'forest-default-eucalyptus-growth',
        `Eucalyptus defaults used: ${euc.stemVolumeIncrement!.value} m³/ha/yr (lower end of the national-inventory range for newly planted land, not a site yield table) and basic density ${euc.woodDensity!.value} t/m³ (5½-year clones, coastal south-west China). No sourced yield curve was found, so growth is linear and held after age ${euc.holdAfterAge!.value} (the end of a 5–7-year pulpwood rotation); give a local yield table (growthModel chapman-richards) to replace them.`,
        `已使用桉树默认值：生长量 ${euc.stemVolumeIncrement!.value} m³/公顷/年（全国森林资源清查新造林地范围的下限，并非本地块收获表）与基本密度 ${euc.woodDensity!.value} t/m³（华南西部沿海 5.5 年生无性系）。因未找到有出处的收获曲线，按线性生长并在 ${euc.holdAfterAge!.value} 年（5–7 年纸浆材轮伐期上限）后保持不变；请以当地收获表（growthModel chapman-richards）替换。`,
      ),
    )
  }
  if (heldPastAge.size > 0) {
    const ages = [...heldPastAge].sort((a, b) => a - b).join(', ')
    warnings.push(
      warning(
        'growth-held-after-age',
        `Stem volume is held at its value at age ${ages}: no tree growth is credited after it. A stand harvested at that age loses its stock; crediting programmes that allow harvest credit at most the long-term average stock (about half of the end-of-rotation stock for linear growth and clear-felling), which this estimate does not yet apply.`,
        `蓄积在林龄 ${ages} 年后保持不变：此后不计林木生长。若林分在该林龄采伐，其碳储量随之损失；允许采伐的计入规则最多按长期平均碳储量计入（线性生长且皆伐时约为轮伐期末储量的一半），本估算尚未应用该规则。`,
      ),
    )
  }
  warnings.push(
    warning(
      'forest-risk-partly-assessed',
      'Fire and pest risk of South China plantations were not found in the references and score 0 by default; the typhoon score uses mangrove damage as a proxy.',
      '参考资料中未找到华南人工林的火灾和病虫害风险，默认计 0 分；台风得分以红树林受损数据为替代。',
    ),
  )
  return areaBasedResult({
    methodology: { id: forestSpec.id, version: forestSpec.version },
    areaHa: input.areaHa,
    startYear: input.startYear,
    streams: {
      grossRemovals: gross,
      baseline: input.baselineRemovalsTco2ePerHaPerYear * input.areaHa,
      projectEmissions: input.projectEmissionsTco2ePerHaPerYear * input.areaHa,
    },
    leakagePercent: input.leakagePercent,
    uncertainty: arTool14Uncertainty(input.uncertaintyPercent),
    nonPermanenceRisk: input.nonPermanenceRisk,
    poolTotalsTco2e: pools,
    growthCurves: reportGrowthCurves(curves),
    warnings,
  })
}
