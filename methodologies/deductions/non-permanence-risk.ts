import { warning } from '../shared/warnings.ts'
import type { Warning } from '../shared/warnings.ts'
import type { NonPermanenceOutcome, NonPermanenceRiskInput } from './non-permanence-schema.ts'
import { lsScore, MIN_BUFFER_PERCENT, MITIGATION_FACTOR } from './nprt-tables.ts'

const HAZARDS = ['typhoon', 'pestsAndDisease', 'seaLevelRise', 'fire', 'geological'] as const

function sumDefined(values: (number | undefined)[]): { total: number; missing: boolean } {
  let total = 0
  let missing = false
  for (const v of values) {
    if (v === undefined) missing = true
    else total += v
  }
  return { total, missing }
}

/**
 * Buffer share from an NPRT-structured risk score: overall rating =
 * internal + external + Σ natural (LS × M), withheld as % of net removals,
 * never below the tool's minimum; any FAIL withholds everything.
 *
 * @returns the outcome (bufferRatio 0–1) and warnings to show with the estimate
 * @example nonPermanenceBuffer({ method: 'fixed', bufferPercent: 15 }).outcome.bufferRatio // 0.15
 * @see VCS AFOLU Non-Permanence Risk Tool v4.2 (peers.md §3.3; Table 10 via greentryst)
 */
export function nonPermanenceBuffer(risk: NonPermanenceRiskInput): { outcome: NonPermanenceOutcome; warnings: Warning[] } {
  if (risk.method === 'fixed') {
    return {
      outcome: {
        method: 'fixed',
        internalScore: 0,
        externalScore: 0,
        naturalScore: 0,
        naturalByHazard: {},
        overallRiskRating: risk.bufferPercent,
        minimumPercentApplied: false,
        failed: false,
        bufferRatio: risk.bufferPercent / 100,
      },
      warnings: [],
    }
  }
  const warnings: Warning[] = []
  const { projectManagement, financialViability, opportunityCost, projectLongevity } = risk.internal
  const { landTenure, communityEngagement, politicalRisk } = risk.external
  // Absent keys must count as "not assessed", so list them rather than Object.values().
  const internal = sumDefined([projectManagement, financialViability, opportunityCost, projectLongevity])
  const external = sumDefined([landTenure, communityEngagement, politicalRisk])
  if (internal.missing || external.missing) {
    warnings.push(
      warning(
        'nprt-scores-not-assessed',
        'Some NPRT internal/external risk scores were not given and count as 0; their scoring tables were not retrieved (peers.md §3.3). Enter them from the official tool.',
        '部分 NPRT 内部/外部风险得分未填写，按 0 计；其评分表未能获取（peers.md §3.3），请按官方工具填写。',
      ),
    )
  }
  const naturalByHazard: Record<string, number | 'FAIL'> = {}
  let naturalScore = 0
  let failed = false
  for (const name of HAZARDS) {
    const h = risk.natural[name]
    const ls = lsScore(h.significance, h.likelihood)
    if (ls === 'FAIL') {
      failed = true
      naturalByHazard[name] = 'FAIL'
      continue
    }
    const subtotal = ls * MITIGATION_FACTOR[h.mitigation]
    naturalByHazard[name] = subtotal
    naturalScore += subtotal
  }
  const overallRiskRating = internal.total + external.total + naturalScore
  const minimumPercentApplied = !failed && overallRiskRating < MIN_BUFFER_PERCENT
  const bufferPercent = failed ? 100 : Math.min(100, Math.max(MIN_BUFFER_PERCENT, overallRiskRating))
  if (failed) {
    warnings.push(
      warning(
        'nprt-fail',
        'A natural risk is catastrophic and more frequent than once per 10 years: under the NPRT the project fails; all removals are withheld.',
        '存在十年一遇以上的灾难性自然风险：按 NPRT 项目不合格，全部清除量扣留。',
      ),
    )
  }
  warnings.push(
    warning(
      'nprt-minimum-unverified',
      `Buffer ${bufferPercent} %: minimum withholding taken as ${MIN_BUFFER_PERCENT} % (NPRT v4.0); v4.1/4.2 raised the minimum by an amount not verified.`,
      `缓冲比例 ${bufferPercent}%：最低扣留按 ${MIN_BUFFER_PERCENT}%（NPRT v4.0）计；v4.1/4.2 已提高最低值，具体数值未核实。`,
    ),
  )
  return {
    outcome: {
      method: 'nprt',
      internalScore: internal.total,
      externalScore: external.total,
      naturalScore,
      naturalByHazard,
      overallRiskRating,
      minimumPercentApplied,
      failed,
      bufferRatio: bufferPercent / 100,
    },
    warnings,
  }
}
