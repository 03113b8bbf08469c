import { defaultedQuantity, quantity } from '../fields.ts'
import type { Bilingual } from '../types.ts'
import { cite, SOURCES } from './citations.ts'

/** CF_TREE of the AR-TOOL14 tree-stock methodologies (forest and mangrove afforestation). */
export const treeCarbonFractionField = defaultedQuantity({
  unit: 'tC/t d.m.',
  about: { en: 'Carbon fraction of tree biomass', zh: '林木生物量含碳率' },
  default: 0.47,
  min: 0,
  max: 1,
  source: cite(SOURCES.S2, 'Eq. 12, CF_TREE'),
})

/**
 * A stratum's root:shoot ratio; absent means the AR-TOOL14 formula, so the
 * field has no default, only the source of that formula.
 *
 * @param about how the methodology describes the field
 */
export function rootShootRatioField(about: Bilingual) {
  return quantity({
    unit: 'ratio',
    about,
    min: 0,
    max: 5,
    source: cite(SOURCES.S2, 'App. 1, R_j formula'),
  }).optional()
}
