import { z } from 'zod'
import { nonPermanenceRiskSchema } from '../deductions/non-permanence-schema.ts'
import { ZHANJIANG_COASTAL_PROFILE } from '../deductions/risk-profiles.ts'
import { areaBasedSpec } from '../shared/area-based-spec.ts'
import { SOURCES } from '../shared/citations.ts'
import { creditingShape } from '../shared/crediting-fields.ts'
import { SEAWEEDS } from '../shared/mariculture-coefficients.ts'
import { harvestsField, maricultureLeakageField, maricultureUncertaintyField } from '../shared/mariculture-fields.ts'

export const SEAWEED_SPECIES = ['kelp', 'undaria', 'porphyra', 'gracilaria', 'other-algae'] as const satisfies readonly (keyof typeof SEAWEEDS)[]

export const seaweedInputSchema = z.strictObject({
  ...creditingShape,
  leakagePercent: maricultureLeakageField,
  harvests: harvestsField(
    z.enum(SEAWEED_SPECIES).meta({
      about: { en: 'Farmed seaweed', zh: '养殖藻类' },
    }),
  ),
  uncertaintyPercent: maricultureUncertaintyField,
  nonPermanenceRisk: nonPermanenceRiskSchema(ZHANJIANG_COASTAL_PROFILE),
})

export type SeaweedInput = z.output<typeof seaweedInputSchema>

export const seaweedSpec = areaBasedSpec({
  id: 'mariculture-seaweed',
  version: '1.0.0',
  title: { en: 'Mariculture seaweed carbon sink (HY/T 0349-2022 structure)', zh: '海水养殖藻类碳汇（HY/T 0349-2022 结构）' },
  description: {
    en: 'Carbon removed with harvested seaweed, from harvest tonnage (fresh weight) and S13 Table 2 coefficients. areaHa is accepted for reporting; the harvest drives the estimate.',
    zh: '按收获量（鲜重）与 S13 表 2 系数计算藻类随收获移出的碳。areaHa 仅用于报告，估算由收获量驱动。',
  },
  sinkType: 'marine',
  input: seaweedInputSchema,
  references: [SOURCES.S13, SOURCES.S14, SOURCES.NPRT_TABLE10],
})
