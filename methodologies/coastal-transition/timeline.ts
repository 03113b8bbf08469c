import type { LulcClass } from './class.schema.ts'
import { type Disturbance, emissionInYear, isCloseToZero, netSequestration, trackDisturbance } from './emissions.ts'
import type { Snapshot, TransitionCell } from './scenario.schema.ts'
import { DISTURBED_POOLS, type DisturbedPool, type PoolEffect, findCell, transitionEffect } from './transition.ts'

export type Stocks = { biomass: number; soil: number; litter: number }

/** One calendar year: stocks at its start, and what happened during it (tCO2e/ha). */
export type YearRow = {
  year: number
  class: string
  stocks: Stocks
  accumulation: number
  emissions: number
  netSequestration: number
}

export type Period = { from: number; to: number; accumulation: number; emissions: number; netSequestration: number }

export type Timeline = {
  yearly: YearRow[]
  periods: Period[]
  /** Stocks at the start of every snapshot year and of the analysis year. */
  stocks: Map<number, Stocks>
  /** Snapshot pairs that had no cell in the transition table and were read as NCC. */
  blankTransitions: { year: number; from: string; to: string }[]
}

type Segment = { start: number; end: number; class: string }

/**
 * Runs the InVEST Coastal Blue Carbon time series for one site, year by year.
 *
 * - Baseline period (first snapshot → first transition): every pool grows at
 *   the baseline class's rate, and litter counts in net sequestration.
 * - From each later snapshot on: biomass and soil follow the transition cell
 *   (accumulate, or emit a disturbed volume with a half-life); litter keeps
 *   growing at the current class's rate but, as in InVEST, is not counted.
 *
 * @param classes biophysical table keyed by class name (validated by the spec)
 * @param snapshots in strictly increasing years; the first is the baseline
 * @param cells transition table cells
 * @param analysisYear ≥ the last snapshot year
 * @returns yearly rows, periods between snapshots (and the analysis year), stocks per boundary year
 * @see shared/docs/references/invest-cbc.md §1a
 */
export function runTimeline(
  classes: ReadonlyMap<string, LulcClass>,
  snapshots: readonly Snapshot[],
  cells: readonly TransitionCell[],
  analysisYear: number,
): Timeline {
  const baseline = lookup(classes, snapshots[0]?.class)
  const stocks: Stocks = { biomass: baseline.biomassInitial, soil: baseline.soilInitial, litter: baseline.litterInitial }
  const yearly: YearRow[] = []
  const stocksAt = new Map<number, Stocks>()
  const blankTransitions: Timeline['blankTransitions'] = []
  const disturbances: Record<DisturbedPool, Disturbance | null> = { biomass: null, soil: null }

  const segments = toSegments(snapshots, analysisYear)
  segments.forEach((segment, k) => {
    stocksAt.set(segment.start, { ...stocks })
    const current = lookup(classes, segment.class)
    if (k === 0) {
      for (let year = segment.start; year < segment.end; year++) {
        const rates = { biomass: current.biomassAccumulation, soil: current.soilAccumulation, litter: current.litterAccumulation }
        const accumulation = rates.biomass + rates.soil + rates.litter
        yearly.push({ year, class: current.lulcClass, stocks: { ...stocks }, accumulation, emissions: 0, netSequestration: accumulation })
        stocks.biomass += rates.biomass
        stocks.soil += rates.soil
        stocks.litter += rates.litter
      }
      return
    }
    const previous = lookup(classes, segments[k - 1]?.class)
    const action = findCell(cells, previous.lulcClass, current.lulcClass)
    if (action === null) blankTransitions.push({ year: segment.start, from: previous.lulcClass, to: current.lulcClass })
    const effect = transitionEffect(previous, current, action ?? 'NCC')
    for (const pool of DISTURBED_POOLS) {
      disturbances[pool] = trackDisturbance(effect[pool].disturbanceRatio, stocks[pool], disturbances[pool], segment.start)
    }
    for (let year = segment.start; year < segment.end; year++) {
      const row: YearRow = { year, class: current.lulcClass, stocks: { ...stocks }, accumulation: 0, emissions: 0, netSequestration: 0 }
      for (const pool of DISTURBED_POOLS) {
        const flow = poolFlow(effect[pool], disturbances[pool], year)
        row.accumulation += flow.accumulation
        row.emissions += flow.emission
        row.netSequestration += flow.net
        stocks[pool] += flow.net
      }
      stocks.litter += effect.litterAccumulationTco2ePerHaYr
      yearly.push(row)
    }
  })
  stocksAt.set(analysisYear, { ...stocks })
  return { yearly, periods: toPeriods(segments, yearly), stocks: stocksAt, blankTransitions }
}

/** Emission takes precedence over accumulation; whichever wins is what the year reports. */
function poolFlow(effect: PoolEffect, disturbance: Disturbance | null, year: number) {
  const emission = emissionInYear(disturbance, effect.halfLifeYears, year)
  const net = netSequestration(effect.accumulationTco2ePerHaYr, emission)
  const emitting = !isCloseToZero(emission)
  return { net, emission: emitting ? emission : 0, accumulation: emitting ? 0 : effect.accumulationTco2ePerHaYr }
}

/** [baseline, s1), [s1, s2), …, [sK, analysisYear); an empty last segment is dropped. */
function toSegments(snapshots: readonly Snapshot[], analysisYear: number): Segment[] {
  return snapshots
    .map((s, i) => ({ start: s.year, end: snapshots[i + 1]?.year ?? analysisYear, class: s.class }))
    .filter((s, i) => i === 0 || s.end > s.start)
}

function toPeriods(segments: readonly Segment[], yearly: readonly YearRow[]): Period[] {
  return segments
    .filter((s) => s.end > s.start)
    .map((s) => {
      const rows = yearly.filter((r) => r.year >= s.start && r.year < s.end)
      return {
        from: s.start,
        to: s.end,
        accumulation: sum(rows.map((r) => r.accumulation)),
        emissions: sum(rows.map((r) => r.emissions)),
        netSequestration: sum(rows.map((r) => r.netSequestration)),
      }
    })
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

/** The spec guarantees every snapshot class exists; a miss here is a programmer error. */
function lookup(classes: ReadonlyMap<string, LulcClass>, name: string | undefined): LulcClass {
  const found = name === undefined ? undefined : classes.get(name)
  if (!found) throw new Error(`coastal-transition: class "${name}" missing; validate input with the spec first`)
  return found
}
