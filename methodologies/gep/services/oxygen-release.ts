import { z } from 'zod'
import { quantity } from '../../fields.ts'
import { PHOTOSYNTHETIC_ECOSYSTEMS, type Ecosystem } from '../ecosystems.ts'
import { SOURCES, userSource } from '../sources.ts'
import { constantByYear, defineService, resolvePrice, unitPriceInput, type PriceQuote } from './service.ts'

/** t O2 released per t CO2 fixed: 1.19 / 1.63 (both per t NPP, 高天岩 Table 2). */
export const O2_PER_CO2 = 1.19 / 1.63

const OXYGEN_PRICE: PriceQuote = { valueCny: 727, priceYear: 2010, source: SOURCES.oxygenPrice }

const derivable = (ecosystem: Ecosystem) => PHOTOSYNTHETIC_ECOSYSTEMS.includes(ecosystem)

/**
 * Oxygen release (工业制氧法). For plant ecosystems the quantity follows the carbon
 * estimate through photosynthetic stoichiometry; mariculture carbon is largely shell
 * carbonate, which releases no O2, so there the quantity is a required input.
 */
export const oxygenRelease = defineService({
  id: 'oxygen-release',
  class: 'regulating',
  name: { en: 'Oxygen release', zh: '释氧' },
  quantityUnit: 't O2/yr',
  unitPriceUnit: 'CNY/t O2',
  inputKey: 'oxygenRelease',
  quantityParameter: 'services.oxygenRelease.oxygenTPerYear',
  priceParameter: 'services.oxygenRelease.unitPrice',
  appliesTo: () => true,
  inputSchema: (ecosystem) => {
    const about = derivable(ecosystem)
      ? {
          en: `Oxygen released per year. Optional: by default carbon sequestration × ${O2_PER_CO2.toFixed(4)} t O2/tCO2e`,
          zh: `年释氧量。可选：默认按固碳量 × ${O2_PER_CO2.toFixed(4)} t O2/tCO2e 计算`,
        }
      : {
          en: 'Oxygen released per year (seaweed only; shellfish release none). Required: no sourced default exists',
          zh: '年释氧量（仅藻类；贝类不释氧）。必填：无可引用的默认值',
        }
    // 10⁸ t a year is over ten times the oxygen of all China's mariculture seaweed.
    const oxygen = quantity({ unit: 't O2/yr', about, min: 0, max: 1e8, ...(derivable(ecosystem) ? { source: SOURCES.stoichiometry } : {}) })
    return z.strictObject({
      oxygenTPerYear: derivable(ecosystem) ? oxygen.optional() : oxygen,
      unitPrice: unitPriceInput({ unit: 'CNY/t O2', about: { en: 'Industrial oxygen price', zh: '工业制氧价格' }, fallback: OXYGEN_PRICE }),
    })
  },
  priceYear: (input) => (input.unitPrice ?? OXYGEN_PRICE).priceYear,
  resolve: (input, ctx) => {
    const price = resolvePrice('oxygen-release', input.unitPrice, OXYGEN_PRICE)
    if (input.oxygenTPerYear !== undefined) {
      return {
        status: 'ok',
        quantityByYear: constantByYear(input.oxygenTPerYear, ctx.years),
        quantitySource: userSource('oxygen-release.oxygenTPerYear'),
        price,
        adjustForCpi: true,
      }
    }
    if (!ctx.carbon) {
      return {
        status: 'needs-input',
        message: {
          en: 'Oxygen release follows from the carbon estimate, which is missing: run a carbon estimate or give oxygenTPerYear.',
          zh: '释氧量由碳汇估算推算，但尚无碳汇估算：请先运行碳汇估算或填写 oxygenTPerYear。',
        },
      }
    }
    return {
      status: 'ok',
      quantityByYear: ctx.carbon.byYear.map((tco2e) => tco2e * O2_PER_CO2),
      quantitySource: SOURCES.stoichiometry,
      price,
      adjustForCpi: true,
    }
  },
})
