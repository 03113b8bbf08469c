import type { AreaBasedResult, YearRow } from '../types.ts'

/** Which uncertainty rule a methodology applies, with its deduction ratio already worked out. */
export type UncertaintyApplied =
  /** AR-TOOL14 App.2: project removals lowered and baseline removals raised by the same ratio. */
  | { kind: 'ar-tool14'; ratio: number }
  /** VM0033 Eq. 92: a share of the year's NER. */
  | { kind: 'vm0033'; ratio: number }

/** An uncertainty rule as applied, with the one-line text the result shows as `deductions.uncertaintyRule`. */
export type UncertaintyRuleApplied = UncertaintyApplied & { rule: string }

export type DeductionRatios = {
  leakageRatio: number
  uncertainty: UncertaintyApplied
  bufferRatio: number
}

/**
 * Whole-site yearly streams in tCO2e, index 0 = first crediting year. Baseline
 * and emissions may be one number for every year (the common case), which
 * spares an array per estimate.
 */
export type YearStreams = {
  grossRemovals: ArrayLike<number>
  baseline: ArrayLike<number> | number
  projectEmissions: ArrayLike<number> | number
}

/**
 * Turns gross removals, baseline and project emissions into the contract's
 * year rows:
 * - leakage = leakageRatio × max(0, gross − baseline);
 * - uncertainty per the methodology's rule;
 * - buffer = bufferRatio × max(0, gross − baseline − leakage): the stock part
 *   of NER, excluding non-CO2 and fuel emissions (VM0033 Eq. 94);
 * - net = gross − baseline − emissions − leakage − uncertainty − buffer.
 * Every deduction is ≥ 0, so net never exceeds gross.
 *
 * @returns rows (one per year) and their totals, all in tCO2e
 * @see VM0033 v2.1 Eqs. 92–94; AR-TOOL14 App.2; AR-AM0014 Eq. 6
 */
export function buildYearRows(
  startYear: number,
  streams: YearStreams,
  ratios: DeductionRatios,
): Pick<AreaBasedResult, 'years' | 'totals'> {
  const n = streams.grossRemovals.length
  const years: YearRow[] = []
  let tGross = 0
  let tBaseline = 0
  let tEmissions = 0
  let tLeakage = 0
  let tUncertainty = 0
  let tBuffer = 0
  let tNet = 0
  const { leakageRatio, bufferRatio } = ratios
  // Hoisted out of the loop: this runs for every year of every site (benchmark: 10,000 × 40).
  const arTool14 = ratios.uncertainty.kind === 'ar-tool14'
  const uncertaintyRatio = ratios.uncertainty.ratio
  const grossStream = streams.grossRemovals
  const baselineStream = streams.baseline
  const emissionsStream = streams.projectEmissions
  const baselineConstant = typeof baselineStream === 'number' ? baselineStream : 0
  const emissionsConstant = typeof emissionsStream === 'number' ? emissionsStream : 0
  for (let i = 0; i < n; i++) {
    const gross = grossStream[i]!
    const baseline = typeof baselineStream === 'number' ? baselineConstant : baselineStream[i]!
    const emissions = typeof emissionsStream === 'number' ? emissionsConstant : emissionsStream[i]!
    const stockNet = gross - baseline
    const leakage = leakageRatio * Math.max(0, stockNet)
    const ner = stockNet - emissions - leakage
    const uncertaintyDeduction = arTool14
      ? uncertaintyRatio * (Math.max(0, gross) + Math.max(0, baseline))
      : uncertaintyRatio * Math.max(0, ner)
    const buffer = bufferRatio * Math.max(0, stockNet - leakage)
    const net = ner - uncertaintyDeduction - buffer
    years.push({
      year: startYear + i,
      grossRemovalsTco2e: gross,
      baselineTco2e: baseline,
      projectEmissionsTco2e: emissions,
      leakageTco2e: leakage,
      uncertaintyDeductionTco2e: uncertaintyDeduction,
      bufferTco2e: buffer,
      netCreditsTco2e: net,
    })
    tGross += gross
    tBaseline += baseline
    tEmissions += emissions
    tLeakage += leakage
    tUncertainty += uncertaintyDeduction
    tBuffer += buffer
    tNet += net
  }
  return {
    years,
    totals: {
      grossRemovalsTco2e: tGross,
      baselineTco2e: tBaseline,
      projectEmissionsTco2e: tEmissions,
      leakageTco2e: tLeakage,
      uncertaintyDeductionTco2e: tUncertainty,
      bufferTco2e: tBuffer,
      netCreditsTco2e: tNet,
    },
  }
}
