import { z } from 'zod'
import { nonPermanenceRiskSchema } from '../deductions/non-permanence-schema.ts'
import { ZHANJIANG_COASTAL_PROFILE } from '../deductions/risk-profiles.ts'
import { defaultedQuantity, quantity } from '../fields.ts'
import { areaBasedSpec } from '../shared/area-based-spec.ts'
import { assumption, cite, SOURCES } from '../shared/citations.ts'
import { baselineRemovalsField, creditingShape, leakagePercentField } from '../shared/crediting-fields.ts'
import { addBilingualIssue } from '../shared/issues.ts'
import { CH4_DEFAULTS, SALINITY_CLASSES } from './emission-factors.ts'

export const ECOSYSTEMS = ['salt-marsh', 'seagrass'] as const
export const SOIL_RATE_SOURCES = ['vm0033-eq33', 'ipcc-wetlands-supplement'] as const

const baseInput = z.strictObject({
  ...creditingShape,
  leakagePercent: leakagePercentField(
    cite(SOURCES.S6, '§8.4: GHG_LK = 0 when the applicability conditions and ecological-leakage criteria (Table 3) are met'),
  ),
  ecosystem: z
    .enum(ECOSYSTEMS)
    .default('salt-marsh')
    .meta({
      about: { en: 'Restored ecosystem', zh: '修复的生态系统类型' },
      source: assumption('Salt marsh: the ecosystem VM0033 Eq. 33 soil default covers'),
    }),
  soilRateSource: z
    .enum(SOIL_RATE_SOURCES)
    .optional()
    .meta({
      about: {
        en: 'Soil carbon default: VM0033 Eq. 33 (1.46 t C/ha/yr, marsh only) or IPCC via S15 (0.91 marsh / 0.43 seagrass); default by ecosystem',
        zh: '土壤碳默认值来源：VM0033 式 33（1.46 t C/公顷/年，仅盐沼）或 IPCC（经 S15：盐沼 0.91 / 海草 0.43）；默认按生态系统选择',
      },
    }),
  soilCarbonAccumulationTcPerHaPerYear: quantity({
    unit: 'tC/ha/yr',
    about: { en: 'Site-measured soil carbon accumulation (replaces the default; not cover-scaled)', zh: '实测土壤碳累积速率（替代默认值，不按覆盖度折算）' },
    min: 0,
    max: 20,
  }).optional(),
  vegetationCoverPercent: defaultedQuantity({
    unit: 'percent',
    about: { en: 'Vegetation cover reached by the restoration (scales the Eq. 33 default)', zh: '修复后植被覆盖度（用于折算式 33 默认值）' },
    default: 100,
    min: 0,
    max: 100,
    source: cite(SOURCES.S6, '§8.1.4.2.3: full Eq. 33 value at ≥ 50 % cover; a successful restoration is assumed to reach it', 'assumption'),
  }),
  applyAllochthonousDeduction: z
    .boolean()
    .default(true)
    .meta({
      about: { en: 'Deduct allochthonous soil carbon (VM0033 Eq. 38)', zh: '扣除外源土壤碳（VM0033 式 38）' },
      source: cite(SOURCES.S6, 'Eq. 38: required with the Eq. 33 default'),
    }),
  soilOrganicCarbonPercent: defaultedQuantity({
    unit: 'percent',
    about: { en: 'Soil organic carbon content %C (drives the allochthonous share)', zh: '土壤有机碳含量 %C（用于计算外源碳比例）' },
    default: 1.279,
    min: 0,
    exclusiveMin: true,
    max: 60,
    source: cite(SOURCES.S22, 'abstract: OC 12.79 ± 9.91 g/kg at Gaoqiao, Zhanjiang (mangrove sediment, used as local proxy)', 'secondary'),
  }),
  depositedSedimentOmPercent: defaultedQuantity({
    unit: 'percent',
    about: { en: 'Organic matter of deposited mineral sediment %OM_depsed', zh: '沉积矿物质的有机质含量 %OM_depsed' },
    default: 1.5,
    min: 0,
    max: 50,
    source: cite(SOURCES.S6, 'Eq. 40 default %OM_depsed = 1.5 (Mayer 1994)'),
  }),
  salinity: z
    .enum(SALINITY_CLASSES)
    .default('at-least-20-ppt')
    .meta({
      about: { en: 'Salinity class (average or low point)', zh: '盐度等级（平均或最低值）' },
      source: cite(SOURCES.WORKED_EXAMPLE, '§10 A12: Zhanjiang flats assumed euhaline (> 18 ppt)', 'assumption'),
    }),
  ch4EmissionTch4PerHaPerYear: quantity({
    unit: 'tCH4/ha/yr',
    about: { en: 'Project soil CH4 emission (required below 18 ppt, where VM0033 has no default)', zh: '项目土壤 CH4 排放（盐度低于 18 ppt 时必填，VM0033 无默认值）' },
    min: 0,
    max: 10,
    source: CH4_DEFAULTS['at-least-20-ppt']!.source,
  }).optional(),
  n2oEmissionTn2oPerHaPerYear: quantity({
    unit: 'tN2O/ha/yr',
    about: { en: 'Project soil N2O emission (default: VM0033 Eqs. 63–68 by salinity)', zh: '项目土壤 N2O 排放（默认：按盐度取 VM0033 式 63–68）' },
    min: 0,
    max: 1,
  }).optional(),
  gwpCh4: defaultedQuantity({
    unit: 'tCO2e/tCH4',
    about: { en: 'Global warming potential of CH4 (100-yr)', zh: 'CH4 全球增温潜势（100 年）' },
    default: 28,
    min: 0,
    max: 1000,
    source: cite(SOURCES.IPCC_AR5_GWP, 'Table 8.7, p. 714 (AR4 value: 25)'),
  }),
  gwpN2o: defaultedQuantity({
    unit: 'tCO2e/tN2O',
    about: { en: 'Global warming potential of N2O (100-yr)', zh: 'N2O 全球增温潜势（100 年）' },
    default: 265,
    min: 0,
    max: 1000,
    source: cite(SOURCES.IPCC_AR5_GWP, 'Table 8.7, p. 714 (AR4 value: 298)'),
  }),
  includeHerbaceousBiomass: z
    .boolean()
    .default(true)
    .meta({
      about: { en: 'Count herbaceous biomass in the first crediting year (salt marsh)', zh: '在首个计入年计入草本生物量（盐沼）' },
      source: cite(SOURCES.S6, '§8.2.3'),
    }),
  herbaceousCarbonTcPerHa: defaultedQuantity({
    unit: 'tC/ha',
    about: { en: 'Herbaceous carbon stock at 100 % cover', zh: '100% 覆盖时的草本碳储量' },
    default: 3,
    min: 0,
    max: 50,
    source: cite(SOURCES.S6, '§8.2.3 default, first crediting year only'),
  }),
  baselineRemovalsTco2ePerHaPerYear: baselineRemovalsField,
  nerErrorPercent: defaultedQuantity({
    unit: 'percent',
    about: { en: 'NER_ERROR: uncertainty of net removals (Eq. 91); ex-ante default 0', zh: 'NER_ERROR：净清除量不确定性（式 91）；事前估算默认 0' },
    default: 0,
    min: 0,
    max: 100,
    source: cite(SOURCES.S6, 'Eq. 92: no deduction when the precision target is met; no monitoring data ex-ante', 'assumption'),
  }),
  confidenceLevel: z
    .enum(['90-percent', '95-percent'])
    .default('90-percent')
    .meta({
      about: { en: 'Confidence level of NER_ERROR (allowable 20 % at 90 %, 30 % at 95 %)', zh: 'NER_ERROR 的置信水平（90% 时允许 20%，95% 时允许 30%）' },
      source: cite(SOURCES.S6, 'Eq. 92'),
    }),
  nonPermanenceRisk: nonPermanenceRiskSchema(ZHANJIANG_COASTAL_PROFILE),
})

