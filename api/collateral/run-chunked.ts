import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import {
  createValuationRuns,
  summarize,
  summarizeValuation,
  type CollateralInput,
  type CollateralOutput,
  type SampleSummary,
} from '../../methodologies/collateral/index.ts'

/**
 * Path-years simulated between two yields (≈ 5 ms of work on an idle core), so
 * a large valuation (five runs) never holds the event loop for long and other
 * requests keep being served while it runs.
 */
const PATH_YEARS_PER_SLICE = 40_000

/**
 * The pure model, run in slices with a yield to the event loop between them,
 * and between the summaries (each sorts its sample). Slicing does not change a
 * number: each run draws from one seeded stream in path order
 * (methodologies/collateral/simulate.ts).
 */
export async function computeCollateralChunked(input: CollateralInput): Promise<CollateralOutput> {
  const runs = createValuationRuns(input)
  const pathsPerSlice = Math.max(1, Math.floor(PATH_YEARS_PER_SLICE / input.termYears))
  const summaries = new Map<(typeof runs)['full'], SampleSummary>()
  for (const sim of [runs.full, ...runs.drivers.map((d) => d.run)]) {
    while (sim.done < sim.total) {
      sim.step(pathsPerSlice)
      await yieldToEventLoop()
    }
    summaries.set(sim, summarize(sim.valuesCny))
    await yieldToEventLoop()
  }
  return summarizeValuation(input, runs, summaries)
}
