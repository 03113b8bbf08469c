import { SOURCES } from '../sources.ts'
import { pollutantRemovalService } from './pollutant-removal.ts'

/** No measured P removal rate was found for any of the ecosystems (finance-risk-addendum.md §2.1). */
export const waterPurificationPhosphorus = pollutantRemovalService({
  id: 'water-purification-phosphorus',
  inputKey: 'waterPurificationPhosphorus',
  name: { en: 'Water purification: phosphorus', zh: '水质净化：磷' },
  pollutant: { en: 'phosphorus (P)', zh: '磷（P）' },
  rateUnit: 'kg P/ha/yr',
  quantityUnit: 't P/yr',
  unitPriceUnit: 'CNY/t P',
  rateDefaults: {},
  price: { valueCny: 2800, priceYear: 2010, source: SOURCES.phosphorusPrice },
})
