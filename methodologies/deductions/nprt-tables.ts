/**
 * Tables of the VCS AFOLU Non-Permanence Risk Tool (NPRT) v4.2 that could be
 * sourced. The tool PDF itself was not retrieved (peers.md §3.3); Table 10 and
 * the mitigation factors come from a course that reproduces them
 * (greentryst VM0042 lesson 9_2, secondary). Internal and external sub-score
 * tables were NOT found: those scores are user inputs.
 */

/** Historic frequency of a natural-risk event (Table 10 columns). */
export const LIKELIHOODS = [
  'more-than-once-per-10yr',
  'once-per-10-to-25yr',
  'once-per-25-to-50yr',
  'once-per-50-to-100yr',
  'once-per-100yr-or-less',
] as const
export type Likelihood = (typeof LIKELIHOODS)[number]

/** Share of carbon stock lost per event (Table 10 rows); transient = full recovery within 10 years. */
export const SIGNIFICANCES = [
  'catastrophic',
  'devastating',
  'major',
  'minor',
  'insignificant-or-transient',
  'not-applicable',
] as const
export type Significance = (typeof SIGNIFICANCES)[number]

export const MITIGATIONS = ['none', 'one-measure', 'prevention-and-containment'] as const
export type Mitigation = (typeof MITIGATIONS)[number]

/** 'FAIL' marks a catastrophic loss more often than once per 10 years: the project is not eligible. */
export type LsScore = number | 'FAIL'

/** NPRT v4.2 Table 10: LS value by significance (row) and likelihood (column, in LIKELIHOODS order). */
export const LS_TABLE: Record<Significance, readonly [LsScore, LsScore, LsScore, LsScore, LsScore]> = {
  catastrophic: ['FAIL', 30, 20, 5, 4],
  devastating: [30, 20, 5, 4, 3],
  major: [20, 5, 4, 3, 2],
  minor: [5, 4, 3, 2, 1],
  'insignificant-or-transient': [4, 3, 2, 1, 1],
  'not-applicable': [0, 0, 0, 0, 0],
}

/** Mitigation factor M: 1.0 none, 0.5 one measure, 0.25 prevention and containment history. */
export const MITIGATION_FACTOR: Record<Mitigation, number> = {
  none: 1,
  'one-measure': 0.5,
  'prevention-and-containment': 0.25,
}

/**
 * Minimum buffer withholding, % of net removals. v4.0's floor was 10 (peers.md
 * §3.3, domain knowledge); v4.1/4.2 raised minimum withholdings by an amount
 * not verified, so 10 is a lower bound, flagged as such in the result.
 */
export const MIN_BUFFER_PERCENT = 10

/**
 * @returns the LS value of one natural risk
 * @example lsScore('minor', 'more-than-once-per-10yr') // 5
 */
export function lsScore(significance: Significance, likelihood: Likelihood): LsScore {
  return LS_TABLE[significance][LIKELIHOOD_COLUMN[likelihood]]
}

const LIKELIHOOD_COLUMN: Record<Likelihood, 0 | 1 | 2 | 3 | 4> = {
  'more-than-once-per-10yr': 0,
  'once-per-10-to-25yr': 1,
  'once-per-25-to-50yr': 2,
  'once-per-50-to-100yr': 3,
  'once-per-100yr-or-less': 4,
}
