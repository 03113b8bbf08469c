import { z } from 'zod'
import { nonPermanenceRiskSchema } from '../deductions/non-permanence-schema.ts'
import { ZHANJIANG_COASTAL_PROFILE } from '../deductions/risk-profiles.ts'
import { defaultedQuantity, quantity } from '../fields.ts'
import { areaBasedSpec } from '../shared/area-based-spec.ts'
import { assumption, cite, SOURCES } from '../shared/citations.ts'
import { baselineRemovalsField, creditingShape, leakagePercentField } from '../shared/crediting-fields.ts'
import { addBilingualIssue } from '../shared/issues.ts'
import { CH4_DEFAULTS, SALINITY_CLASSES } from './emission-factors.ts'
import { VM0033_RULES } from './input.rules.ts'

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
        en: 'Soil carbon default: VM0033 Eq. 33 (1.46 t C/ha/yr, tidal marsh only) or IPCC via S15 (seagrass only, 0.43; VM0033 §8.1.4.2.3 excludes IPCC factors for tidal marsh and mangrove); default by ecosystem',
        zh: '土壤碳默认值来源：VM0033 式 33（1.46 t C/公顷/年，仅潮汐盐沼）或 IPCC（经 S15，仅海草床 0.43；VM0033 §8.1.4.2.3 规定潮汐盐沼和红树林不得使用 IPCC 排放因子）；默认按生态系统选择',
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
      about: {
        en: 'Deduct allochthonous soil carbon (VM0033 Eq. 38); may be turned off only for a site-measured autochthonous rate',
        zh: '扣除外源土壤碳（VM0033 式 38）；仅当实测速率已为原地（自生）碳时可关闭',
      },
      source: cite(SOURCES.S6, '§8.1.4.2.3: required with the Eq. 33 default; §8.1.4.2.7: required unless the approach estimates autochthonous carbon directly'),
    }),
  soilOrganicCarbonPercent: quantity({
    unit: 'percent',
    about: {
      en: 'Soil organic carbon content %C of the project soil (drives the allochthonous share); required with the deduction: no sourced salt-marsh or seagrass value was found',
      zh: '项目土壤有机碳含量 %C（用于计算外源碳比例）；扣除外源碳时必填：未找到有出处的盐沼或海草床默认值',
    },
    min: 0,
    exclusiveMin: true,
    max: 60,
  }).optional(),
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
    about: {
      en: 'Project soil N2O emission (default: salt marsh VM0033 Eqs. 66–68 by salinity; seagrass none, §8.2.4.4)',
      zh: '项目土壤 N2O 排放（默认：盐沼按盐度取 VM0033 式 66–68；海草床不计，§8.2.4.4）',
    },
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
    .default(false)
    .meta({
      about: {
        en: 'Claim the herbaceous default in the first crediting year (salt marsh; needs the pre-project herbaceous cover)',
        zh: '在首个计入年申报草本默认值（盐沼；需填写项目前草本覆盖度）',
      },
      source: cite(SOURCES.S6, '§8.2.3: default may be claimed only for the first year; herbaceous change quantified in the project must also be quantified in the baseline'),
    }),
  herbaceousCarbonTcPerHa: defaultedQuantity({
    unit: 'tC/ha',
    about: { en: 'Herbaceous carbon stock at 100 % cover', zh: '100% 覆盖时的草本碳储量' },
    default: 3,
    min: 0,
    max: 50,
    source: cite(SOURCES.S6, '§8.2.3 default, first crediting year only, 1:1 with vegetation cover'),
  }),
  baselineHerbaceousCoverPercent: quantity({
    unit: 'percent',
    about: {
      en: 'Herbaceous cover before the project (the baseline stock the §8.2.3 default is counted from); required with includeHerbaceousBiomass',
      zh: '项目前草本覆盖度（§8.2.3 默认值的基线储量）；申报草本生物量时必填',
    },
    min: 0,
    max: 100,
  }).optional(),
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

export type TidalWetlandShape = z.output<typeof baseInput>

export const tidalWetlandInputSchema = baseInput.superRefine((input, ctx) => {
  for (const rule of VM0033_RULES) {
    const refusal = rule(input)
    if (refusal) addBilingualIssue(ctx, refusal.path, refusal.message)
  }
})

export type TidalWetlandInput = z.output<typeof tidalWetlandInputSchema>

export const tidalWetlandSpec = areaBasedSpec({
  id: 'tidal-wetland-restoration',
  version: '2.0.0',
  title: { en: 'Tidal wetland restoration: salt marsh and seagrass (VM0033 v2.1 core)', zh: '滨海湿地修复：盐沼与海草床（VM0033 v2.1 核心）' },
  description: {
    en: 'Soil accumulation defaults with cover scaling and allochthonous deduction, herbaceous biomass, CH4/N2O defaults, VM0033 uncertainty and buffer.',
    zh: '含覆盖度折算与外源碳扣除的土壤碳累积默认值、草本生物量、CH4/N2O 默认排放，以及 VM0033 不确定性与缓冲库扣减。',
  },
  sinkType: 'wetland',
  input: tidalWetlandInputSchema,
  references: [SOURCES.S6, SOURCES.S15, SOURCES.IPCC_AR5_GWP, SOURCES.NPRT_TABLE10],
})
