import type { GepService } from './service.ts'
import { aquaticProducts } from './aquatic-products.ts'
import { carbonSequestration } from './carbon-sequestration.ts'
import { oxygenRelease } from './oxygen-release.ts'
import { waterPurificationNitrogen } from './water-purification-nitrogen.ts'
import { waterPurificationPhosphorus } from './water-purification-phosphorus.ts'
import { waterPurificationCod } from './water-purification-cod.ts'
import { coastalProtection } from './coastal-protection.ts'
import { climateRegulation } from './climate-regulation.ts'
import { sedimentRetention } from './sediment-retention.ts'
import { recreation } from './recreation.ts'

/** Every service, in report order: material, regulating, cultural. */
export const GEP_SERVICES: readonly GepService[] = [
  aquaticProducts,
  carbonSequestration,
  oxygenRelease,
  waterPurificationNitrogen,
  waterPurificationPhosphorus,
  waterPurificationCod,
  coastalProtection,
  climateRegulation,
  sedimentRetention,
  recreation,
]
