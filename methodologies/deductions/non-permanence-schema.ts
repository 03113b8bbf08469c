import { z } from 'zod'
import { quantity } from '../fields.ts'
import type { Citation } from '../types.ts'
import { LIKELIHOODS, MITIGATIONS, SIGNIFICANCES } from './nprt-tables.ts'
import type { Likelihood, Mitigation, Significance } from './nprt-tables.ts'

export type HazardDefault = {
  likelihood: Likelihood
  significance: Significance
  mitigation: Mitigation
  source: Citation
}

function hazard(about: { en: string; zh: string }, preset: HazardDefault) {
  return z
    .strictObject({
      likelihood: z.enum(LIKELIHOODS).default(preset.likelihood),
      significance: z.enum(SIGNIFICANCES).default(preset.significance),
      mitigation: z.enum(MITIGATIONS).default(preset.mitigation),
    })
    .prefault({})
    .meta({ about, source: preset.source })
}

function score(about: { en: string; zh: string }) {
  return quantity({ unit: 'score', about, min: 0, max: 100 }).optional()
}

/** The natural hazards scored for a site, each with a sourced default (see risk-profiles.ts). */
export type HazardProfile = {
  typhoon: HazardDefault
  pestsAndDisease: HazardDefault
  seaLevelRise: HazardDefault
  fire: HazardDefault
  geological: HazardDefault
}

/**
 * Input of the non-permanence buffer: either the NPRT-structured score
 * (internal + external + natural) or a fixed buffer % (e.g. 0 to reproduce a
 * CDM worked example, which has no buffer).
 */
export function nonPermanenceRiskSchema(profile: HazardProfile) {
  const nprt = z.strictObject({
    method: z.literal('nprt'),
    internal: z
      .strictObject({
        projectManagement: score({ en: 'NPRT internal risk: project management score', zh: 'NPRT 内部风险：项目管理得分' }),
        financialViability: score({ en: 'NPRT internal risk: financial viability score', zh: 'NPRT 内部风险：财务可行性得分' }),
        opportunityCost: score({ en: 'NPRT internal risk: opportunity cost score', zh: 'NPRT 内部风险：机会成本得分' }),
        projectLongevity: score({ en: 'NPRT internal risk: project longevity score', zh: 'NPRT 内部风险：项目持续期得分' }),
      })
      .prefault({}),
    external: z
      .strictObject({
        landTenure: score({ en: 'NPRT external risk: land and resource tenure score', zh: 'NPRT 外部风险：土地与资源权属得分' }),
        communityEngagement: score({ en: 'NPRT external risk: community engagement score', zh: 'NPRT 外部风险：社区参与得分' }),
        politicalRisk: score({ en: 'NPRT external risk: political risk score', zh: 'NPRT 外部风险：政治风险得分' }),
      })
      .prefault({}),
    natural: z
      .strictObject({
        typhoon: hazard({ en: 'Extreme weather (typhoon)', zh: '极端天气（台风）' }, profile.typhoon),
        pestsAndDisease: hazard({ en: 'Pests and disease', zh: '病虫害' }, profile.pestsAndDisease),
        seaLevelRise: hazard({ en: 'Sea-level rise', zh: '海平面上升' }, profile.seaLevelRise),
        fire: hazard({ en: 'Fire', zh: '火灾' }, profile.fire),
        geological: hazard({ en: 'Geological events', zh: '地质灾害' }, profile.geological),
      })
      .prefault({}),
  })
  const fixed = z.strictObject({
    method: z.literal('fixed'),
    bufferPercent: quantity({
      unit: 'percent',
      about: { en: 'Buffer withheld, fixed by the user', zh: '用户指定的缓冲库扣留比例' },
      min: 0,
      max: 100,
    }),
  })
  return z.discriminatedUnion('method', [nprt, fixed]).prefault({ method: 'nprt' })
}

export type NonPermanenceRiskInput = z.output<ReturnType<typeof nonPermanenceRiskSchema>>

/** What the result shows about the buffer (optional extension of the area-based contract). */
export const nonPermanenceOutcomeSchema = z.object({
  method: z.enum(['nprt', 'fixed']),
  internalScore: z.number(),
  externalScore: z.number(),
  naturalScore: z.number(),
  naturalByHazard: z.record(z.string(), z.union([z.number(), z.literal('FAIL')])),
  overallRiskRating: z.number(),
  minimumPercentApplied: z.boolean(),
  failed: z.boolean(),
  bufferRatio: z.number(),
})
export type NonPermanenceOutcome = z.output<typeof nonPermanenceOutcomeSchema>
