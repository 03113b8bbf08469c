import type { InputObject } from './input.schema.ts'
import { MAX_SPAN_YEARS } from './scenario.schema.ts'

/** A cross-field problem, reported at the path of the offending value (style.md §6, §10). */
export type RuleIssue = { path: (string | number)[]; en: string; zh: string }

/** Listing every missing price year could be 200 numbers; the first few identify the gap. */
const MAX_YEARS_LISTED = 5

/**
 * Cross-field rules of the coastal-transition input, as values. spec.ts turns
 * them into zod custom issues; InVEST raises the equivalent ValueErrors at run
 * time (duplicate lulc-class, unknown class in the transition table, analysis
 * year before the last snapshot, missing price year).
 */
export function checkInput(input: InputObject): RuleIssue[] {
  return [...checkClasses(input), ...checkSnapshots(input), ...checkTransitions(input), ...checkPrices(input)]
}

export function lastYear(input: Pick<InputObject, 'snapshots' | 'analysisYear'>): number {
  const lastSnapshot = input.snapshots[input.snapshots.length - 1]
  return input.analysisYear ?? lastSnapshot?.year ?? 0
}

function checkClasses(input: InputObject): RuleIssue[] {
  const seen = new Set<string>()
  const issues: RuleIssue[] = []
  input.classes.forEach((c, i) => {
    if (seen.has(c.lulcClass)) {
      issues.push({
        path: ['classes', i, 'lulcClass'],
        en: `Class name "${c.lulcClass}" appears more than once; class names must be unique.`,
        zh: `类别名称“${c.lulcClass}”重复；类别名称必须唯一。`,
      })
    }
    seen.add(c.lulcClass)
  })
  return issues
}

function checkSnapshots(input: InputObject): RuleIssue[] {
  const known = new Set(input.classes.map((c) => c.lulcClass))
  const issues: RuleIssue[] = []
  input.snapshots.forEach((s, i) => {
    const previous = input.snapshots[i - 1]
    if (previous && s.year <= previous.year) {
      issues.push({
        path: ['snapshots', i, 'year'],
        en: `Snapshot years must be strictly increasing: ${s.year} follows ${previous.year}.`,
        zh: `快照年份必须严格递增：${s.year} 位于 ${previous.year} 之后。`,
      })
    }
    if (!known.has(s.class)) {
      issues.push({
        path: ['snapshots', i, 'class'],
        en: `Snapshot class "${s.class}" is not in the class table.`,
        zh: `快照类别“${s.class}”不在类别表中。`,
      })
    }
  })
  const first = input.snapshots[0]
  const last = input.snapshots[input.snapshots.length - 1]
  if (!first || !last) return issues
  if (input.analysisYear !== undefined && input.analysisYear < last.year) {
    issues.push({
      path: ['analysisYear'],
      en: `Analysis year ${input.analysisYear} must be >= the latest snapshot year (${last.year}).`,
      zh: `分析年 ${input.analysisYear} 必须不早于最后一个快照年份（${last.year}）。`,
    })
  }
  const span = lastYear(input) - first.year
  if (span > MAX_SPAN_YEARS) {
    issues.push({
      path: input.analysisYear !== undefined ? ['analysisYear'] : ['snapshots', input.snapshots.length - 1, 'year'],
      en: `The analysis spans ${span} years; at most ${MAX_SPAN_YEARS} are allowed.`,
      zh: `分析跨度为 ${span} 年；最多允许 ${MAX_SPAN_YEARS} 年。`,
    })
  }
  return issues
}

function checkTransitions(input: InputObject): RuleIssue[] {
  const known = new Set(input.classes.map((c) => c.lulcClass))
  const seen = new Set<string>()
  const issues: RuleIssue[] = []
  input.transitions.forEach((t, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!known.has(t[end])) {
        issues.push({
          path: ['transitions', i, end],
          en: `Transition ${end} class "${t[end]}" is not in the class table.`,
          zh: `转变${end === 'from' ? '转出' : '转入'}类别“${t[end]}”不在类别表中。`,
        })
      }
    }
    const key = JSON.stringify([t.from, t.to])
    if (seen.has(key)) {
      issues.push({
        path: ['transitions', i],
        en: `The transition "${t.from}" → "${t.to}" has more than one cell.`,
        zh: `转变“${t.from}”→“${t.to}”有多个单元格。`,
      })
    }
    seen.add(key)
  })
  return issues
}

function checkPrices(input: InputObject): RuleIssue[] {
  const valuation = input.valuation
  const first = input.snapshots[0]
  if (!valuation || valuation.priceSource !== 'table' || !first) return []
  const issues: RuleIssue[] = []
  const years = new Set<number>()
  valuation.priceTable.forEach((row, i) => {
    if (years.has(row.year)) {
      issues.push({
        path: ['valuation', 'priceTable', i, 'year'],
        en: `The price table lists year ${row.year} more than once.`,
        zh: `价格表中年份 ${row.year} 重复。`,
      })
    }
    years.add(row.year)
  })
  // Year y's price values the sequestration of year y, so baseline .. last-1 are needed (InVEST _calculate_npv).
  const missing: number[] = []
  // Counted by offset, not by year: a year such as -1e308 (refused by its field, but
  // rules may still see it) would never advance with y++ (issue 9).
  const span = lastYear(input) - first.year
  const offsets = Number.isSafeInteger(first.year) && Number.isSafeInteger(span) ? Math.min(span, MAX_SPAN_YEARS + 1) : 0
  for (let i = 0; i < offsets; i++) {
    if (!years.has(first.year + i)) missing.push(first.year + i)
  }
  if (missing.length > 0) {
    const listed = missing.slice(0, MAX_YEARS_LISTED).join(', ') + (missing.length > MAX_YEARS_LISTED ? ', …' : '')
    issues.push({
      path: ['valuation', 'priceTable'],
      en: `The price table must cover every year from ${first.year} to ${lastYear(input) - 1}; missing: ${listed}.`,
      zh: `价格表须覆盖 ${first.year} 至 ${lastYear(input) - 1} 的每一年；缺少：${listed}。`,
    })
  }
  return issues
}
