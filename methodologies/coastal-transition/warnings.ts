import type { LulcClass } from './class.schema.ts'
import type { Warning } from './output.schema.ts'
import type { Timeline } from './timeline.ts'
import type { Valuation } from './valuation.schema.ts'

/** Things the numbers alone do not say: where InVEST semantics may surprise the user. */
export function collectWarnings(
  timeline: Timeline,
  classes: ReadonlyMap<string, LulcClass>,
  valuation: Valuation | undefined,
  firstTransitionYear: number | null,
): Warning[] {
  const warnings: Warning[] = timeline.blankTransitions.map((t) => ({
    code: 'blank-transition-ncc',
    message: {
      en: `${t.year}: no transition cell for "${t.from}" → "${t.to}", read as no carbon change (NCC) as InVEST does; biomass and soil stop accumulating.`,
      zh: `${t.year}：转变“${t.from}”→“${t.to}”无单元格，按 InVEST 视为碳无变化（NCC）；生物量和土壤停止累积。`,
    },
  }))
  const afterTransition = timeline.yearly.filter((r) => firstTransitionYear !== null && r.year >= firstTransitionYear)
  if (afterTransition.some((r) => (classes.get(r.class)?.litterAccumulation ?? 0) !== 0)) {
    warnings.push({
      code: 'litter-not-counted-after-transition',
      message: {
        en: 'Litter accumulation after the first transition is tracked in litter stocks but not counted in net sequestration, as in InVEST.',
        zh: '首次转变后的凋落物累积计入凋落物储量，但按 InVEST 不计入净固碳量。',
      },
    })
  }
  const negative = [...timeline.stocks.values()].some((s) => s.biomass < 0 || s.soil < 0 || s.litter < 0)
  if (negative) {
    warnings.push({
      code: 'negative-stock',
      message: {
        en: 'A carbon stock falls below zero; check negative accumulation rates.',
        zh: '碳储量出现负值；请检查负的累积速率。',
      },
    })
  }
  if (valuation?.mode === 'invest') {
    warnings.push({
      code: 'invest-npv-not-time-matched',
      message: {
        en: "InVEST mode: NPV multiplies total net sequestration by the sum of all discounted prices up to each year, which is not a year-by-year discounted value; use 'dcf' for decisions.",
        zh: 'InVEST 模式：NPV 为总净固碳量乘以截至该年的各年贴现价格之和，并非逐年贴现值；决策请使用 dcf 模式。',
      },
    })
  }
  return warnings
}
