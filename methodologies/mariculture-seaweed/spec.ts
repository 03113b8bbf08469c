import { z } from 'zod'
import { nonPermanenceRiskSchema } from '../deductions/non-permanence-schema.ts'
import { ZHANJIANG_COASTAL_PROFILE } from '../deductions/risk-profiles.ts'
import { areaBasedSpec } from '../shared/area-based-spec.ts'
import { SOURCES } from '../shared/citations.ts'
import { creditingShape } from '../shared/crediting-fields.ts'
import { SEAWEEDS } from '../shared/mariculture-coefficients.ts'
import { creditHarvestedBiomassField, harvestsField, maricultureLeakageField, maricultureUncertaintyField } from '../shared/mariculture-fields.ts'

export const SEAWEED_SPECIES = ['kelp', 'undaria', 'porphyra', 'gracilaria', 'other-algae'] as const satisfies readonly (keyof typeof SEAWEEDS)[]

export const seaweedInputSchema = z.strictObject({
  ...creditingShape,
  leakagePercent: maricultureLeakageField,
  harvests: harvestsField(
    z.enum(SEAWEED_SPECIES).meta({
      about: { en: 'Farmed seaweed', zh: '养殖藻类' },
    }),
  ),
  creditHarvestedBiomass: creditHarvestedBiomassField,
  uncertaintyPercent: maricultureUncertaintyField,
  nonPermanenceRisk: nonPermanenceRiskSchema(ZHANJIANG_COASTAL_PROFILE),
})

export type SeaweedInput = z.output<typeof seaweedInputSchema>

export const seaweedSpec = areaBasedSpec({
  id: 'mariculture-seaweed',
  version: '2.0.0',
  title: {
    en: 'Mariculture seaweed carbon sink (HY/T 0305-2021 carbon-stock-change method; coefficients S13)',
    zh: '海水养殖大型藻类碳汇（HY/T 0305-2021 碳储量变化法；系数取自 S13）',
  },
  description: {
    en: 'Carbon removed with harvested seaweed, from harvest tonnage on a stated fresh or dry basis and S13 Table 2 coefficients. Harvested seaweed is eaten or processed, so its carbon is reported and credited only when creditHarvestedBiomass is set. areaHa is accepted for reporting; the harvest drives the estimate.',
    zh: '按收获量（需注明鲜重或干重）与 S13 表 2 系数计算藻类随收获移出的碳。收获的藻类被食用或加工，其碳只报告，仅在设置 creditHarvestedBiomass 时计为信用。areaHa 仅用于报告，估算由收获量驱动。',
  },
  sinkType: 'marine',
  input: seaweedInputSchema,
  references: [SOURCES.HYT_0305, SOURCES.S13, SOURCES.S14, SOURCES.NPRT_TABLE10],
})
