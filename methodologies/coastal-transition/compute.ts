import type { z } from 'zod'
import type { LulcClass } from './class.schema.ts'
import { lastYear } from './input.rules.ts'
import type { Output } from './output.schema.ts'
import { ID, VERSION, type inputSchema } from './spec.ts'
import { type Stocks, runTimeline } from './timeline.ts'
import { npvByYear } from './valuation.ts'
import { collectWarnings } from './warnings.ts'

export type Input = z.output<typeof inputSchema>

/**
 * InVEST Coastal Blue Carbon for one site: stocks, net sequestration per
 * period and NPV. Pure: no I/O, no clock; the same input gives the same output.
 *
 * @param input validated by `inputSchema` (snapshot order, known classes, price coverage)
 * @returns per-hectare values, or whole-site values when `areaHa` is given
 * @example compute(inputSchema.parse(json)).totalNetSequestration
 * @see shared/docs/references/invest-cbc.md
 */
export function compute(input: Input): Output {
  const classes = new Map<string, LulcClass>(input.classes.map((c) => [c.lulcClass, c]))
  const baselineYear = input.snapshots[0]?.year ?? 0
  const analysisYear = lastYear(input)
  const timeline = runTimeline(classes, input.snapshots, input.transitions, analysisYear)

  const netByYear = new Map(timeline.yearly.map((r) => [r.year, r.netSequestration]))
  const npvYears = npvTargetYears(input.snapshots.map((s) => s.year), analysisYear)
  const npv = input.valuation ? npvByYear(input.valuation, netByYear, baselineYear, npvYears) : new Map<number, number>()

  const scale = input.areaHa ?? 1
  return {
    methodology: { id: ID, version: VERSION },
    areaHa: input.areaHa ?? null,
    basis: input.areaHa === undefined ? 'perHectare' : 'site',
    periods: timeline.periods.map((p) => ({
      from: p.from,
      to: p.to,
      accumulation: p.accumulation * scale,
      emissions: p.emissions * scale,
      netSequestration: p.netSequestration * scale,
    })),
    totalNetSequestration: scale * timeline.periods.reduce((a, p) => a + p.netSequestration, 0),
    npv: Object.fromEntries([...npv].map(([year, value]) => [String(year), value * scale])),
    stocks: Object.fromEntries([...timeline.stocks].map(([year, s]) => [String(year), scaleStocks(s, scale)])),
    yearly: timeline.yearly.map((r) => ({
      year: r.year,
      class: r.class,
      stocks: scaleStocks(r.stocks, scale),
      accumulation: r.accumulation * scale,
      emissions: r.emissions * scale,
      netSequestration: r.netSequestration * scale,
    })),
    valuationMode: input.valuation?.mode ?? null,
    warnings: collectWarnings(timeline, classes, input.valuation, input.snapshots[1]?.year ?? null),
  }
}

/**
 * Years InVEST writes net-present-value-at-[T] for: every snapshot year after
 * the baseline and the analysis year; with no transition, the analysis year
 * alone (`execute` and `execute_transition_analysis`).
 */
export function npvTargetYears(snapshotYears: readonly number[], analysisYear: number): number[] {
  return [...new Set([...snapshotYears.slice(1), analysisYear])].sort((a, b) => a - b)
}

function scaleStocks(s: Stocks, scale: number): Stocks {
  return { biomass: s.biomass * scale, soil: s.soil * scale, litter: s.litter * scale }
}
