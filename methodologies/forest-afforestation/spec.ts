import { z } from 'zod'
import { nonPermanenceRiskSchema } from '../deductions/non-permanence-schema.ts'
import { SOUTH_CHINA_FOREST_PROFILE } from '../deductions/risk-profiles.ts'
import { defaultedQuantity, quantity } from '../fields.ts'
import { areaBasedSpec } from '../shared/area-based-spec.ts'
import { cite, SOURCES } from '../shared/citations.ts'
import { baselineRemovalsField, creditingShape, leakagePercentField, projectEmissionsField } from '../shared/crediting-fields.ts'
import { chapmanRichardsFields, holdAfterAgeField, linearKind } from '../shared/growth-fields.ts'
import { addBilingualIssue } from '../shared/issues.ts'
import { checkPlantingYear, checkStrataShareTotal, plantingYearField, stratumAreaPercentField } from '../shared/stratum-fields.ts'
import { rootShootRatioField, treeCarbonFractionField } from '../shared/tree-fields.ts'
import { DEFAULT_FOREST_SPECIES, DEFAULT_FOREST_SPECIES_SOURCE, FOREST_SPECIES, FOREST_SPECIES_RECORDS } from './species.ts'

export { FOREST_SPECIES } from './species.ts'
export const MAX_FOREST_STRATA = 10_000

/** AR-TOOL16 Eq. 7: SOC change may not exceed 0.8 t C/ha/yr. */
export const MAX_SOC_CHANGE_TC_PER_HA_PER_YEAR = 0.8

/**
 * One stratum of the volume–BEF route (AR-TOOL14 App. 1 Eq. 5). The species
 * BEF / wood density / R / CF table of CCER-14-001 was NOT FOUND. Stem volume
 * increment and wood density default only for eucalyptus (national inventory
 * growth and a South China density, species.ts); for the other species groups
 * no citable figure was found and both are required. BEF_2 (1.15, the tool's
 * conservative ex-post default), CF (0.47) and the R formula default for all.
 */
const EUCALYPTUS_HOLD_SOURCE = FOREST_SPECIES_RECORDS.eucalyptus.holdAfterAge!.source
const crFields = chapmanRichardsFields(undefined)

/**
 * How stem volume grows with stand age. No sourced South China yield curve
 * was found, so the default stays linear (eucalyptus: 9.32 m³/ha/yr) but is
 * held after one pulpwood rotation; a local yield table can be entered as a
 * Chapman-Richards curve.
 */
const growthModelSchema = z
  .discriminatedUnion('kind', [
    linearKind(
      { en: 'Linear: stemVolumeIncrementM3PerHaPerYear × age, held after holdAfterAgeYears', zh: '线性：stemVolumeIncrementM3PerHaPerYear × 林龄，holdAfterAgeYears 后保持' },
      {
        holdAfterAgeYears: holdAfterAgeField(
          {
            en: 'Age after which stem volume is held (eucalyptus default growth: 7, the end of a 5–7-year pulpwood rotation)',
            zh: '此林龄后蓄积保持不变（桉树默认生长量：7 年，即 5–7 年纸浆材轮伐期的上限）',
          },
          EUCALYPTUS_HOLD_SOURCE,
        ),
      },
    ),
    z
      .strictObject({
        kind: z.literal('chapman-richards'),
        stemVolumeMaxM3PerHa: quantity({
          unit: 'm3/ha',
          about: { en: 'Chapman-Richards max of stem volume (from a local yield table)', zh: 'Chapman-Richards 蓄积渐近值 max（取自当地收获表）' },
          min: 0,
          exclusiveMin: true,
          max: 5000,
        }),
        rateKPerYear: crFields.rateKPerYear.unwrap(),
        shapeP: crFields.shapeP.unwrap(),
        holdAfterAgeYears: holdAfterAgeField({
          en: 'Age after which stem volume is held (e.g. the oldest age of the yield table)',
          zh: '此林龄后蓄积保持不变（如收获表的最大林龄）',
        }),
      })
      .meta({
        about: {
          en: 'Chapman-Richards stem volume V = max × (1 − e^(−k·age))^p from a local yield table (no species default)',
          zh: 'Chapman-Richards 蓄积 V = max × (1 − e^(−k·林龄))^p，取自当地收获表（无树种默认值）',
        },
      }),
  ])
  .optional()
  .meta({
    about: {
      en: 'Growth model of stem volume (default: linear, held after the species hold age where its default growth is used)',
      zh: '蓄积生长模型（默认：线性；使用树种默认生长量时在其保持林龄后保持不变）',
    },
  })

