import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { createValuationRuns, summarizeValuation, type CollateralInput, type CollateralOutput } from '../../methodologies/collateral/index.ts'

/**
 * Paths simulated between two yields: about 5–20 ms of work at 30 years, so
 * a 100,000-path valuation (five runs) never holds the event loop for long and
 * other requests keep being served while it runs.
 */
const PATHS_PER_SLICE = 2_000

/**
 * The pure model, run in slices with a yield to the event loop between them.
 * Slicing does not change a number: each run draws from one seeded stream in
 * path order (methodologies/collateral/simulate.ts).
 */
export async function computeCollateralChunked(input: CollateralInput): Promise<CollateralOutput> {
  const runs = createValuationRuns(input)
  for (const sim of [runs.full, ...runs.drivers.map((d) => d.run)]) {
    while (sim.done < sim.total) {
      sim.step(PATHS_PER_SLICE)
      await yieldToEventLoop()
    }
  }
  return summarizeValuation(input, runs)
}
