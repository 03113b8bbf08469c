import { mangroveAfforestation } from '../../methodologies/mangrove-afforestation/index.ts'
import type { MangroveInput } from '../../methodologies/mangrove-afforestation/spec.ts'
import { timed } from './timing.ts'

const SITES = 10_000
const YEARS = 40

/** Site inputs that differ (area, planting year) so no result can be reused. */
function siteInputs(): MangroveInput[] {
  return Array.from({ length: SITES }, (_, i) =>
    mangroveAfforestation.input.parse({
      areaHa: 1 + (i % 97),
      startYear: 2025,
      creditingYears: YEARS,
      strata: [{ plantingYear: 2025 + (i % 5) }],
    }),
  )
}

/**
 * The same arithmetic as the methodology for these inputs, written as one
 * flat loop with no validation, no row objects and no warnings: linear AGB,
 * AR-TOOL14 BGB, stock differences, the soil default for 20 years, then
 * leakage, the AR-TOOL14 discount and the buffer (11 %, the default NPRT
 * profile) year by year, as buildYearRows does. Returns the summed net credits.
 */
function handLoop(inputs: MangroveInput[]): number {
  const k = (44 / 12) * 0.47
  const soilPerHa = (44 / 12) * 0.5
  const bufferRatio = 0.11
  let sum = 0
  for (const input of inputs) {
    const area = input.areaHa
    const leakageRatio = input.leakagePercent / 100
    const uncertaintyRatio = 0 // AR-TOOL14 App. 2 at U = 0 (ex-ante default)
    const baseline = input.baselineRemovalsTco2ePerHaPerYear * area
    const emissions = input.projectEmissionsTco2ePerHaPerYear * area
    const firstAge = input.startYear - (input.strata[0]!.plantingYear ?? input.startYear) + 1
    let previous = 0
    for (let i = 0; i < YEARS; i++) {
      const age = firstAge + i
      let stock = 0
      if (age > 0) {
        const agb = 4.33 * age
        stock = k * (agb + Math.exp(-1.085 + 0.9256 * Math.log(agb)))
      }
      const soil = age >= 1 && age <= 20 ? soilPerHa * area : 0
      const gross = (stock - previous) * area + soil
      previous = stock
      const stockNet = gross - baseline
      const leakage = leakageRatio * Math.max(0, stockNet)
      const ner = stockNet - emissions - leakage
      const uncertainty = uncertaintyRatio * (Math.max(0, gross) + Math.max(0, baseline))
      const buffer = bufferRatio * Math.max(0, stockNet - leakage)
      sum += ner - uncertainty - buffer
    }
  }
  return sum
}

/** 10,000 sites × 40 years with mangrove-afforestation, against a hand-written loop in the same run. Goal: within 3×. */
export async function run(): Promise<void> {
  const parse = timed(siteInputs)
  const inputs = parse.value
  // Warm both paths so the JIT compares steady states.
  for (let i = 0; i < 3; i++) {
    handLoop(inputs.slice(0, 1000))
    for (const input of inputs.slice(0, 1000)) mangroveAfforestation.compute(input)
  }
  const methodology = timed(() => {
    let sum = 0
    for (const input of inputs) sum += mangroveAfforestation.compute(input).totals.netCreditsTco2e
    return sum
  })
  const hand = timed(() => handLoop(inputs))
  const agree = Math.abs(methodology.value - hand.value) <= 1e-9 * Math.abs(hand.value)
  const ratio = methodology.ms / hand.ms
  console.log(`mangrove-afforestation: ${SITES} sites × ${YEARS} years`)
  console.log(`  parse (zod, defaults):     ${parse.ms.toFixed(1)} ms`)
  console.log(`  compute (methodology):     ${methodology.ms.toFixed(1)} ms`)
  console.log(`  hand-written loop:         ${hand.ms.toFixed(1)} ms`)
  console.log(`  ratio compute / hand loop: ${ratio.toFixed(2)}× (goal ≤ 3×) ${ratio <= 3 ? 'OK' : 'OVER GOAL'}`)
  console.log(`  same net credits: ${agree ? 'yes' : 'NO'} (${methodology.value.toFixed(3)} vs ${hand.value.toFixed(3)} t CO2e)`)
  if (!agree) process.exitCode = 1
}
