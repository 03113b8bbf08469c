import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TRANSITION_ACTIONS } from './scenario.schema.ts'
import { compute, inputSchema } from './index.ts'

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
const ratio = num(0, 1)
const fractions = fc.record({ low: ratio, med: ratio, high: ratio })

const classRow = (name: string) =>
  fc.record({
    lulcClass: fc.constant(name),
    biomassInitial: num(0, 1000),
    soilInitial: num(0, 3000),
    litterInitial: num(0, 50),
    biomassAccumulation: num(0, 30),
    soilAccumulation: num(0, 30),
    litterAccumulation: num(0, 5),
    biomassHalfLife: fc.oneof(fc.constant(0), num(0.1, 50)),
    soilHalfLife: fc.oneof(fc.constant(0), num(0.1, 50)),
    biomassDisturbance: fractions,
    soilDisturbance: fractions,
  })

const valuation = fc.oneof(
  fc.record({
    priceSource: fc.constant('inflation' as const),
    mode: fc.constantFrom('dcf' as const, 'invest' as const),
    price: num(0, 500),
    inflationRatePercent: num(-5, 10),
    discountRatePercent: num(0, 12),
  }),
  fc.record({
    priceSource: fc.constant('table' as const),
    mode: fc.constantFrom('dcf' as const, 'invest' as const),
    // generated years run from 2000 to at most 2030 + 5·15 + 20 = 2125
    priceTable: fc.array(num(0, 500), { minLength: 126, maxLength: 126 }).map((ps) => ps.map((price, i) => ({ year: 2000 + i, price }))),
    discountRatePercent: num(0, 12),
  }),
)

/** A valid site: 1–4 classes, 1–6 snapshots with strictly increasing years, any transition table. */
const site = fc
  .integer({ min: 1, max: 4 })
  .chain((nClasses) => {
    const names = Array.from({ length: nClasses }, (_, i) => `class-${i}`)
    const cells = names.flatMap((from) => names.map((to) => ({ from, to })))
    return fc.record({
      classes: fc.tuple(...names.map(classRow)),
      transitions: fc
        .tuple(...cells.map(() => fc.option(fc.constantFrom(...TRANSITION_ACTIONS), { nil: undefined })))
        .map((actions) => cells.flatMap((c, i) => (actions[i] ? [{ ...c, action: actions[i] }] : []))),
      snapshots: fc
        .tuple(fc.integer({ min: 2000, max: 2030 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 15 }), fc.constantFrom(...names)), { maxLength: 5 }), fc.constantFrom(...names))
        .map(([start, later, first]) => {
          let year = start
          return [{ year, class: first }, ...later.map(([gap, c]) => ({ year: (year += gap), class: c }))]
        }),
      extraYears: fc.integer({ min: 0, max: 20 }),
      valuation: fc.option(valuation, { nil: undefined }),
    })
  })
  .map(({ extraYears, snapshots, ...rest }) => ({
    ...rest,
    snapshots,
    analysisYear: (snapshots[snapshots.length - 1]?.year ?? 2000) + extraYears,
  }))

const parse = (x: unknown) => inputSchema.parse(x)
const closeTo = (a: number, e: number) => Math.abs(a - e) <= 1e-9 + 1e-9 * Math.abs(e)

