import { z } from 'zod'
import { nonPermanenceRiskSchema } from '../deductions/non-permanence-schema.ts'
import { ZHANJIANG_COASTAL_PROFILE } from '../deductions/risk-profiles.ts'
import { areaBasedSpec } from '../shared/area-based-spec.ts'
import { cite, SOURCES } from '../shared/citations.ts'
import { creditingShape } from '../shared/crediting-fields.ts'
import { addBilingualIssue } from '../shared/issues.ts'
import { SHELLFISH } from '../shared/mariculture-coefficients.ts'
import { creditHarvestedBiomassField, harvestsField, maricultureLeakageField, maricultureUncertaintyField } from '../shared/mariculture-fields.ts'

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
  includeShellCarbon: z.boolean().meta({
    about: {
      en: 'Count shell carbon as a long-lived pool (required, no default): HY/T 0305-2021 defines the mass ratio (§3.4) that splits shell from soft tissue and S13 Table 2 gives shell coefficients; but shell formation (calcification) releases CO2 to seawater and is argued to be a net CO2 source (Morris & Humphreys 2019)',
      zh: '是否将贝壳碳计为长期碳库（必填，无默认值）：HY/T 0305-2021 定义了区分贝壳与软体的质量比（§3.4），S13 表 2 给出贝壳系数；但贝壳形成（钙化）向海水释放 CO2，有研究认为其为净 CO2 源（Morris & Humphreys 2019）',
    },
    source: cite(SOURCES.HYT_0305, '§3.4 质量比 (mass ratio); for exclusion see Morris & Humphreys 2019', 'inferred'),
  }),
  creditHarvestedBiomass: creditHarvestedBiomassField,
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
  version: '2.0.0',
  title: {
    en: 'Mariculture bivalve carbon sink (HY/T 0305-2021 carbon-stock-change method; coefficients S13)',
    zh: '海水养殖双壳贝类碳汇（HY/T 0305-2021 碳储量变化法；系数取自 S13）',
  },
  description: {
    en: 'Carbon removed with harvested non-fed bivalves, split into shell (long-lived, counted only when includeShellCarbon is stated true) and soft tissue (eaten: reported, credited only on request), from harvest tonnage on a stated fresh or dry basis and S13 Table 2 coefficients. areaHa is accepted for reporting; the harvest drives the estimate.',
    zh: '按收获量（需注明鲜重或干重）与 S13 表 2 系数计算不投饵双壳贝类随收获移出的碳，分为贝壳（长期碳库，仅在明确 includeShellCarbon 为 true 时计入）与软体组织（被食用：只报告，按需计为信用）。areaHa 仅用于报告，估算由收获量驱动。',
  },
  sinkType: 'marine',
  input: shellfishInputSchema,
  references: [SOURCES.HYT_0305, SOURCES.S13, SOURCES.S14, SOURCES.MORRIS_HUMPHREYS_2019, SOURCES.NPRT_TABLE10],
})
