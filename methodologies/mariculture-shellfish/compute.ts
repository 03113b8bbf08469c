import { carbonPoolsTc, SHELLFISH } from '../shared/mariculture-coefficients.ts'
import { dryTonnes } from '../shared/mariculture-fields.ts'
import { maricultureResult } from '../shared/mariculture-result.ts'
import type { AreaBasedOutput } from '../shared/result-schema.ts'
import { warning } from '../shared/warnings.ts'
import type { Warning } from '../shared/warnings.ts'
import { CO2_PER_C } from '../units.ts'
import type { ShellfishInput } from './spec.ts'
import { shellfishSpec } from './spec.ts'

/**
 * Bivalve removals per year, the same every crediting year:
 * dry = harvest (dry, or fresh × dry/wet); soft = dry × soft share × soft C;
 * shell = dry × shell share × shell C (only when includeShellCarbon);
 * credited = 44/12 × (shell + soft if creditHarvestedBiomass).
 *
 * @returns the area-based result, t CO2e
 * @see methodologies.md §3(b); HY/T 0305-2021 §3.3–3.4
 */
export function computeShellfish(input: ShellfishInput): AreaBasedOutput {
  let softTc = 0
  let shellTc = 0
  const warnings: Warning[] = []
  for (const h of input.harvests) {
    const k = SHELLFISH[h.species as keyof typeof SHELLFISH]
    const pools = carbonPoolsTc(dryTonnes(h, k.dryWetPercent), k)
    softTc += pools.softTissue
    if (input.includeShellCarbon) shellTc += pools.shell
    if ('verifyNote' in k) warnings.push(warning(`verify-${h.species}`, k.verifyNote.en, k.verifyNote.zh))
  }
  warnings.push(
    input.includeShellCarbon
      ? warning(
          'shell-carbon-debated',
          'Shell carbon is credited as a long-lived pool, as chosen. Shell formation releases CO2 to seawater and has been argued to be a net CO2 source (Morris & Humphreys 2019); shells that are burnt for lime return their carbon.',
          '按所选将贝壳碳计为长期碳库。贝壳形成向海水释放 CO2，有研究认为其为净 CO2 源（Morris & Humphreys 2019）；煅烧制灰的贝壳会释放其碳。',
        )
      : warning('shell-carbon-excluded', 'Shell carbon is not counted, as chosen.', '按所选不计贝壳碳。'),
  )
  return maricultureResult({
    // area, crediting period, leakage, uncertainty and risk as entered
    ...input,
    methodology: { id: shellfishSpec.id, version: shellfishSpec.version },
    harvestCarbonTcPerYear: { returnsToAtmosphere: softTc, longLived: shellTc },
    creditHarvestedBiomass: input.creditHarvestedBiomass,
    poolTotalsTco2e: (years) => ({ softTissue: CO2_PER_C * softTc * years, shell: CO2_PER_C * shellTc * years }),
    warnings,
  })
}
