import { z } from 'zod'
import { defineService, rateInput, resolvePrice, resolveRate, unitPriceInput, constantByYear } from './service.ts'

/**
 * Climate regulation (替代成本法, 甘孜 GEP eq. V_a/V_e): energy that evapotranspiration
 * spends cooling and humidifying, valued at the electricity an air conditioner or
 * humidifier would use. No per-ha cooling energy was found for these ecosystems, and
 * the references advise a local Guangdong tariff instead of the Garzê 0.53 CNY/kWh
 * (2010), which was not found: both inputs are required.
 */
export const climateRegulation = defineService({
  id: 'climate-regulation',
  class: 'regulating',
  name: { en: 'Climate regulation (evapotranspiration cooling)', zh: '气候调节（蒸散降温增湿）' },
  quantityUnit: 'kWh/yr',
  unitPriceUnit: 'CNY/kWh',
  inputKey: 'climateRegulation',
  quantityParameter: 'services.climateRegulation.coolingEnergyKwhPerHaPerYear',
  priceParameter: 'services.climateRegulation.electricityPrice',
  appliesTo: () => true,
  inputSchema: () =>
    z.strictObject({
      coolingEnergyKwhPerHaPerYear: rateInput({
        unit: 'kWh/ha/yr',
        about: {
          en: 'Electricity-equivalent energy of evapotranspiration cooling and humidifying per hectare',
          zh: '每公顷蒸散降温增湿消耗能量（折合电量）',
        },
      }),
      electricityPrice: unitPriceInput({
        unit: 'CNY/kWh',
        about: { en: 'Local electricity tariff', zh: '当地电价' },
      }),
    }),
  priceYear: (input) => input.electricityPrice?.priceYear ?? null,
  resolve: (input, ctx) => {
    const rate = resolveRate('climate-regulation', 'coolingEnergyKwhPerHaPerYear', input.coolingEnergyKwhPerHaPerYear, undefined)
    return {
      status: 'ok',
      quantityByYear: constantByYear(rate.value * ctx.areaHa, ctx.years),
      quantitySource: rate.source,
      price: resolvePrice('climate-regulation', input.electricityPrice, undefined),
      adjustForCpi: true,
    }
  },
})
