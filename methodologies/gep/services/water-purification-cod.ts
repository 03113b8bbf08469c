import { SOURCES } from '../sources.ts'
import { pollutantRemovalService } from './pollutant-removal.ts'

/** No measured COD removal rate was found for any of the ecosystems (finance-risk-addendum.md §2.1). */
export const waterPurificationCod = pollutantRemovalService({
  id: 'water-purification-cod',
  inputKey: 'waterPurificationCod',
  name: { en: 'Water purification: COD', zh: '水质净化：化学需氧量' },
  pollutant: { en: 'chemical oxygen demand (COD)', zh: '化学需氧量（COD）' },
  rateUnit: 'kg COD/ha/yr',
  quantityUnit: 't COD/yr',
  unitPriceUnit: 'CNY/t COD',
  rateDefaults: {},
  price: { valueCny: 700, priceYear: 2010, source: SOURCES.codPrice },
})
