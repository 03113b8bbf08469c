import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import {
  createValuationRuns,
  summarize,
  summarizeValuation,
  type CollateralInput,
  type CollateralOutput,
  type SampleSummary,
} from '../../methodologies/collateral/index.ts'

/** Longest the event loop is held between two yields, and the small step that checks it. */
const SLICE_MS = 3
const PATH_YEARS_PER_STEP = 2_000

/**
 * The pure model, run in time-boxed slices with a yield to the event loop
 * between them (and between the summaries, each of which sorts its sample).
 * Time, not a path count, bounds a slice: before V8 optimises the loop (first
 * requests) the same paths take ten times longer. Slicing does not change a
 * number: each run draws from one seeded stream in path order
 * (methodologies/collateral/simulate.ts).
 */
export async function computeCollateralChunked(input: CollateralInput): Promise<CollateralOutput> {
  const runs = createValuationRuns(input)
  const pathsPerStep = Math.max(1, Math.floor(PATH_YEARS_PER_STEP / input.termYears))
  const summaries = new Map<(typeof runs)['full'], SampleSummary>()
  for (const sim of [runs.full, ...runs.drivers.map((d) => d.run)]) {
    while (sim.done < sim.total) {
      const started = performance.now()
      while (sim.done < sim.total && performance.now() - started < SLICE_MS) sim.step(pathsPerStep)
      await yieldToEventLoop()
    }
    summaries.set(sim, summarize(sim.valuesCny))
    await yieldToEventLoop()
  }
  return summarizeValuation(input, runs, summaries)
}
