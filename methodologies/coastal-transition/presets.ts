import type { Citation } from '../types.ts'
import type { LulcClass } from './class.schema.ts'
import { CROOKS_2011, DONATO_2011, MURRAY_2011, usersGuideTable1 } from './references.ts'

/**
 * Partial class rows a form may pre-fill, from the InVEST user's guide Table 1:
 * disturbance fractions and half-lives only. Table 1 gives no stocks or
 * accumulation rates (invest-cbc.md §1c), so those stay with the user.
 * Seagrass is left out: its soil loss ("top 10 % washes away, bottom 90 %
 * decomposes in place") is not a single fraction.
 */
export type Table1Fields = Pick<LulcClass, 'biomassHalfLife' | 'soilHalfLife' | 'biomassDisturbance' | 'soilDisturbance'>

export type Table1Preset = {
  values: Table1Fields
  sources: Record<
    'biomassHalfLife' | 'soilHalfLife' | 'biomassDisturbance' | 'soilDisturbance.low' | 'soilDisturbance.med' | 'soilDisturbance.high',
    Citation
  >
  notes: { en: string; zh: string }[]
}

const mangrove: Table1Preset = {
  values: {
    biomassDisturbance: { low: 0.5, med: 0.5, high: 1 },
    soilDisturbance: { low: 0.3, med: 0.5, high: 0.66 },
    biomassHalfLife: 15,
    soilHalfLife: 7.5,
  },
  sources: {
    biomassDisturbance: usersGuideTable1(`mangroves, LI/MI 50 %, HI 100 % biomass loss, ${DONATO_2011}`),
    'soilDisturbance.low': usersGuideTable1(`mangroves, LI 30 % soil loss, ${DONATO_2011}`),
    'soilDisturbance.med': usersGuideTable1(`mangroves, MI 50 % soil loss, ${DONATO_2011}`),
    'soilDisturbance.high': usersGuideTable1(`mangroves, HI 66 % soil loss (up to 1.5 m depth), ${DONATO_2011}`),
    biomassHalfLife: usersGuideTable1('mangroves, biomass half-life 15 years (no original reference given in the table)'),
    soilHalfLife: usersGuideTable1(`mangroves, soil half-life 7.5 years, ${MURRAY_2011}`),
  },
  notes: [
    {
      en: 'Table 1 adds "assume 75 % is released immediately from burning" to the mangrove biomass half-life; the model has no input for an immediate release.',
      zh: '表 1 对红树林生物量半衰期注明“假设 75% 因焚烧立即释放”；模型没有立即释放的输入项。',
    },
  ],
}

const saltMarsh: Table1Preset = {
  values: {
    biomassDisturbance: { low: 0.5, med: 0.5, high: 1 },
    soilDisturbance: { low: 0.3, med: 1, high: 1 },
    biomassHalfLife: 0.5,
    soilHalfLife: 7.5,
  },
  sources: {
    biomassDisturbance: usersGuideTable1(`salt marshes, LI/MI 50 %, HI 100 % biomass loss, ${DONATO_2011}`),
    'soilDisturbance.low': usersGuideTable1(`salt marshes, LI 30 % soil loss, ${DONATO_2011}`),
    'soilDisturbance.med': usersGuideTable1(`salt marshes, MI/HI 100 % soil loss, ${CROOKS_2011}`),
    'soilDisturbance.high': usersGuideTable1(`salt marshes, MI/HI 100 % soil loss, ${CROOKS_2011}`),
    biomassHalfLife: usersGuideTable1(`salt marshes, biomass half-life 6 months, ${MURRAY_2011}`),
    soilHalfLife: usersGuideTable1(`salt marshes, soil half-life 7.5 years, ${MURRAY_2011}`),
  },
  notes: [],
}

export const TABLE_1_PRESETS = { mangrove, saltMarsh } as const
