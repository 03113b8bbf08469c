import { carbonInHarvestTc, SEAWEEDS } from '../shared/mariculture-coefficients.ts'
import { maricultureResult } from '../shared/mariculture-result.ts'
import type { AreaBasedOutput } from '../shared/result-schema.ts'
import { warning } from '../shared/warnings.ts'
import { CO2_PER_C } from '../units.ts'
import type { SeaweedInput } from './spec.ts'
import { seaweedSpec } from './spec.ts'

/**
 * Seaweed removals per year = 44/12 × Σ harvest × 20 % dry/wet × carbon content
 * (whole thallus), the same every crediting year.
 *
 * @returns the area-based result, t CO2e
 * @see methodologies.md §3(b)
 */
export function computeSeaweed(input: SeaweedInput): AreaBasedOutput {
  let tc = 0
  for (const h of input.harvests) tc += carbonInHarvestTc(h.harvestTonnesFreshWeightPerYear, SEAWEEDS[h.species], false)
  const note = SEAWEEDS.kelp.verifyNote!
  return maricultureResult({
    // area, crediting period, leakage, uncertainty and risk as entered
    ...input,
    methodology: { id: seaweedSpec.id, version: seaweedSpec.version },
    harvestCarbonTcPerYear: tc,
    poolTotalsTco2e: (years) => ({ harvestedBiomass: CO2_PER_C * tc * years }),
    warnings: [
      warning('verify-whole-thallus', note.en, note.zh),
      warning(
        'verify-dry-wet-basis',
        'Check whether reported seaweed output is dry or wet weight before entering it: the 20 % dry/wet ratio assumes fresh weight.',
        '填写前请确认藻类产量为干重还是鲜重：20% 干湿比假定为鲜重。',
      ),
    ],
  })
}
