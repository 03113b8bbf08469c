import { z } from 'zod'
import { defaultedQuantity, quantity } from '../fields.ts'
import { assumption, cite, SOURCES } from './citations.ts'
import { leakagePercentField } from './crediting-fields.ts'

/** The harvest is the driver of a mariculture estimate: required, no default. */
export const harvestTonnesField = quantity({
  unit: 't/yr',
  about: { en: 'Harvest per year, fresh (wet) weight', zh: '年收获量（鲜重）' },
  min: 0,
  max: 100_000_000,
})

export const maricultureLeakageField = leakagePercentField(assumption('No displacement assumed for farming on existing sea-use rights (HY/T 0349 leakage rule NOT FOUND)'))

export const maricultureUncertaintyField = defaultedQuantity({
  unit: 'percent',
  about: { en: 'Uncertainty U of the harvest-based estimate; ex-ante default 0', zh: '基于收获量的估计不确定性 U；事前估算默认 0' },
  default: 0,
  min: 0,
  max: 100,
  source: cite(SOURCES.S2, 'para 48 and App. 2, used in place of the HY/T 0349 rule (NOT FOUND)', 'inferred'),
})

/**
 * The harvests of a mariculture estimate, one row per species: the driver of
 * the estimate (area alone gives none).
 *
 * @param species the species enum, with its own `about`
 */
export function harvestsField<Species extends z.ZodType>(species: Species) {
  return z
    .array(z.strictObject({ species, harvestTonnesFreshWeightPerYear: harvestTonnesField }))
    .min(1)
    .max(100)
    .meta({ about: { en: 'Harvest per species (the driver; area alone gives no estimate)', zh: '各品种收获量（驱动量；仅有面积无法估算）' } })
}
