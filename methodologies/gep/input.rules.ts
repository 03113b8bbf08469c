import type { z } from 'zod'
import { addBilingualIssue } from '../shared/issues.ts'
import { cpiAdjustmentFactor } from './cpi.ts'
import type { Ecosystem } from './ecosystems.ts'
import { GEP_SERVICES } from './services/registry.ts'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * Cross-field rules (style.md §6): one carbon input form, unique carbon years, and a
 * CPI path (or an explicit factor) for every price year in use.
 */
export function checkCrossFields(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  if (value.carbonSequestrationTco2ePerYear !== undefined && value.carbonSequestrationByYear !== undefined) {
    addBilingualIssue(ctx, ['carbonSequestrationByYear'], {
      en: 'Give carbonSequestrationTco2ePerYear or carbonSequestrationByYear, not both',
      zh: '固碳量只能填写 carbonSequestrationTco2ePerYear 或 carbonSequestrationByYear 之一',
    })
  }
  if (Array.isArray(value.carbonSequestrationByYear)) {
    const seen = new Set<unknown>()
    value.carbonSequestrationByYear.forEach((row, i) => {
      if (!isRecord(row)) return
      if (seen.has(row.year)) {
        addBilingualIssue(ctx, ['carbonSequestrationByYear', i, 'year'], {
          en: `Year ${String(row.year)} appears twice in the carbon series`,
          zh: `碳汇序列中年份 ${String(row.year)} 重复`,
        })
      }
      seen.add(row.year)
    })
  }
  const valuationYear = value.valuationYear
  const ecosystem = value.ecosystem as Ecosystem
  if (typeof valuationYear !== 'number' || !Number.isInteger(valuationYear) || !isRecord(value.services)) return
  const factors = isRecord(value.priceAdjustmentFactors) ? value.priceAdjustmentFactors : {}
  const reported = new Set<number>()
  for (const service of GEP_SERVICES) {
    if (!service.inputKey || !service.appliesTo(ecosystem)) continue
    const serviceInput = value.services[service.inputKey]
    if (!isRecord(serviceInput)) continue
    const priceYear = service.priceYear(serviceInput as never, ecosystem)
    if (typeof priceYear !== 'number' || !Number.isInteger(priceYear) || reported.has(priceYear)) continue
    if (factors[String(priceYear)] !== undefined) continue
    const cpi = cpiAdjustmentFactor(priceYear, valuationYear)
    if (cpi.ok) continue
    reported.add(priceYear)
    addBilingualIssue(ctx, ['priceAdjustmentFactors', String(priceYear)], {
      en: `No CPI index for ${cpi.missingYears.join(', ')}: give the factor that brings ${priceYear} prices to ${valuationYear} (used by ${service.id})`,
      zh: `CPI 表缺少 ${cpi.missingYears.join('、')} 年指数：请填写将 ${priceYear} 年价格折算到 ${valuationYear} 年的系数（用于 ${service.name.zh}）`,
    })
  }
}

