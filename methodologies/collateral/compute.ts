import { createSimulation, deterministicValueCny, type Simulation } from './simulate.ts'
import { RISK_KEYS, COLLATERAL_MODEL, type CollateralInput, type CollateralOutput, type RiskKey } from './spec.ts'
import { histogram, summarize, type SampleSummary } from './statistics.ts'

const HISTOGRAM_BINS = 30

/** CNY to integer fen, clamped to a safe integer (values are bounded by the spec well below it). */
export function toFen(cny: number): number {
  const fen = Math.round(cny * 100)
  return Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, fen))
}

const DEFINITIONS = {
  en:
    'Value = discounted sale proceeds of the delivered vintages (sold on delivery) plus the issued units left at the end of the term, per simulated path. ' +
    'VaR95 = expected value − P5; expected shortfall = expected value − mean of the worst 5 % of paths. ' +
    'Recommended haircut = VaR95 / expected value; lendable value = expected value × (1 − haircut) = P5; maximum loan = lendable value × LTV. ' +
    'Drivers: the same run with one risk switched off (same seed and draws); delta = that run − the full run.',
  zh:
    '价值 = 各路径上已交付年份减排量（交付即出售）的贴现收入 + 期末剩余已签发减排量的贴现价值。' +
    'VaR95 = 期望值 − P5；预期损失（ES）= 期望值 − 最差 5% 路径的均值。' +
    '建议折扣率 = VaR95 / 期望值；可贷价值 = 期望值 × (1 − 折扣率) = P5；最高贷款额 = 可贷价值 × 质押率。' +
    '风险驱动：关闭单一风险后以相同种子重算；差额 = 该结果 − 完整结果。',
}

/** The runs one valuation needs: the full model first, then one per risk switched off. */
export function createValuationRuns(input: CollateralInput): { full: Simulation; drivers: { risk: RiskKey; run: Simulation }[] } {
  return {
    full: createSimulation(input),
    drivers: RISK_KEYS.map((risk) => ({ risk, run: createSimulation(input, risk) })),
  }
}

/**
 * Turns finished runs into the result (all money in integer fen). `summaries`
 * may hold each run's summary already computed (a caller that yields between
 * them); missing ones are computed here.
 */
export function summarizeValuation(
  input: CollateralInput,
  runs: ReturnType<typeof createValuationRuns>,
  summaries: ReadonlyMap<Simulation, SampleSummary> = new Map(),
): CollateralOutput {
  const summaryOf = (run: Simulation) => summaries.get(run) ?? summarize(run.valuesCny)
  const full = summaryOf(runs.full)
  const ev = full.mean
  const var95 = ev - full.p5
  const haircut = ev > 0 ? Math.min(1, Math.max(0, var95 / ev)) : 0
  // Rounded up to 0.1 %: a haircut is a floor on prudence, never rounded down.
  const haircutPercent = Math.max(0, Math.ceil(haircut * 1000 - 1e-9) / 10)
  const lendable = ev * (1 - haircutPercent / 100)
  const hist = histogram(runs.full.valuesCny, HISTOGRAM_BINS)
  return {
    model: { ...COLLATERAL_MODEL },
    paths: input.paths,
    seed: input.seed,
    termYears: input.termYears,
    expectedValueFen: toFen(ev),
    standardErrorFen: toFen(full.standardError),
    p5Fen: toFen(full.p5),
    p50Fen: toFen(full.p50),
    p95Fen: toFen(full.p95),
    var95Fen: toFen(var95),
    expectedShortfall95Fen: toFen(ev - full.tailMean5),
    recommendedHaircutPercent: haircutPercent,
    lendableValueFen: toFen(lendable),
    ltvPercent: input.ltvPercent,
    maxLoanFen: Math.floor((toFen(lendable) * input.ltvPercent) / 100),
    deterministicValueFen: toFen(deterministicValueCny(input)),
    drivers: runs.drivers.map(({ risk, run }) => {
      const s = summaryOf(run)
      return {
        risk,
        expectedValueFen: toFen(s.mean),
        p5Fen: toFen(s.p5),
        deltaExpectedValueFen: toFen(s.mean - ev),
        deltaP5Fen: toFen(s.p5 - full.p5),
        deltaExpectedShortfall95Fen: toFen(s.mean - s.tailMean5 - (ev - full.tailMean5)),
      }
    }),
    histogram: { binEdgesFen: hist.edges.map(toFen), counts: hist.counts },
    definitions: DEFINITIONS,
  }
}

/**
 * Values carbon-sink collateral by Monte Carlo (see simulate.ts for the model).
 * Pure and deterministic: the same input (seed included) gives the same output.
 * Runs 1 + 4 simulations (the full model and one per risk switched off).
 *
 * @param input validated by collateralInputSchema (prices in CNY/tCO2e, rates in percent)
 * @returns values in integer fen
 * @example compute(collateralInputSchema.parse({ termYears: 5, discountRatePercent: 4, ltvPercent: 60, issuedUnitsTco2e: 10000, price: { startPriceCnyPerTco2e: 60, driftPercentPerYear: 2, volatilityPercentPerYear: 30 } }))
 */
export function computeCollateral(input: CollateralInput): CollateralOutput {
  const runs = createValuationRuns(input)
  runs.full.step(input.paths)
  for (const d of runs.drivers) d.run.step(input.paths)
  return summarizeValuation(input, runs)
}
