import { z } from 'zod'
import { quantity } from '../fields.ts'
import type { Citation } from '../types.ts'
import { COLLATERAL_SOURCES as S } from './sources.ts'
import { reversalRiskSchema } from './spec.ts'

export const INSURANCE_TRIGGERS = ['typhoon_index', 'area_loss'] as const

export const insuranceInputSchema = z.strictObject({
  trigger: z.enum(INSURANCE_TRIGGERS),
  sumInsuredFen: quantity({ unit: 'fen', about: { en: 'Sum insured', zh: '保险金额' }, int: true, min: 1, max: 1e15 }),
  loadingPercent: quantity({
    unit: 'percent',
    about: {
      en: 'Loading on the expected loss (costs, capital, tax, profit); the 韶关 rating adds 25.52 % in all',
      zh: '期望损失之上的附加费率（费用、资本、税、利润）；韶关巨灾保险定价合计 25.52%',
    },
    source: S.insuranceLoading,
    min: 0,
    max: 500,
  }),
  termYears: quantity({ unit: 'years', about: { en: 'Cover term', zh: '保险期限' }, int: true, min: 1, max: 50 }),
  risks: reversalRiskSchema,
})
export type InsuranceInput = z.output<typeof insuranceInputSchema>

export type InsuranceQuote = {
  indicative: true
  label: { en: string; zh: string }
  trigger: (typeof INSURANCE_TRIGGERS)[number]
  expectedAnnualLossFen: number
  annualPremiumFen: number
  termPremiumFen: number
  rateOnLinePercent: number
  formula: string
  sources: Citation[]
}

/**
 * Indicative premium from the reversal model of the collateral valuation
 * (Poisson events, loss fraction per event):
 * - `typhoon_index`: a parametric cover paying the typhoon loss share of the
 *   sum insured for each triggering typhoon, whatever the loss on the ground:
 *   E[payout per year] = SI × λ_ty × f_ty.
 * - `area_loss`: an indemnity for the share of the stock lost to typhoon or
 *   dieback in the year; with K ~ Poisson(λ) events, E[(1 − f)^K] = e^{−λf}, so
 *   E[loss share] = 1 − e^{−(λ_ty·f_ty + λ_db·f_db)}.
 * Premium = expected loss × (1 + loading). Not a filed rate: no Guangdong
 * mangrove carbon-sink cover with these triggers was found (finance.md §5 gaps).
 */
export function quoteInsurance(input: InsuranceInput): InsuranceQuote {
  const r = input.risks
  const ty = r.typhoonEventsPerYear * (r.typhoonLossPercent / 100)
  const db = r.diebackEventsPerYear * (r.diebackLossPercent / 100)
  const lossShare = input.trigger === 'typhoon_index' ? ty : 1 - Math.exp(-(ty + db))
  const expectedAnnualLossFen = Math.round(input.sumInsuredFen * lossShare)
  const annualPremiumFen = Math.round(input.sumInsuredFen * lossShare * (1 + input.loadingPercent / 100))
  return {
    indicative: true,
    label: {
      en: 'Indicative premium from a model of typhoon and dieback losses, not an insurer’s offer',
      zh: '参考保费：基于台风与病虫害损失模型估算，并非保险公司报价',
    },
    trigger: input.trigger,
    expectedAnnualLossFen,
    annualPremiumFen,
    termPremiumFen: annualPremiumFen * input.termYears,
    rateOnLinePercent: Math.round(lossShare * (1 + input.loadingPercent / 100) * 1e6) / 1e4,
    formula:
      input.trigger === 'typhoon_index'
        ? 'premium = SI × λ_typhoon × f_typhoon × (1 + loading)'
        : 'premium = SI × (1 − exp(−(λ_typhoon·f_typhoon + λ_dieback·f_dieback))) × (1 + loading)',
    sources:
      input.trigger === 'typhoon_index'
        ? [S.severeTyphoonRate, S.typhoonLoss, S.insuranceLoading]
        : [S.severeTyphoonRate, S.typhoonLoss, S.diebackRate, S.diebackLoss, S.insuranceLoading],
  }
}