const stratumSchema = z.strictObject({
  species: z
    .enum(FOREST_SPECIES)
    .default(DEFAULT_FOREST_SPECIES)
    .meta({
      about: { en: 'Planted species group (default: eucalyptus)', zh: '造林树种组（默认：桉树）' },
      source: DEFAULT_FOREST_SPECIES_SOURCE,
    }),
  areaPercent: stratumAreaPercentField,
  plantingYear: plantingYearField,
  stemVolumeIncrementM3PerHaPerYear: quantity({
    unit: 'm3/ha/yr',
    about: {
      en: 'Mean annual stem volume increment, over bark, of the linear model (local yield table; default only for eucalyptus: 9.32, national forest inventory, held after age 7)',
      zh: '线性模型的林分年均蓄积（带皮树干材积）生长量（当地收获表；仅桉树有默认值 9.32，全国森林资源清查，7 年后保持）',
    },
    min: 0,
    max: 100,
    source: FOREST_SPECIES_RECORDS.eucalyptus.stemVolumeIncrement!.source,
  }).optional(),
  woodDensityTdmPerM3: quantity({
    unit: 't d.m./m3',
    about: {
      en: 'Basic wood density D_j (IPCC GPG-LULUCF Table 3A.1.9 or local data; default only for eucalyptus: 0.474)',
      zh: '木材基本密度 D_j（IPCC GPG-LULUCF 表 3A.1.9 或当地数据；仅桉树有默认值 0.474）',
    },
    min: 0.1,
    max: 1.5,
    source: FOREST_SPECIES_RECORDS.eucalyptus.woodDensity!.source,
  }).optional(),
  growthModel: growthModelSchema,
  biomassExpansionFactor: defaultedQuantity({
    unit: 'ratio',
    about: { en: 'BEF_2: stem biomass → above-ground biomass', zh: 'BEF_2：树干生物量转换为地上生物量的扩展因子' },
    default: 1.15,
    min: 1,
    max: 5,
    source: cite(SOURCES.S2, 'App. 1: BEF_2 conservative default 1.15 (stated for ex-post; used ex-ante for want of the CCER-14-001 table)'),
  }),
  rootShootRatio: rootShootRatioField({ en: 'Root:shoot ratio (default: AR-TOOL14 formula)', zh: '根茎比（默认：AR-TOOL14 公式）' }),
})

const baseInput = z.strictObject({
  ...creditingShape,
  leakagePercent: leakagePercentField(cite(SOURCES.S5, 'net removals ΔC_AR = ΔC_ACTUAL − ΔC_BSL − LK; no displacement assumed on eligible non-forest land', 'inferred')),
  strata: z
    .array(stratumSchema)
    .min(1)
    .max(MAX_FOREST_STRATA)
    .prefault([{}])
    .meta({
      about: {
        en: 'Strata by species and planting year (default: one eucalyptus stratum over the whole site)',
        zh: '按树种和造林年份划分的碳层（默认：全地块为一个桉树碳层）',
      },
    }),
  carbonFraction: treeCarbonFractionField,
  socChangeTcPerHaPerYear: quantity({
    unit: 'tC/ha/yr',
    about: {
      en: 'Soil organic carbon change per AR-TOOL16 Eq. 6 for 20 years after planting (optional pool; ≤ 0.8, Eq. 7)',
      zh: '按 AR-TOOL16 式 6 计算的造林后 20 年土壤有机碳变化（可选碳库；≤ 0.8，式 7）',
    },
    min: 0,
    max: MAX_SOC_CHANGE_TC_PER_HA_PER_YEAR,
  }).optional(),
  deadWoodPercentOfTrees: quantity({
    unit: 'percent',
    about: { en: 'Dead wood as % of tree carbon (AR-TOOL12 DF_DW, e.g. tropical > 1,600 mm: 6 %)', zh: '枯死木占林木碳储量比例（AR-TOOL12 DF_DW，如热带降水 > 1600 mm：6%）' },
    min: 0,
    max: 100,
  }).optional(),
  litterPercentOfTrees: quantity({
    unit: 'percent',
    about: { en: 'Litter as % of tree carbon (AR-TOOL12 DF_LI, e.g. tropical > 1,600 mm: 1 %)', zh: '枯落物占林木碳储量比例（AR-TOOL12 DF_LI，如热带降水 > 1600 mm：1%）' },
    min: 0,
    max: 100,
  }).optional(),
  baselineRemovalsTco2ePerHaPerYear: baselineRemovalsField,
  projectEmissionsTco2ePerHaPerYear: projectEmissionsField(cite(SOURCES.S5, 'para 14: other sources treated as zero; no burning assumed')),
  uncertaintyPercent: defaultedQuantity({
    unit: 'percent',
    about: { en: 'Uncertainty U of the stock estimate; ex-ante default 0', zh: '碳储量估计不确定性 U；事前估算默认 0' },
    default: 0,
    min: 0,
    max: 100,
    source: cite(SOURCES.S2, 'para 48 (ex-ante not subjected to uncertainty control); App. 2 rule'),
  }),
  nonPermanenceRisk: nonPermanenceRiskSchema(SOUTH_CHINA_FOREST_PROFILE),
})

