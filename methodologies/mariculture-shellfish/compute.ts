import { carbonInHarvestTc, SHELLFISH } from '../shared/mariculture-coefficients.ts'
import { maricultureResult } from '../shared/mariculture-result.ts'
import type { AreaBasedOutput } from '../shared/result-schema.ts'
import { warning } from '../shared/warnings.ts'
import type { Warning } from '../shared/warnings.ts'
import { CO2_PER_C } from '../units.ts'
import type { ShellfishInput } from './spec.ts'
import { shellfishSpec } from './spec.ts'

/**
 * Shellfish removals per year = 44/12 × Σ harvest × dry/wet × (soft share ×
 * soft C + shell share × shell C), the same every crediting year.
 *
 * @returns the area-based result, t CO2e
 * @see methodologies.md §3(b)
 */
export function computeShellfish(input: ShellfishInput): AreaBasedOutput {
  let softTc = 0
  let shellTc = 0
  const warnings: Warning[] = []
  for (const h of input.harvests) {
    const k = SHELLFISH[h.species as keyof typeof SHELLFISH]
    const soft = carbonInHarvestTc(h.harvestTonnesFreshWeightPerYear, { ...k, shellMassPercent: 0 }, false)
    softTc += soft
    shellTc += carbonInHarvestTc(h.harvestTonnesFreshWeightPerYear, k, input.includeShellCarbon) - soft
    if ('verifyNote' in k) warnings.push(warning(`verify-${h.species}`, k.verifyNote.en, k.verifyNote.zh))
  }
  if (input.includeShellCarbon) {
    warnings.push(
      warning(
        'shell-carbon-unconfirmed',
        'Shell carbon is counted; whether HY/T 0349-2022 credits it was not confirmed.',
        '已计入贝壳碳；HY/T 0349-2022 是否计入尚未确认。',
      ),
    )
  }
  return maricultureResult({
    // area, crediting period, leakage, uncertainty and risk as entered
    ...input,
    methodology: { id: shellfishSpec.id, version: shellfishSpec.version },
    harvestCarbonTcPerYear: softTc + shellTc,
    poolTotalsTco2e: (years) => ({ softTissue: CO2_PER_C * softTc * years, shell: CO2_PER_C * shellTc * years }),
    warnings,
  })
}
