import { percentText } from './percent-text.ts'
import type { UncertaintyRuleApplied } from './year-rows.ts'

/**
 * AR-TOOL14 v04.2 Appendix 2: the conservative discount applied when the
 * uncertainty U (half-width of the 90 % confidence interval as % of the mean)
 * exceeds 10 %. The discount is a share of U, by band.
 * Ex-ante projections are "not subjected to uncertainty control" (para 48),
 * so the methodologies default U to 0 and still show the rule.
 */
const BANDS: { upToPercent: number; shareOfU: number }[] = [
  { upToPercent: 10, shareOfU: 0 },
  { upToPercent: 15, shareOfU: 0.25 },
  { upToPercent: 20, shareOfU: 0.5 },
  { upToPercent: 30, shareOfU: 0.75 },
  { upToPercent: Number.POSITIVE_INFINITY, shareOfU: 1 },
]

/**
 * Fraction by which project estimates are lowered (and baseline estimates raised).
 *
 * @param uncertaintyPercent U, 90 % CI half-width as % of the mean (0–100)
 * @returns discount as a ratio of the estimate (0–1)
 * @example arTool14DiscountRatio(15) // 0.0375 = 25 % × 15 %
 * @see AR-TOOL14 v04.2 Appendix 2 (methodologies.md §5(c))
 */
export function arTool14DiscountRatio(uncertaintyPercent: number): number {
  const band = BANDS.find((b) => uncertaintyPercent <= b.upToPercent) ?? BANDS[BANDS.length - 1]!
  return Math.min(1, (band.shareOfU * uncertaintyPercent) / 100)
}

/** The rule as applied to U: its ratio and the one-line text for the result's `deductions.uncertaintyRule`. */
export function arTool14Uncertainty(uncertaintyPercent: number): UncertaintyRuleApplied {
  const ratio = arTool14DiscountRatio(uncertaintyPercent)
  return {
    kind: 'ar-tool14',
    ratio,
    rule: `AR-TOOL14 App.2 stepped discount: U = ${uncertaintyPercent} % → discount ${percentText(ratio)} % of project removals (ex-ante default U = 0, para 48)`,
  }
}