export const forestInputSchema = baseInput.superRefine((input, ctx) => {
  const lastYear = input.startYear + input.creditingYears - 1
  input.strata.forEach((s, i) => {
    const record = FOREST_SPECIES_RECORDS[s.species]
    const curveGiven = s.growthModel?.kind === 'chapman-richards'
    if (curveGiven && s.stemVolumeIncrementM3PerHaPerYear !== undefined) {
      addBilingualIssue(ctx, ['strata', i, 'stemVolumeIncrementM3PerHaPerYear'], {
        en: 'A linear volume increment cannot be combined with the Chapman-Richards model: drop it or choose growthModel { kind: "linear" }',
        zh: '线性蓄积生长量不能与 Chapman-Richards 模型同时使用：请删除该值或选择 growthModel { kind: "linear" }',
      })
    }
    if (!curveGiven && s.stemVolumeIncrementM3PerHaPerYear === undefined && record.stemVolumeIncrement === undefined) {
      addBilingualIssue(ctx, ['strata', i, 'stemVolumeIncrementM3PerHaPerYear'], {
        en: `No cited South China growth rate for ${record.latin}: give stemVolumeIncrementM3PerHaPerYear from a local yield table`,
        zh: `${record.zh}（${record.latin}）无有出处的华南生长量：请按当地收获表填写 stemVolumeIncrementM3PerHaPerYear`,
      })
    }
    if (s.woodDensityTdmPerM3 === undefined && record.woodDensity === undefined) {
      addBilingualIssue(ctx, ['strata', i, 'woodDensityTdmPerM3'], {
        en: `No cited wood density for ${record.latin}: give woodDensityTdmPerM3 (IPCC GPG-LULUCF Table 3A.1.9 or local data)`,
        zh: `${record.zh}（${record.latin}）无有出处的木材密度：请填写 woodDensityTdmPerM3（IPCC GPG-LULUCF 表 3A.1.9 或当地数据）`,
      })
    }
    checkPlantingYear(ctx, i, s.plantingYear, lastYear)
  })
  checkStrataShareTotal(ctx, input.strata)
})

export type ForestInput = z.output<typeof forestInputSchema>

export const forestSpec = areaBasedSpec({
  id: 'forest-afforestation',
  // 1.1.0: growth follows a curve of stand age (issue 16); the same minimal input gives a different result.
  version: '1.1.0',
  title: { en: 'Afforestation (CCER-14-001 structure, volume–BEF route)', zh: '造林碳汇（CCER-14-001 结构，蓄积—扩展因子法）' },
  description: {
    en: 'Ex-ante removals of South China plantations (eucalyptus, Chinese fir, Masson pine, mixed broadleaf) by AR-ACM0003 with AR-TOOL14 App. 1 Eq. 5.',
    zh: '华南人工林（桉树、杉木、马尾松、阔叶混交林）事前碳汇估算，按 AR-ACM0003 与 AR-TOOL14 附录 1 式 5 计算。',
  },
  sinkType: 'forest',
  input: forestInputSchema,
  references: [
    SOURCES.S11,
    SOURCES.S5,
    SOURCES.S2,
    SOURCES.S3,
    SOURCES.EUCALYPTUS_NFI_GROWTH,
    SOURCES.EUCALYPTUS_WOOD_DENSITY,
    SOURCES.ZHANJIANG_FORESTRY,
    SOURCES.GUANGDONG_EUCALYPTUS_2003,
    SOURCES.EUCALYPTUS_ROTATION,
    SOURCES.CHAPMAN_RICHARDS,
    SOURCES.NPRT_TABLE10,
  ],
})
