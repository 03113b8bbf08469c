import { carbonPoolsTc, SEAWEEDS } from '../shared/mariculture-coefficients.ts'
import { dryTonnes } from '../shared/mariculture-fields.ts'
import { maricultureResult } from '../shared/mariculture-result.ts'
import type { AreaBasedOutput } from '../shared/result-schema.ts'
import { warning } from '../shared/warnings.ts'
import { CO2_PER_C } from '../units.ts'
import type { SeaweedInput } from './spec.ts'
import { seaweedSpec } from './spec.ts'

/**
 * Seaweed removals per year = 44/12 × Σ dry harvest (dry, or fresh × 20 %
 * dry/wet) × carbon content (whole thallus), the same every crediting year; all
 * of it is harvested biomass, credited only when creditHarvestedBiomass is set.
 *
 * @returns the area-based result, t CO2e
 * @see methodologies.md §3(b); HY/T 0305-2021 §3.3
 */
export function computeSeaweed(input: SeaweedInput): AreaBasedOutput {
  let tc = 0
  for (const h of input.harvests) tc += carbonPoolsTc(dryTonnes(h, SEAWEEDS[h.species].dryWetPercent), SEAWEEDS[h.species]).softTissue
  const note = SEAWEEDS.kelp.verifyNote!
  return maricultureResult({
    // area, crediting period, leakage, uncertainty and risk as entered
    ...input,
    methodology: { id: seaweedSpec.id, version: seaweedSpec.version },
    harvestCarbonTcPerYear: { returnsToAtmosphere: tc, longLived: 0 },
    creditHarvestedBiomass: input.creditHarvestedBiomass,
    poolTotalsTco2e: (years) => ({ harvestedBiomass: CO2_PER_C * tc * years }),
    warnings: [warning('verify-whole-thallus', note.en, note.zh)],
  })
}
