import { z } from 'zod'
import { nonPermanenceRiskSchema } from '../deductions/non-permanence-schema.ts'
import { ZHANJIANG_COASTAL_PROFILE } from '../deductions/risk-profiles.ts'
import { areaBasedSpec } from '../shared/area-based-spec.ts'
import { cite, SOURCES } from '../shared/citations.ts'
import { creditingShape } from '../shared/crediting-fields.ts'
import { addBilingualIssue } from '../shared/issues.ts'
import { SHELLFISH } from '../shared/mariculture-coefficients.ts'
import { harvestsField, maricultureLeakageField, maricultureUncertaintyField } from '../shared/mariculture-fields.ts'

export const SHELLFISH_SPECIES = ['clam', 'scallop', 'oyster', 'mussel', 'other-shellfish'] as const satisfies readonly (keyof typeof SHELLFISH)[]

/**
 * Fed species import carbon through feed and are not a sink (S14); they are
 * named so the refusal can say why, instead of "unknown species".
 */
export const FED_SPECIES = ['abalone', 'sea-cucumber', 'large-yellow-croaker'] as const

const baseInput = z.strictObject({
  ...creditingShape,
  leakagePercent: maricultureLeakageField,
  harvests: harvestsField(
    z.enum([...SHELLFISH_SPECIES, ...FED_SPECIES]).meta({
      about: { en: 'Farmed shellfish (non-fed species only)', zh: '养殖贝类（仅限不投饵品种）' },
    }),
  ),
  includeShellCarbon: z
    .boolean()
    .default(true)
    .meta({
      about: { en: 'Count carbon in shells (whether HY/T 0349 credits it is not confirmed)', zh: '计入贝壳碳（HY/T 0349 是否计入尚未确认）' },
      source: cite(SOURCES.S13, 'Table 2 gives shell mass share and carbon content', 'inferred'),
    }),
  uncertaintyPercent: maricultureUncertaintyField,
  nonPermanenceRisk: nonPermanenceRiskSchema(ZHANJIANG_COASTAL_PROFILE),
})

export const shellfishInputSchema = baseInput.superRefine((input, ctx) => {
  input.harvests.forEach((h, i) => {
    if ((FED_SPECIES as readonly string[]).includes(h.species)) {
      addBilingualIssue(ctx, ['harvests', i, 'species'], {
        en: `${h.species} is fed aquaculture: it imports carbon through feed and is not a sink (S14)`,
        zh: `${h.species} 属投饵养殖，通过饵料输入碳，不属于碳汇（S14）`,
      })
    }
  })
})

export type ShellfishInput = z.output<typeof shellfishInputSchema>

export const shellfishSpec = areaBasedSpec({
  id: 'mariculture-shellfish',
  version: '1.0.0',
  title: { en: 'Mariculture shellfish carbon sink (HY/T 0349-2022 structure)', zh: '海水养殖贝类碳汇（HY/T 0349-2022 结构）' },
  description: {
    en: 'Carbon removed with harvested non-fed shellfish (soft tissue and shell), from harvest tonnage and S13 Table 2 coefficients. areaHa is accepted for reporting; the harvest drives the estimate.',
    zh: '按收获量与 S13 表 2 系数计算不投饵贝类（软体与贝壳）随收获移出的碳。areaHa 仅用于报告，估算由收获量驱动。',
  },
  sinkType: 'marine',
  input: shellfishInputSchema,
  references: [SOURCES.S13, SOURCES.S14, SOURCES.NPRT_TABLE10],
})
