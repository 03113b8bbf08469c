import { defineMethodology } from '../types.ts'
import { GEP_METHODOLOGY, computeGep } from './compute.ts'
import { GEP_REFERENCES, gepInputSchema, gepOutputSchema } from './spec.ts'

/**
 * Gross ecosystem product (GEP) of a site, following the class structure of the
 * national GEP accounting spec (material / regulating / cultural) as practised by the
 * Ouyang group (甘孜 GEP) and the marine GEP framework (Li et al. 2024).
 */
export const gepValuation = defineMethodology({
  id: GEP_METHODOLOGY.id,
  version: GEP_METHODOLOGY.version,
  title: { en: 'Gross ecosystem product (GEP) valuation', zh: '生态产品总值（GEP）核算' },
  description: {
    en: 'Annual value of a site by service (quantity × cited unit price brought to the valuation year with the CPI), totals per year, NPV and a ±20 % sensitivity table.',
    zh: '按服务核算地块年度价值（功能量 × 有出处的单价，按 CPI 折算到核算年），给出逐年合计、净现值和 ±20% 敏感性分析。',
  },
  sinkType: 'coastal',
  kind: 'valuation',
  input: gepInputSchema,
  output: gepOutputSchema,
  references: GEP_REFERENCES,
  compute: computeGep,
})

export { computeGep } from './compute.ts'
export { gepInputSchema, gepOutputSchema, type GepInput, type GepOutput } from './spec.ts'
export { CARBON_PRICE_SERIES } from './carbon-price.ts'
