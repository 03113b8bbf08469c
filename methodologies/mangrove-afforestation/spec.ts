import { z } from 'zod'
import { nonPermanenceRiskSchema } from '../deductions/non-permanence-schema.ts'
import { ZHANJIANG_COASTAL_PROFILE } from '../deductions/risk-profiles.ts'
import { defaultedQuantity, quantity } from '../fields.ts'
import { areaBasedSpec } from '../shared/area-based-spec.ts'
import { cite, SOURCES } from '../shared/citations.ts'
import { baselineRemovalsField, creditingShape, leakagePercentField, projectEmissionsField } from '../shared/crediting-fields.ts'
import { chapmanRichardsFields, holdAfterAgeField, linearKind } from '../shared/growth-fields.ts'
import { addBilingualIssue } from '../shared/issues.ts'
import { checkPlantingYear, checkStrataShareTotal, plantingYearField, stratumAreaPercentField } from '../shared/stratum-fields.ts'
import { rootShootRatioField, treeCarbonFractionField } from '../shared/tree-fields.ts'
import { growthKind } from './growth.ts'
import { MANGROVE_SPECIES, SPECIES } from './species.ts'

export const MAX_STRATA = 10_000

/**
 * A stratum: one species planted in one year over a share of the site.
 *
 * Density and survival vs the stand-level growth rate: the cited Kandelia rate
 * (4.33 t d.m./ha/yr, S19) is "already net of mortality and realised stocking"
 * (methodologies.md §10 A4). Scaling it again by an absolute planting density
 * would double-count mortality, and no reference stocking is cited to scale
 * against. So `survivalPercent` means survival *relative to the stocking
 * realised in the reference stands*: 100 % (default) reproduces §10 exactly,
 * 80 % scales growth by 0.8. `plantingDensityTreesPerHa` is recorded for the
 * project file but does not scale growth (the result says so).
 */
const KANDELIA_CURVE_SOURCE = SPECIES['kandelia-obovata'].agbCurve!.source

/**
 * How AGB grows with stand age. Absent: the species curve where one is cited
 * (Kandelia: Chapman-Richards calibrated to S19), or the linear model when a
 * linear rate is given. `{ kind: 'linear' }` selects the linear model of the
 * §10 worked example explicitly.
 */
const growthModelSchema = z
  .discriminatedUnion('kind', [
    linearKind({
      en: 'Linear: agbGrowthTdmPerHaPerYear (Kandelia default 4.33, S19) × age, capped by agbCapTdmPerHa if given (the §10 worked example)',
      zh: '线性：agbGrowthTdmPerHaPerYear（秋茄默认 4.33，S19）× 林龄，可用 agbCapTdmPerHa 封顶（§10 算例）',
    }),
    z
      .strictObject({
        kind: z.literal('chapman-richards'),
        agbMaxTdmPerHa: quantity({
          unit: 't d.m./ha',
          about: {
            en: 'Chapman-Richards max (Kandelia default 751: a fitting constant, not a mature stock)',
            zh: 'Chapman-Richards 渐近值 max（秋茄默认 751：拟合常数，并非成熟林储量）',
          },
          min: 0,
          exclusiveMin: true,
          max: 5000,
          source: KANDELIA_CURVE_SOURCE,
        }).optional(),
        ...chapmanRichardsFields(KANDELIA_CURVE_SOURCE),
        holdAfterAgeYears: holdAfterAgeField(
          {
            en: 'Age after which AGB is held (Kandelia default 20, the oldest stand S19 observed)',
            zh: '此林龄后地上生物量保持不变（秋茄默认 20，即 S19 观测到的最大林龄）',
          },
          KANDELIA_CURVE_SOURCE,
        ),
      })
      .meta({
        about: {
          en: 'Chapman-Richards AGB = max × (1 − e^(−k·age))^p (Kandelia defaults fitted to S19: max 751, k 0.03835, p 3, held after age 20)',
          zh: 'Chapman-Richards 地上生物量 = max × (1 − e^(−k·林龄))^p（秋茄默认按 S19 拟合：max 751、k 0.03835、p 3，20 年后保持）',
        },
      }),
  ])
  .optional()
  .meta({
    about: {
      en: 'Growth model (default: Chapman-Richards for Kandelia obovata, calibrated to S19; linear when agbGrowthTdmPerHaPerYear is given)',
      zh: '生长模型（默认：秋茄用按 S19 校准的 Chapman-Richards 曲线；填写 agbGrowthTdmPerHaPerYear 时为线性）',
    },
  })

