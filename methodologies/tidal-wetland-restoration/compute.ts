import { vm0033Uncertainty } from '../deductions/vm0033-uncertainty.ts'
import { areaBasedResult } from '../shared/area-based-result.ts'
import type { AreaBasedOutput } from '../shared/result-schema.ts'
import { warning } from '../shared/warnings.ts'
import type { Warning } from '../shared/warnings.ts'
import { CO2_PER_C } from '../units.ts'
import { CH4_DEFAULTS, N2O_MARSH, SOIL_RATES } from './emission-factors.ts'
import { selectedSoilRateSource } from './input.rules.ts'
import { allochthonousRatio, eq33CoverFactor } from './soil.ts'
import type { TidalWetlandInput } from './spec.ts'
import { tidalWetlandSpec } from './spec.ts'

/** In-situ soil removal per hectare before the allochthonous deduction, t C/ha/yr, and where it came from. */
function soilRate(input: TidalWetlandInput): { tcPerHaPerYear: number; label: string } {
  const source = selectedSoilRateSource(input)
  if (source === 'site-measured') return { tcPerHaPerYear: input.soilCarbonAccumulationTcPerHaPerYear!, label: 'site-measured' }
  if (source === 'vm0033-eq33') {
    return { tcPerHaPerYear: SOIL_RATES['vm0033-eq33'].value * eq33CoverFactor(input.vegetationCoverPercent), label: 'VM0033 Eq. 33' }
  }
  // The input rules refuse IPCC factors for tidal marsh (§8.1.4.2.3), so this is seagrass.
  return { tcPerHaPerYear: SOIL_RATES['ipcc-seagrass'].value, label: 'IPCC (S15)' }
}

/**
 * VM0033 v2.1 core for restored salt marsh and seagrass, per year:
 * gross = area × 44/12 × soil rate × (1 − allochthonous share) (Eqs. 33, 38, 79)
 *       + herbaceous stock × cover in the first crediting year (§8.2.3, Eq. 78);
 *       (the herbaceous stock counted from the pre-project cover);
 * project emissions = area × (CH4 × GWP_CH4 + N2O × GWP_N2O) (Eqs. 60–68; no N2O for seagrass, §8.2.4.4);
 * then leakage, Eq. 92 uncertainty and the Eq. 93–94 buffer.
 * Baseline emissions are conservatively taken as zero.
 *
 * @returns the area-based result, t CO2e for the whole site
 * @see methodologies.md §6
 */
export function computeTidalWetland(input: TidalWetlandInput): AreaBasedOutput {
  const n = input.creditingYears
  const area = input.areaHa
  const soil = soilRate(input)
  // The input rules require soilOrganicCarbonPercent whenever the deduction applies.
  const alloch = input.applyAllochthonousDeduction
    ? allochthonousRatio(input.ecosystem, input.soilOrganicCarbonPercent!, input.depositedSedimentOmPercent)
    : 0
  const soilPerYear = area * CO2_PER_C * soil.tcPerHaPerYear * (1 - alloch)
  // §8.2.3: stock 1:1 with cover, first year only, counted from the pre-project (baseline) cover.
  const herbaceous =
    input.ecosystem === 'salt-marsh' && input.includeHerbaceousBiomass
      ? area * CO2_PER_C * input.herbaceousCarbonTcPerHa * ((input.vegetationCoverPercent - input.baselineHerbaceousCoverPercent!) / 100)
      : 0
  const ch4 = input.ch4EmissionTch4PerHaPerYear ?? CH4_DEFAULTS[input.salinity]!.value
  // §8.2.4.4: "Seagrass restoration projects do not require N2O emission accounting"; a value given is still charged.
  const n2o = input.n2oEmissionTn2oPerHaPerYear ?? (input.ecosystem === 'seagrass' ? 0 : N2O_MARSH[input.salinity].value)
  const emissionsPerYear = area * (ch4 * input.gwpCh4 + n2o * input.gwpN2o)

  const gross: number[] = new Array<number>(n).fill(soilPerYear)
  if (n > 0) gross[0] = gross[0]! + herbaceous
  const warnings: Warning[] = [
    warning(
      'ccer-14-003-004-not-found',
      'CCER-14-003 (salt marsh) and CCER-14-004 (seagrass) were issued but not retrieved: this estimate follows Verra VM0033 v2.1.',
      'CCER-14-003（盐沼）与 CCER-14-004（海草床）已发布但未获取：本估算按 Verra VM0033 v2.1 计算。',
    ),
  ]
  if (input.applyAllochthonousDeduction) {
    warnings.push(
      warning(
        'allochthonous-share',
        `Allochthonous soil carbon deducted: ${(alloch * 100).toFixed(1)} % of the ${soil.label} soil removal (soil %C ${input.soilOrganicCarbonPercent}, VM0033 Eqs. 38–41/45).`,
        `已扣除外源土壤碳：占 ${soil.label} 土壤清除量的 ${(alloch * 100).toFixed(1)}%（土壤 %C ${input.soilOrganicCarbonPercent}，VM0033 式 38–41/45）。`,
      ),
    )
  }
  if (input.ecosystem === 'seagrass' && input.n2oEmissionTn2oPerHaPerYear === undefined) {
    warnings.push(
      warning(
        'seagrass-n2o-not-accounted',
        'Seagrass restoration: N2O is not accounted (VM0033 v2.1 §8.2.4.4 "Seagrass restoration projects do not require N2O emission accounting").',
        '海草床修复：不计 N2O 排放（VM0033 v2.1 §8.2.4.4“海草床修复项目无需核算 N2O 排放”）。',
      ),
    )
  }
  return areaBasedResult({
    methodology: { id: tidalWetlandSpec.id, version: tidalWetlandSpec.version },
    areaHa: area,
    startYear: input.startYear,
    streams: {
      grossRemovals: gross,
      baseline: input.baselineRemovalsTco2ePerHaPerYear * area,
      projectEmissions: emissionsPerYear,
    },
    leakagePercent: input.leakagePercent,
    uncertainty: vm0033Uncertainty(input.nerErrorPercent, input.confidenceLevel === '95-percent' ? 95 : 90),
    nonPermanenceRisk: input.nonPermanenceRisk,
    poolTotalsTco2e: { soil: soilPerYear * n, herbaceous: n > 0 ? herbaceous : 0 },
    warnings,
  })
}
