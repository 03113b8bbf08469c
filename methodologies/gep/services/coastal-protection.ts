import { z } from 'zod'
import { quantity } from '../../fields.ts'
import type { Ecosystem } from '../ecosystems.ts'
import { SOURCES, userSource } from '../sources.ts'
import { constantByYear, defineService, resolvePrice, unitPriceInput, type PriceQuote } from './service.ts'

/** 合浦总江围 budget: 1.63 亿元 over 19.968 km seawall + 2.557 km revetment. */
const HEPU_SEAWALL_CNY_PER_KM = 163_000_000 / (19.968 + 2.557)

/**
 * The seawall-replacement default applies where a wave-attenuating wetland stands in
 * front of the shore: mangrove and salt marsh (Narayan et al. 2016; 中山翠亨 valued
 * 消浪护岸 by 替代工程法). No source equates a seagrass bed or a farm with a seawall.
 */
const SEAWALL_COST_DEFAULTS: Partial<Record<Ecosystem, PriceQuote>> = {
  mangrove: { valueCny: HEPU_SEAWALL_CNY_PER_KM, priceYear: 2023, source: SOURCES.seawallCost },
  'salt-marsh': { valueCny: HEPU_SEAWALL_CNY_PER_KM, priceYear: 2023, source: SOURCES.seawallCost },
}

/**
 * Coastal protection (消浪护岸, 替代工程法): km of shoreline the wetland protects ×
 * seawall construction cost per km, spread straight-line over the seawall's service
 * life. The life has no sourced default (the 20-yr figure in the Hepu budget is a
 * flood/tide return period, not a design life), so it is required.
 */
export const coastalProtection = defineService({
  id: 'coastal-protection',
  class: 'regulating',
  name: { en: 'Coastal protection (wave attenuation)', zh: '海岸防护（消浪护岸）' },
  quantityUnit: 'km',
  unitPriceUnit: 'CNY/km/yr',
  inputKey: 'coastalProtection',
  quantityParameter: 'services.coastalProtection.protectedShorelineKm',
  priceParameter: 'services.coastalProtection.seawallCost',
  // A terrestrial forest has no shoreline to protect (not in the 甘孜 Table 2 indicator system).
  appliesTo: (ecosystem) => ecosystem !== 'forest',
  inputSchema: (ecosystem) =>
    z.strictObject({
      protectedShorelineKm: quantity({
        unit: 'km',
        about: {
          en: 'Length of shoreline behind the site that it shields from waves. Required: depends on the site',
          zh: '地块后方受其消浪保护的岸线长度。必填：取决于地块',
        },
        min: 0,
        // China's whole mainland coastline is about 18,000 km.
        max: 20_000,
      }),
      seawallCost: unitPriceInput({
        unit: 'CNY/km',
        about: { en: 'Construction cost of an equivalent seawall per km', zh: '等效海堤每公里造价' },
        fallback: SEAWALL_COST_DEFAULTS[ecosystem],
      }),
      seawallServiceLifeYears: quantity({
        unit: 'years',
        about: {
          en: 'Service life over which the seawall cost is spread. Required: no sourced default exists',
          zh: '海堤造价的分摊年限（使用年限）。必填：无可引用的默认值',
        },
        int: true,
        min: 1,
        max: 200,
      }),
    }),
  priceYear: (input, ecosystem) => (input.seawallCost ?? SEAWALL_COST_DEFAULTS[ecosystem])?.priceYear ?? null,
  resolve: (input, ctx) => {
    const cost = resolvePrice('coastal-protection', input.seawallCost, SEAWALL_COST_DEFAULTS[ctx.ecosystem])
    return {
      status: 'ok',
      quantityByYear: constantByYear(input.protectedShorelineKm, ctx.years),
      quantitySource: userSource('coastal-protection.protectedShorelineKm'),
      // Straight-line annualisation: the yearly cost of owning the replacement seawall.
      price: { ...cost, valueCny: cost.valueCny / input.seawallServiceLifeYears },
      adjustForCpi: true,
    }
  },
})
