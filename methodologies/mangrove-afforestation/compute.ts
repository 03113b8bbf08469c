import { arTool14Uncertainty } from '../deductions/ar-tool14-uncertainty.ts'
import { areaBasedResult } from '../shared/area-based-result.ts'
import type { AreaBasedOutput } from '../shared/result-schema.ts'
import { warning } from '../shared/warnings.ts'
import type { Warning } from '../shared/warnings.ts'
import { CO2_PER_C } from '../units.ts'
import { reportGrowthCurves, type StratumCurve } from '../shared/growth-report.ts'
import { resolveAgbCurve } from './growth.ts'
import { SPECIES } from './species.ts'
import type { MangroveInput } from './spec.ts'
import { mangroveSpec } from './spec.ts'
import { treeStockTco2ePerHa } from './tree-stock.ts'

/**
 * Ex-ante mangrove afforestation removals (AR-AM0014 Eqs. 2–6 with AR-TOOL14
 * tree stocks and the Eq. 4 soil default), then leakage, the AR-TOOL14
 * uncertainty discount and the non-permanence buffer.
 *
 * Tree removals in a year are the stock difference between the end of that
 * year and the end of the previous one (AR-TOOL14 Eq. 1/11), per stratum,
 * times the stratum area. A stratum planted at the start of year P is age 1
 * at the end of P.
 *
 * @returns the area-based result; all quantities in t CO2e for the whole site
 * @see methodologies.md §1(b), §4, §5, §10 (worked example reproduced in the fixtures)
 */
export function computeMangrove(input: MangroveInput): AreaBasedOutput {
  const n = input.creditingYears
  // A plain array: allocating typed arrays per estimate costs more than the arithmetic (bench).
  const gross: number[] = new Array<number>(n).fill(0)
  let treesTotal = 0
  let soilTotal = 0
  let deadWoodTotal = 0
  const deadWoodFactor = (input.deadWoodPercentOfTrees ?? 0) / 100
  const soilPerHaPerYear = CO2_PER_C * input.soilCarbonAccumulationTcPerHaPerYear
  const warnings: Warning[] = [
    warning(
      'ccer-equations-not-found',
      'CCER-14-002 equations and defaults were not retrieved: this estimate follows CDM AR-AM0014 + AR-TOOL14, the design its developer names as reference.',
      '未获得 CCER-14-002 的公式与缺省值：本估算按其编制者所参照的 CDM AR-AM0014 + AR-TOOL14 结构计算。',
    ),
  ]
  let extrapolated = false
  let densityGiven = false

  const curves: StratumCurve[] = []
  const heldPastAge = new Set<number>()
  input.strata.forEach((s, stratumIndex) => {
    const stratumAreaHa = (input.areaHa * s.areaPercent) / 100
    const record = SPECIES[s.species].agbGrowth
    const { curve, source, usesDefaultLinear } = resolveAgbCurve(s)
    const growth = {
      curve,
      agbCapTdmPerHa: s.agbCapTdmPerHa ?? Number.POSITIVE_INFINITY,
      rootShootRatio: s.rootShootRatio,
      carbonFraction: input.carbonFraction,
    }
    const plantingYear = s.plantingYear ?? input.startYear
    const firstAge = input.startYear - plantingYear + 1
    const lastAge = firstAge + n - 1
    if (usesDefaultLinear && record && lastAge > record.validAgeYears && s.agbCapTdmPerHa === undefined) {
      extrapolated = true
    }
    if (curve.holdAfterAgeYears !== undefined && lastAge > curve.holdAfterAgeYears) heldPastAge.add(curve.holdAfterAgeYears)
    curves.push({ stratumIndex, species: s.species, quantity: 'above-ground-biomass', unit: 't d.m./ha', curve, source, lastAgeYears: lastAge })
    if (s.plantingDensityTreesPerHa !== undefined) densityGiven = true
    let previousStock = treeStockTco2ePerHa(firstAge - 1, growth)
    for (let i = 0; i < n; i++) {
      const age = firstAge + i
      const stock = treeStockTco2ePerHa(age, growth)
      const trees = (stock - previousStock) * stratumAreaHa
      previousStock = stock
      const deadWood = trees * deadWoodFactor
      const soil = age >= 1 && age <= input.soilAccumulationYears ? soilPerHaPerYear * stratumAreaHa : 0
      gross[i] = gross[i]! + trees + deadWood + soil
      treesTotal += trees
      deadWoodTotal += deadWood
      soilTotal += soil
    }
  })

  if (extrapolated) {
    warnings.push(
      warning(
        'growth-extrapolated',
        'Linear Kandelia growth (4.33 t d.m./ha/yr, S19) is extrapolated beyond the 1–20-year range it was observed in; set agbCapTdmPerHa to bound it, or use the default Chapman-Richards curve, which is held after age 20.',
        '秋茄线性生长率（4.33 t 干物质/公顷/年，S19）被外推到其观测范围（1–20 年）之外；可设置 agbCapTdmPerHa 加以限制，或使用默认的 Chapman-Richards 曲线（20 年后保持不变）。',
      ),
    )
  }
  if (heldPastAge.size > 0) {
    const ages = [...heldPastAge].sort((a, b) => a - b).join(', ')
    warnings.push(
      warning(
        'growth-held-after-observed-age',
        `Above-ground biomass is held at its value at age ${ages}, the oldest stand the growth source observed: no tree growth is credited after it, for want of a cited later-age stock.`,
        `地上生物量在林龄 ${ages} 年（生长数据来源观测到的最大林龄）后保持不变：因缺少有出处的更大林龄储量，此后不计林木生长。`,
      ),
    )
  }
  if (densityGiven) {
    warnings.push(
      warning(
        'density-recorded-only',
        'Planting density is recorded but does not scale growth: the stand growth rate is already net of mortality and realised stocking (§10 A4). Use survivalPercent to scale it.',
        '造林密度仅作记录，不调整生长：林分生长率已扣除死亡并反映实际保存密度（§10 A4）。如需调整请使用 survivalPercent。',
      ),
    )
  }
  if (input.landType === 'retired-aquaculture-pond') {
    warnings.push(
      warning(
        'pond-leakage-unknown',
        'Whether CCER-14-002 counts displaced aquaculture as leakage was not found; set leakagePercent if ponds are displaced elsewhere.',
        '未查明 CCER-14-002 是否将退养后转移的养殖活动计为泄漏；如养殖活动转移到别处，请设置 leakagePercent。',
      ),
    )
  }

  return areaBasedResult({
    methodology: { id: mangroveSpec.id, version: mangroveSpec.version },
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
    poolTotalsTco2e: { trees: treesTotal, soil: soilTotal, ...(input.deadWoodPercentOfTrees !== undefined ? { deadWood: deadWoodTotal } : {}) },
    growthCurves: reportGrowthCurves(curves),
    warnings,
  })
}
