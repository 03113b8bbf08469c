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
