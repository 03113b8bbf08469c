import { carbonPriceQuote } from './carbon-price.ts'
import { cpiAdjustmentFactor, cpiChainSource } from './cpi.ts'
import { roundCny, roundQuantity, roundUnitPrice } from './money.ts'
import { discountFactor, presentValueCny } from './npv.ts'
import { sensitivityTable, type ValuedService } from './sensitivity.ts'
import { GEP_SERVICES } from './services/registry.ts'
import type { CarbonQuantity, ServiceContext } from './services/service.ts'
import type { GepSource } from './sources.ts'
import { userSource } from './sources.ts'
import type { GepOutput, ServiceRow } from './output.schema.ts'
import type { GepInput } from './spec.ts'

export const GEP_METHODOLOGY = { id: 'gep-valuation', version: '0.1.0' } as const

type Warning = GepOutput['warnings'][number]

const CARBON_ESTIMATE_SOURCE: GepSource = {
  id: 'input:carbon-estimate',
  document: 'Carbon estimate of the site, passed in with the valuation request',
  status: 'derived',
  quality: 'user',
}

/** Carbon per horizon year; years the estimate does not cover carry none (and a warning). */
function resolveCarbon(input: GepInput, years: readonly number[], warnings: Warning[]): CarbonQuantity | null {
  if (input.carbonSequestrationTco2ePerYear !== undefined) {
    return { byYear: years.map(() => input.carbonSequestrationTco2ePerYear ?? 0), source: CARBON_ESTIMATE_SOURCE }
  }
  if (!input.carbonSequestrationByYear) return null
  const byCalendarYear = new Map(input.carbonSequestrationByYear.map((row) => [row.year, row.tco2e]))
  const missing = years.filter((y) => !byCalendarYear.has(y))
  if (missing.length > 0) {
    warnings.push({
      code: 'carbon-years-missing',
      message: {
        en: `The carbon estimate does not cover ${missing.join(', ')}; those years carry no carbon or oxygen value.`,
        zh: `碳汇估算未覆盖 ${missing.join('、')} 年；这些年份不计固碳、释氧价值。`,
      },
    })
  }
  return { byYear: years.map((y) => byCalendarYear.get(y) ?? 0), source: CARBON_ESTIMATE_SOURCE }
}

/** CPI factor from the table, unless the caller gave one for that price year. */
function adjustmentFor(input: GepInput, priceYear: number): { factor: number; source: GepSource | null } {
  const given = input.priceAdjustmentFactors?.[String(priceYear)]
  if (given !== undefined) return { factor: given, source: userSource(`priceAdjustmentFactors.${priceYear}`) }
  const cpi = cpiAdjustmentFactor(priceYear, input.valuationYear)
  if (!cpi.ok) throw new Error(`CPI gap ${cpi.missingYears.join(',')} for ${priceYear}; the spec should have required a factor`)
  return { factor: cpi.factor, source: cpi.years.length > 0 ? cpiChainSource(cpi.years) : null }
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length

/**
 * GEP of a site: each service's yearly quantity × unit price brought to valuation-year
 * money, totals per class and per year, NPV and a ±20 % sensitivity table.
 * Pure: no I/O, no clock; CNY rounded to 2 decimals only in the returned object.
 */
export function computeGep(input: GepInput): GepOutput {
  const years = Array.from({ length: input.horizonYears }, (_, i) => input.valuationYear + i)
  const warnings: Warning[] = []
  const ctx: ServiceContext = {
    ecosystem: input.ecosystem,
    areaHa: input.areaHa,
    years,
    valuationYear: input.valuationYear,
    carbon: resolveCarbon(input, years, warnings),
    carbonPrice: carbonPriceQuote(input.carbonPrice, input.valuationYear),
  }
  const servicesInput = input.services as Record<string, unknown>
  const rows: ServiceRow[] = []
  const valued: (ValuedService & { class: ServiceRow['class'] })[] = []

  for (const service of GEP_SERVICES) {
    if (!service.appliesTo(input.ecosystem)) continue
    const base = { id: service.id, class: service.class, name: service.name, quantityUnit: service.quantityUnit, unitPriceUnit: service.unitPriceUnit }
    const resolution = service.resolve(service.inputKey ? servicesInput[service.inputKey] : {}, ctx)
    if (resolution.status === 'needs-input') {
      warnings.push({ code: `${service.id}-needs-input`, message: resolution.message })
      rows.push({
        ...base,
        status: 'needs-input',
        quantity: null,
        unitPrice: null,
        priceYear: null,
        priceAdjustmentFactor: null,
        priceAdjustedToValuationYear: null,
        valueCnyPerYear: null,
        message: resolution.message,
        source: { quantity: null, unitPrice: null, priceAdjustment: null },
      })
      continue
    }
    const adjustment = resolution.adjustForCpi
      ? adjustmentFor(input, resolution.price.priceYear)
      : { factor: 1, source: null }
    const adjustedPriceCny = resolution.price.valueCny * adjustment.factor
    const valuesByYearCny = resolution.quantityByYear.map((q) => q * adjustedPriceCny)
    valued.push({
      serviceId: service.id,
      class: service.class,
      priceParameter: service.priceParameter,
      quantityParameter: service.quantityParameter,
      valuesByYearCny,
    })
    rows.push({
      ...base,
      status: 'ok',
      quantity: roundQuantity(mean(resolution.quantityByYear)),
      unitPrice: roundUnitPrice(resolution.price.valueCny),
      priceYear: resolution.price.priceYear,
      priceAdjustmentFactor: roundQuantity(adjustment.factor),
      priceAdjustedToValuationYear: roundUnitPrice(adjustedPriceCny),
      valueCnyPerYear: roundCny(mean(valuesByYearCny)),
      source: { quantity: resolution.quantitySource, unitPrice: resolution.price.source, priceAdjustment: adjustment.source },
    })
  }

  const skipped = rows.filter((r) => r.status === 'needs-input')
  if (skipped.length > 0) {
    warnings.push({
      code: 'totals-exclude-services',
      message: {
        en: `Totals and NPV exclude services that need input: ${skipped.map((r) => r.name.en).join(', ')}.`,
        zh: `合计与净现值未包含待补充输入的服务：${skipped.map((r) => r.name.zh).join('、')}。`,
      },
    })
  }

  const flowsCny = years.map((_, i) => valued.reduce((sum, s) => sum + (s.valuesByYearCny[i] ?? 0), 0))
  const classMean = (cls: ServiceRow['class']) =>
    roundCny(valued.filter((s) => s.class === cls).reduce((sum, s) => sum + mean(s.valuesByYearCny), 0))

  return {
    methodology: { ...GEP_METHODOLOGY },
    ecosystem: input.ecosystem,
    areaHa: input.areaHa,
    valuationYear: input.valuationYear,
    horizonYears: input.horizonYears,
    discountRatePercent: input.discountRatePercent,
    services: rows,
    totalsByClass: { material: classMean('material'), regulating: classMean('regulating'), cultural: classMean('cultural') },
    totalCnyPerYear: roundCny(mean(flowsCny)),
    years: years.map((year, i) => ({
      year,
      valueCny: roundCny(flowsCny[i] ?? 0),
      discountedCny: roundCny((flowsCny[i] ?? 0) * discountFactor(i, input.discountRatePercent)),
    })),
    npvCny: roundCny(presentValueCny(flowsCny, input.discountRatePercent)),
    sensitivity: sensitivityTable(valued, input.discountRatePercent),
    warnings,
  }
}
