import { SOURCES } from '../sources.ts'
import { pollutantRemovalService } from './pollutant-removal.ts'

/** 912 g N/ha/day denitrification × 365 days / 1000 g/kg (Queensland WetlandInfo). */
const MANGROVE_DENITRIFICATION_KG_PER_HA_PER_YEAR = (912 * 365) / 1000

export const waterPurificationNitrogen = pollutantRemovalService({
  id: 'water-purification-nitrogen',
  inputKey: 'waterPurificationNitrogen',
  name: { en: 'Water purification: nitrogen', zh: '水质净化：氮' },
  pollutant: { en: 'nitrogen (N)', zh: '氮（N）' },
  rateUnit: 'kg N/ha/yr',
  quantityUnit: 't N/yr',
  unitPriceUnit: 'CNY/t N',
  rateDefaults: {
    mangrove: { value: MANGROVE_DENITRIFICATION_KG_PER_HA_PER_YEAR, source: SOURCES.mangroveDenitrification },
  },
  price: { valueCny: 875, priceYear: 2010, source: SOURCES.nitrogenPrice },
})
