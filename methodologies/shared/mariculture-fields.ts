import { z } from 'zod'
import { defaultedQuantity, quantity } from '../fields.ts'
import { assumption, cite, SOURCES } from './citations.ts'
import { leakagePercentField } from './crediting-fields.ts'

/** The harvest is the driver of a mariculture estimate: required, no default. */
export const harvestTonnesField = quantity({
  unit: 't/yr',
  about: { en: 'Harvest per year, on the weight basis stated in weightBasis', zh: '年收获量（按 weightBasis 所述的重量基准）' },
  min: 0,
  max: 100_000_000,
})

/**
 * Fresh or dry weight, with no default: yearbook seaweed output is often dry,
 * and entering it as fresh undercounts five-fold (dry/wet 20 %, S13 Table 2).
 * HY/T 0305-2021 §3.3 defines the dry/wet ratio (干湿比) used to convert one into the other.
 */
export const WEIGHT_BASES = ['fresh', 'dry'] as const
export const weightBasisField = z.enum(WEIGHT_BASES).meta({
  about: {
    en: 'Weight basis of the harvest: fresh (wet) weight is converted with the dry/wet ratio (HY/T 0305-2021 §3.3), dry weight is used as is; required',
    zh: '收获量的重量基准：鲜（湿）重按干湿比换算（HY/T 0305-2021 §3.3），干重直接使用；必填',
  },
})

export const maricultureLeakageField = leakagePercentField(assumption('No displacement assumed for farming on existing sea-use rights (HY/T 0305 / HY/T 0349 leakage rule NOT FOUND)'))

export const maricultureUncertaintyField = defaultedQuantity({
  unit: 'percent',
  about: { en: 'Uncertainty U of the harvest-based estimate; ex-ante default 0', zh: '基于收获量的估计不确定性 U；事前估算默认 0' },
  default: 0,
  min: 0,
  max: 100,
  source: cite(SOURCES.S2, 'para 48 and App. 2, used in place of the HY/T 0305 rule (NOT FOUND)', 'inferred'),
})

/**
 * Whether carbon in harvested biomass that is eaten or processed (soft tissue,
 * seaweed) is credited. HY/T 0305-2021 counts the carbon fixed in farmed biomass
 * as the sink (§3.1–3.2) but, in what was read, gives it no permanence
 * treatment; the carbon returns to the atmosphere within years, so by default it
 * is reported and not credited.
 */
export const creditHarvestedBiomassField = z
  .boolean()
  .default(false)
  .meta({
    about: {
      en: 'Also credit the carbon in harvested biomass that is eaten or processed (soft tissue, seaweed): HY/T 0305-2021 accounting of removal, with no permanence; off by default (reported, not credited)',
      zh: '同时将被食用或加工的收获生物量（软体组织、藻体）中的碳计为信用：HY/T 0305-2021 的移出量核算，无持久性处理；默认关闭（只报告，不计信用）',
    },
    source: assumption(
      'Harvested food biomass returns its carbon to the atmosphere within years; only long-lived pools are credited by default',
      'HY/T 0305-2021 §3.1–3.2 count the fixed carbon as the sink; no permanence clause was found in the text read',
    ),
  })

/**
 * The harvests of a mariculture estimate, one row per species: the driver of
 * the estimate (area alone gives none).
 *
 * @param species the species enum, with its own `about`
 */
export function harvestsField<Species extends z.ZodType>(species: Species) {
  return z
    .array(z.strictObject({ species, harvestTonnesPerYear: harvestTonnesField, weightBasis: weightBasisField }))
    .min(1)
    .max(100)
    .meta({ about: { en: 'Harvest per species (the driver; area alone gives no estimate)', zh: '各品种收获量（驱动量；仅有面积无法估算）' } })
}

/** Dry tonnes of a harvest row: fresh weight × dry/wet ratio, or the dry weight as entered. */
export function dryTonnes(harvest: { harvestTonnesPerYear: number; weightBasis: (typeof WEIGHT_BASES)[number] }, dryWetPercent: number): number {
  return harvest.weightBasis === 'dry' ? harvest.harvestTonnesPerYear : harvest.harvestTonnesPerYear * (dryWetPercent / 100)
}