describe('coastal-transition properties', () => {
  it('every generated site is valid input', () => {
    fc.assert(fc.property(site, (x) => inputSchema.safeParse(x).success))
  })

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(site, (x) => {
        const input = parse(x)
        const before = structuredClone(input)
        expect(compute(input)).toEqual(compute(input))
        expect(input).toEqual(before)
      }),
    )
  })

  it('with an NCC-only table nothing changes after the first transition', () => {
    fc.assert(
      fc.property(site, (x) => {
        const names = x.classes.map((c) => c.lulcClass)
        const ncc = names.flatMap((from) => names.map((to) => ({ from, to, action: 'NCC' as const })))
        const result = compute(parse({ ...x, transitions: ncc }))
        for (const p of result.periods.slice(1)) {
          expect([p.accumulation, p.emissions, p.netSequestration]).toEqual([0, 0, 0])
        }
        const firstTransition = x.snapshots[1]?.year
        if (firstTransition === undefined) return
        const at = result.stocks[String(firstTransition)]
        for (const row of result.yearly.filter((r) => r.year >= firstTransition)) {
          expect([row.stocks.biomass, row.stocks.soil]).toEqual([at?.biomass, at?.soil])
        }
        expect(result.totalNetSequestration).toBe(result.periods[0]?.netSequestration ?? 0)
      }),
    )
  })

  it('scales linearly with areaHa', () => {
    fc.assert(
      fc.property(site, num(0.01, 10_000), (x, areaHa) => {
        const perHa = compute(parse(x))
        const site = compute(parse({ ...x, areaHa }))
        expect(site.basis).toBe('site')
        expect(closeTo(site.totalNetSequestration, areaHa * perHa.totalNetSequestration)).toBe(true)
        perHa.periods.forEach((p, i) => {
          expect(closeTo(site.periods[i]?.netSequestration ?? NaN, areaHa * p.netSequestration)).toBe(true)
          expect(closeTo(site.periods[i]?.emissions ?? NaN, areaHa * p.emissions)).toBe(true)
        })
        for (const [year, v] of Object.entries(perHa.npv)) expect(closeTo(site.npv[year] ?? NaN, areaHa * v)).toBe(true)
        for (const [year, s] of Object.entries(perHa.stocks)) {
          expect(closeTo(site.stocks[year]?.soil ?? NaN, areaHa * s.soil)).toBe(true)
          expect(closeTo(site.stocks[year]?.litter ?? NaN, areaHa * s.litter)).toBe(true)
        }
      }),
    )
  })

  it('keeps stocks and flows consistent', () => {
    fc.assert(
      fc.property(site, (x) => {
        const input = parse(x)
        const result = compute(input)
        const sumPeriods = result.periods.reduce((a, p) => a + p.netSequestration, 0)
        expect(closeTo(result.totalNetSequestration, sumPeriods)).toBe(true)
        for (const p of result.periods) {
          expect(p.emissions).toBeGreaterThanOrEqual(0)
          expect(closeTo(p.accumulation - p.emissions, p.netSequestration)).toBe(true)
        }
        // Biomass + soil change = net sequestration minus the litter that counts only in the baseline period.
        const baseline = input.classes.find((c) => c.lulcClass === input.snapshots[0]?.class)
        const baselineYears = (input.snapshots[1]?.year ?? input.analysisYear ?? 0) - (input.snapshots[0]?.year ?? 0)
        const first = result.stocks[String(input.snapshots[0]?.year)]
        const last = result.stocks[String(input.analysisYear)]
        const change = (last?.biomass ?? 0) + (last?.soil ?? 0) - (first?.biomass ?? 0) - (first?.soil ?? 0)
        const scale = Math.max(1, Math.abs(change), Math.abs(result.totalNetSequestration))
        expect(Math.abs(change - (result.totalNetSequestration - (baseline?.litterAccumulation ?? 0) * baselineYears))).toBeLessThan(1e-9 * scale)
      }),
    )
  })

  it('without transitions, InVEST-mode NPV is (analysis − baseline years) × the dcf NPV', () => {
    fc.assert(
      fc.property(site, valuation, (x, v) => {
        const single = { ...x, snapshots: x.snapshots.slice(0, 1) }
        const first = single.snapshots[0]?.year ?? 0
        const years = single.analysisYear - first
        const dcf = compute(parse({ ...single, valuation: { ...v, mode: 'dcf' } })).npv[String(single.analysisYear)] ?? NaN
        const invest = compute(parse({ ...single, valuation: { ...v, mode: 'invest' } })).npv[String(single.analysisYear)] ?? NaN
        expect(closeTo(invest, years * dcf)).toBe(true)
      }),
    )
  })
})