export const tidalWetlandInputSchema = baseInput.superRefine((input, ctx) => {
  if (input.ecosystem === 'seagrass' && input.soilRateSource === 'vm0033-eq33') {
    addBilingualIssue(ctx, ['soilRateSource'], {
      en: 'VM0033 Eq. 33 applies to tidal marsh and mangrove soils, not seagrass',
      zh: 'VM0033 式 33 仅适用于潮汐盐沼和红树林土壤，不适用于海草床',
    })
  }
  if (CH4_DEFAULTS[input.salinity] === undefined && input.ch4EmissionTch4PerHaPerYear === undefined) {
    addBilingualIssue(ctx, ['ch4EmissionTch4PerHaPerYear'], {
      en: 'Below 18 ppt VM0033 gives no CH4 default: give ch4EmissionTch4PerHaPerYear',
      zh: '盐度低于 18 ppt 时 VM0033 无 CH4 默认值：请填写 ch4EmissionTch4PerHaPerYear',
    })
  }
})

export type TidalWetlandInput = z.output<typeof tidalWetlandInputSchema>

export const tidalWetlandSpec = areaBasedSpec({
  id: 'tidal-wetland-restoration',
  version: '1.0.0',
  title: { en: 'Tidal wetland restoration: salt marsh and seagrass (VM0033 v2.1 core)', zh: '滨海湿地修复：盐沼与海草床（VM0033 v2.1 核心）' },
  description: {
    en: 'Soil accumulation defaults with cover scaling and allochthonous deduction, herbaceous biomass, CH4/N2O defaults, VM0033 uncertainty and buffer.',
    zh: '含覆盖度折算与外源碳扣除的土壤碳累积默认值、草本生物量、CH4/N2O 默认排放，以及 VM0033 不确定性与缓冲库扣减。',
  },
  sinkType: 'wetland',
  input: tidalWetlandInputSchema,
  references: [SOURCES.S6, SOURCES.S15, SOURCES.S22, SOURCES.IPCC_AR5_GWP, SOURCES.NPRT_TABLE10],
})