const stratumSchema = z.strictObject({
  species: z
    .enum(MANGROVE_SPECIES)
    .default('kandelia-obovata')
    .meta({
      about: { en: 'Planted species', zh: '造林树种' },
      source: cite(SOURCES.WORKED_EXAMPLE, '§10 A1/A4: Kandelia obovata, the only species with a cited stand growth rate', 'assumption'),
    }),
  areaPercent: stratumAreaPercentField,
  plantingYear: plantingYearField,
  plantingDensityTreesPerHa: quantity({
    unit: 'trees/ha',
    about: { en: 'Planting density (recorded; does not scale the stand growth rate)', zh: '造林密度（仅记录，不调整林分生长率）' },
    min: 0,
    exclusiveMin: true,
    max: 100_000,
  }).optional(),
  survivalPercent: defaultedQuantity({
    unit: 'percent',
    about: {
      en: 'Survival relative to the stocking of the reference stands behind the growth rate (scales growth)',
      zh: '相对于生长率参考林分实际保存密度的成活率（按比例调整生长）',
    },
    default: 100,
    min: 0,
    max: 100,
    source: cite(SOURCES.WORKED_EXAMPLE, '§10 A4: stand growth already net of mortality and realised stocking', 'assumption'),
  }),
  agbGrowthTdmPerHaPerYear: quantity({
    unit: 't d.m./ha/yr',
    about: {
      en: 'Above-ground biomass growth of the linear model (default only for Kandelia obovata: 4.33, S19); giving it selects the linear model',
      zh: '线性模型的地上生物量年生长量（仅秋茄有默认值 4.33，S19）；填写即选用线性模型',
    },
    min: 0,
    max: 100,
    source: SPECIES['kandelia-obovata'].agbGrowth!.source,
  }).optional(),
  agbCapTdmPerHa: quantity({
    unit: 't d.m./ha',
    about: { en: 'Optional ceiling on above-ground biomass (e.g. a site-measured mature stock)', zh: '地上生物量上限（可选，如实测成熟林储量）' },
    min: 0,
    exclusiveMin: true,
    max: 2000,
  }).optional(),
  growthModel: growthModelSchema,
  rootShootRatio: rootShootRatioField({
    en: 'Root:shoot ratio (default: AR-TOOL14 formula R = exp(−1.085 + 0.9256 ln b)/b)',
    zh: '根茎比（默认：AR-TOOL14 公式 R = exp(−1.085 + 0.9256 ln b)/b）',
  }),
})

export const LAND_TYPES = ['unvegetated-tidal-flat', 'retired-aquaculture-pond'] as const

const baseInput = z.strictObject({
  ...creditingShape,
  leakagePercent: leakagePercentField(
    cite(SOURCES.S1, 'Eq. 5: LK = displaced pre-project agriculture, none on a bare tidal flat (methodologies.md §10 A11)', 'inferred'),
  ),
  landType: z
    .enum(LAND_TYPES)
    .default('unvegetated-tidal-flat')
    .meta({
      about: { en: 'Eligible land type (CCER-14-002 applicability (a))', zh: '适用土地类型（CCER-14-002 适用条件 a）' },
      source: cite(SOURCES.S8, 'applicability (a); §10 A1'),
    }),
  strata: z
    .array(stratumSchema)
    .min(1)
    .max(MAX_STRATA)
    .prefault([{}])
    .meta({ about: { en: 'Strata by species and planting year', zh: '按树种和造林年份划分的碳层' } }),
  carbonFraction: treeCarbonFractionField,
  soilCarbonAccumulationTcPerHaPerYear: defaultedQuantity({
    unit: 'tC/ha/yr',
    about: { en: 'Soil organic carbon accumulation after planting', zh: '造林后土壤有机碳累积速率' },
    default: 0.5,
    min: 0,
    max: 10,
    source: cite(SOURCES.S1, 'Eq. 4, dSOC default'),
  }),
  soilAccumulationYears: defaultedQuantity({
    unit: 'years',
    about: { en: 'Years after planting during which soil carbon accumulates', zh: '造林后土壤碳累积的年数' },
    default: 20,
    int: true,
    min: 0,
    max: 200,
    source: cite(SOURCES.S1, 'Eq. 4: dSOC = 0 for t > t_PLANT + 20'),
  }),
  deadWoodPercentOfTrees: quantity({
    unit: 'percent',
    about: {
      en: 'Dead wood as % of tree carbon (AR-TOOL12 DF_DW); absent = pool excluded (optional pool, conservative)',
      zh: '枯死木占林木碳储量的比例（AR-TOOL12 DF_DW）；不填则不计该碳库（可选碳库，保守）',
    },
    min: 0,
    max: 100,
  }).optional(),
  baselineRemovalsTco2ePerHaPerYear: baselineRemovalsField,
  projectEmissionsTco2ePerHaPerYear: projectEmissionsField(cite(SOURCES.S1, 'para 14, Table 2: no burning; other sources insignificant (§10 A10)')),
  uncertaintyPercent: defaultedQuantity({
    unit: 'percent',
    about: {
      en: 'Uncertainty U of the stock estimate (90 % CI half-width, % of mean); ex-ante default 0',
      zh: '碳储量估计的不确定性 U（90% 置信区间半宽占均值百分比）；事前估算默认 0',
    },
    default: 0,
    min: 0,
    max: 100,
    source: cite(SOURCES.S2, 'para 48: ex-ante projections are not subjected to uncertainty control; App. 2 rule'),
  }),
  nonPermanenceRisk: nonPermanenceRiskSchema(ZHANJIANG_COASTAL_PROFILE),
})

