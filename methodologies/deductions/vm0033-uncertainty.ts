import { percentText } from './percent-text.ts'
import type { UncertaintyRuleApplied } from './year-rows.ts'

/** VM0033 v2.1 Eq. 92 allowable uncertainty by confidence level. */
export const VM0033_ALLOWABLE_PERCENT = { 90: 20, 95: 30 } as const

export type Vm0033Confidence = keyof typeof VM0033_ALLOWABLE_PERCENT

/**
 * Share of NER deducted under VM0033 Eq. 92:
 * adjusted_NER = NER × (100 % − NER_ERROR + allowable_uncert), with no
 * deduction once the precision target is met (min(1, …)).
 *
 * @param nerErrorPercent NER_ERROR, % (Eq. 91)
 * @param confidence 90 (allowable 20 %) or 95 (allowable 30 %)
 * @returns deduction as a ratio of NER (0–1)
 * @example vm0033DeductionRatio(25, 90) // 0.05
 * @see VM0033 v2.1 Eq. 92 (methodologies.md §6(b))
 */
export function vm0033DeductionRatio(nerErrorPercent: number, confidence: Vm0033Confidence): number {
  const excessPercent = nerErrorPercent - VM0033_ALLOWABLE_PERCENT[confidence]
  return Math.min(1, Math.max(0, excessPercent / 100))
}

/** The rule as applied: its ratio and the one-line text for the result's `deductions.uncertaintyRule`. */
export function vm0033Uncertainty(nerErrorPercent: number, confidence: Vm0033Confidence): UncertaintyRuleApplied {
  const ratio = vm0033DeductionRatio(nerErrorPercent, confidence)
  return {
    kind: 'vm0033',
    ratio,
    rule: `VM0033 Eq. 92: NER_ERROR = ${nerErrorPercent} % vs allowable ${VM0033_ALLOWABLE_PERCENT[confidence]} % at ${confidence} % confidence → deduction ${percentText(ratio)} % of NER`,
  }
}
