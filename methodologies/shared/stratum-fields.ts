import type { z } from 'zod'
import { defaultedQuantity, quantity } from '../fields.ts'
import { assumption } from './citations.ts'
import { addBilingualIssue } from './issues.ts'

/** A stratum's share of the site; the whole site is one stratum unless strata are given. */
export const stratumAreaPercentField = defaultedQuantity({
  unit: 'percent',
  about: { en: 'Share of the site area in this stratum', zh: '该碳层占地块面积的比例' },
  default: 100,
  min: 0,
  exclusiveMin: true,
  max: 100,
  source: assumption('The whole site is one stratum unless strata are given'),
})

/** Planting year of a stratum; absent means the first crediting year (the compute decides that). */
export const plantingYearField = quantity({
  unit: 'year',
  about: { en: 'Planting year (default: first crediting year)', zh: '造林年份（默认：计入期首年）' },
  int: true,
  min: 1950,
  max: 2400,
}).optional()

/** A stratum planted after the crediting period ends would never be credited: refused at `strata[i].plantingYear`. */
export function checkPlantingYear(ctx: z.RefinementCtx, stratumIndex: number, plantingYear: number | undefined, lastYear: number): void {
  if (plantingYear !== undefined && plantingYear > lastYear) {
    addBilingualIssue(ctx, ['strata', stratumIndex, 'plantingYear'], {
      en: `Planting year ${plantingYear} is after the end of the crediting period (${lastYear})`,
      zh: `造林年份 ${plantingYear} 晚于计入期结束年份（${lastYear}）`,
    })
  }
}

/** Strata may not cover more than the whole site: refused at `strata`. */
export function checkStrataShareTotal(ctx: z.RefinementCtx, strata: readonly { areaPercent: number }[]): void {
  let areaPercentSum = 0
  for (const s of strata) areaPercentSum += s.areaPercent
  // Tolerance for shares entered as decimals that should add to 100.
  if (areaPercentSum > 100 + 1e-6) {
    addBilingualIssue(ctx, ['strata'], {
      en: `Strata cover ${areaPercentSum} % of the site; the total must not exceed 100 %`,
      zh: `各碳层合计占地块 ${areaPercentSum}%，不得超过 100%`,
    })
  }
}
