import { describe, expect, it } from 'vitest'
import { compute, inputSchema } from './index.ts'
import { caseNames, expectClose, readExpected, readInput } from './test/fixtures.ts'

type InvestExpected = {
  periods: { from: number; to: number; netSequestration: number }[]
  totalNetSequestration: number
  npv: Record<string, number>
}

// InVEST's own regression numbers (tests/test_coastal_blue_carbon.py, TestCBC2),
// one case per pixel of its two-pixel rasters; valuation mode 'invest'.
describe('coastal-transition reproduces InVEST test expectations', () => {
  const names = caseNames('invest-')
  it('has the transcribed InVEST cases', () => {
    expect(names.length).toBe(8)
  })

  for (const name of names) {
    it(name, () => {
      const { expected, tolerance, source } = readExpected<InvestExpected>(name)
      expect(source.test).toMatch(/^TestCBC2\./)
      const result = compute(inputSchema.parse(readInput(name)))

      expect(result.periods.map((p) => [p.from, p.to])).toEqual(expected.periods.map((p) => [p.from, p.to]))
      expected.periods.forEach((p, i) => {
        const rtol = i === 0 ? (tolerance.baselinePeriodRelative ?? tolerance.relative) : tolerance.relative
        expectClose(result.periods[i]?.netSequestration, p.netSequestration, rtol, tolerance.absolute, `${p.from}-${p.to}`)
      })
      expectClose(result.totalNetSequestration, expected.totalNetSequestration, tolerance.relative, tolerance.absolute, 'total')
      for (const [year, npv] of Object.entries(expected.npv)) {
        expectClose(result.npv[year], npv, tolerance.relative, tolerance.absolute, `npv ${year}`)
      }
    })
  }
})

describe('coastal-transition output shape', () => {
  it('writes NPV at every snapshot after the baseline and at the analysis year, as InVEST does', () => {
    const result = compute(inputSchema.parse(readInput('invest-test-model-pixel-0')))
    expect(Object.keys(result.npv)).toEqual(['2010', '2020', '2030'])
    expect(Object.keys(result.stocks)).toEqual(['2000', '2010', '2020', '2030'])
  })

  it('reports stocks at the start of each snapshot year (hand values for pixel 0)', () => {
    const result = compute(inputSchema.parse(readInput('invest-test-model-pixel-0')))
    // 2010: biomass 64 + 2·10 = 84, soil 313 + 5.35·10 = 366.5, litter 3 + 1·10 = 13.
    expectClose(result.stocks['2010']?.biomass, 84, 1e-12, 1e-9, 'biomass 2010')
    expectClose(result.stocks['2010']?.soil, 366.5, 1e-12, 1e-9, 'soil 2010')
    expectClose(result.stocks['2010']?.litter, 13, 1e-12, 1e-9, 'litter 2010')
    // 2020: biomass 84 − 84·(1 − 0.5^(10/15)); soil 366.5 − 0.66·366.5·(1 − 0.5^(10/7.5)); parking-lot litter rate 0.
    expectClose(result.stocks['2020']?.biomass, 84 - 84 * (1 - 0.5 ** (10 / 15)), 1e-12, 1e-9, 'biomass 2020')
    expectClose(result.stocks['2020']?.soil, 366.5 - 0.66 * 366.5 * (1 - 0.5 ** (10 / 7.5)), 1e-12, 1e-9, 'soil 2020')
    expectClose(result.stocks['2020']?.litter, 13, 1e-12, 1e-9, 'litter 2020')
  })

  it('has one yearly row per year from the baseline to the year before the analysis year', () => {
    const result = compute(inputSchema.parse(readInput('invest-test-model-pixel-0')))
    expect(result.yearly.map((r) => r.year)).toEqual(Array.from({ length: 30 }, (_, i) => 2000 + i))
    expect(result.basis).toBe('perHectare')
    expect(result.methodology).toEqual({ id: 'coastal-transition', version: '1.0.0' })
  })

  it('warns that InVEST-mode NPV is not time-matched and that later litter is not counted', () => {
    const codes = compute(inputSchema.parse(readInput('invest-test-model-pixel-1'))).warnings.map((w) => w.code)
    expect(codes).toContain('invest-npv-not-time-matched')
    expect(codes).toContain('litter-not-counted-after-transition')
  })

  it('reads a missing transition cell as NCC and says so', () => {
    const input = readInput('invest-test-model-pixel-0') as { transitions: { from: string; to: string }[] }
    input.transitions = input.transitions.filter((t) => !(t.from === 'parking lot' && t.to === 'mangrove'))
    const result = compute(inputSchema.parse(input))
    // 2020 parking lot → mangrove is now blank: no accumulation, and the 2010 disturbance carries on with the
    // parking lot's half-life 0, so nothing is emitted either: the 2020–2030 period is 0 instead of 73.5.
    expect(result.periods[2]?.netSequestration).toBe(0)
    expect(result.warnings.map((w) => w.code)).toContain('blank-transition-ncc')
  })
})