type StratumIn = z.output<typeof stratumSchema>

/** A linear rate with a curve is a contradiction; a curve without a species default needs all its numbers. */
function checkGrowthModel(ctx: z.RefinementCtx, i: number, s: StratumIn): void {
  const g = s.growthModel
  if (g?.kind !== 'chapman-richards') return
  if (s.agbGrowthTdmPerHaPerYear !== undefined) {
    addBilingualIssue(ctx, ['strata', i, 'agbGrowthTdmPerHaPerYear'], {
      en: 'A linear growth rate cannot be combined with the Chapman-Richards model: drop it or choose growthModel { kind: "linear" }',
      zh: '线性生长率不能与 Chapman-Richards 模型同时使用：请删除该值或选择 growthModel { kind: "linear" }',
    })
  }
  if (SPECIES[s.species].agbCurve) return
  for (const key of ['agbMaxTdmPerHa', 'rateKPerYear', 'shapeP'] as const) {
    if (g[key] === undefined) {
      addBilingualIssue(ctx, ['strata', i, 'growthModel', key], {
        en: `No cited growth curve for ${SPECIES[s.species].latin}: give ${key}`,
        zh: `${SPECIES[s.species].zh}（${SPECIES[s.species].latin}）无有出处的生长曲线：请填写 ${key}`,
      })
    }
  }
}

export const mangroveInputSchema = baseInput.superRefine((input, ctx) => {
  const lastYear = input.startYear + input.creditingYears - 1
  input.strata.forEach((s, i) => {
    checkPlantingYear(ctx, i, s.plantingYear, lastYear)
    checkGrowthModel(ctx, i, s)
    if (growthKind(s) === 'linear' && s.agbGrowthTdmPerHaPerYear === undefined && SPECIES[s.species].agbGrowth === undefined) {
      addBilingualIssue(ctx, ['strata', i, 'agbGrowthTdmPerHaPerYear'], {
        en: `No cited growth rate for ${SPECIES[s.species].latin}: give agbGrowthTdmPerHaPerYear`,
        zh: `${SPECIES[s.species].zh}（${SPECIES[s.species].latin}）无有出处的生长率：请填写 agbGrowthTdmPerHaPerYear`,
      })
    }
  })
  checkStrataShareTotal(ctx, input.strata)
})

export type MangroveInput = z.output<typeof mangroveInputSchema>

export const mangroveSpec = areaBasedSpec({
  id: 'mangrove-afforestation',
  // 1.1.0: growth follows a curve of stand age (issue 16); the same minimal input gives a different result.
  version: '1.1.0',
  title: { en: 'Mangrove afforestation (CCER-14-002 structure)', zh: '红树林营造（CCER-14-002 结构）' },
  description: {
    en: 'Ex-ante removals of mangrove planting on tidal flats and retired ponds, built on CDM AR-AM0014 + AR-TOOL14/12 because the CCER-14-002 equations were not retrieved.',
    zh: '潮滩及退养塘红树林营造的事前碳汇估算；因未获得 CCER-14-002 公式，按 CDM AR-AM0014 + AR-TOOL14/12 结构计算。',
  },
  sinkType: 'mangrove',
  input: mangroveInputSchema,
  references: [SOURCES.S8, SOURCES.S1, SOURCES.S2, SOURCES.S3, SOURCES.S19, SOURCES.CHAPMAN_RICHARDS, SOURCES.WORKED_EXAMPLE, SOURCES.NPRT_TABLE10],
})
