import { z } from 'zod'
import { defaultedQuantity, quantity } from '../fields.ts'
import { COLLATERAL_SOURCES as S } from './sources.ts'

export const COLLATERAL_MODEL = { id: 'collateral-valuation', version: '1.0.0' } as const

/** Bounds that keep every path's value a finite, safe integer of fen (see compute.ts). */
export const MAX_TERM_YEARS = 50
export const MAX_PATHS = 1_000_000
export const MAX_UNITS_TCO2E = 100_000_000
export const MAX_CREDITS_PER_YEAR_TCO2E = 10_000_000
/** Price paths are capped here: above any carbon price ever seen (gep/carbon-price.ts). */
export const PRICE_CAP_CNY_PER_TCO2E = 100_000

const perYear = (about: { en: string; zh: string }, source: (typeof S)[keyof typeof S], value: number) =>
  defaultedQuantity({ unit: '1/yr', about, source, min: 0, max: 10, default: value })

const lossPercent = (about: { en: string; zh: string }, source: (typeof S)[keyof typeof S], value: number) =>
  defaultedQuantity({ unit: 'percent', about, source, min: 0, max: 100, default: value })

export const priceModelSchema = z.strictObject({
  startPriceCnyPerTco2e: quantity({
    unit: 'CNY/tCO2e',
    about: { en: 'Carbon price today (the latest price of the reference series unless given)', zh: '当前碳价（未填则取参考序列最新价格）' },
    min: 0,
    exclusiveMin: true,
    max: PRICE_CAP_CNY_PER_TCO2E,
  }),
  driftPercentPerYear: quantity({
    unit: 'percent/yr',
    about: { en: 'Expected price growth μ (E[S_t] = S_0·e^{μt}); estimated from the series unless given', zh: '碳价预期增长率 μ；未填则由序列估计' },
    min: -50,
    max: 50,
  }),
  volatilityPercentPerYear: quantity({
    unit: 'percent/yr',
    about: { en: 'Price volatility σ (annualised); estimated from the series unless given', zh: '碳价年化波动率 σ；未填则由序列估计' },
    source: S.volatility,
    min: 0,
    max: 200,
  }),
})

export const reversalRiskSchema = z.strictObject({
  typhoonEventsPerYear: perYear({ en: 'Damaging (severe) typhoons per year at the site', zh: '每年造成损害的强台风次数' }, S.severeTyphoonRate, 0.133),
  typhoonLossPercent: lossPercent({ en: 'Share of the carbon stock lost per damaging typhoon', zh: '每次强台风损失的碳储量比例' }, S.typhoonLoss, 6.1),
  diebackEventsPerYear: perYear({ en: 'Pest or dieback outbreaks per year at the site', zh: '每年病虫害或枯死暴发次数' }, S.diebackRate, 0.1),
  diebackLossPercent: lossPercent({ en: 'Share of the carbon stock lost per outbreak', zh: '每次暴发损失的碳储量比例' }, S.diebackLoss, 10),
})

export const collateralInputSchema = z.strictObject({
  termYears: quantity({ unit: 'years', about: { en: 'Loan term', zh: '贷款期限' }, int: true, min: 1, max: MAX_TERM_YEARS }),
  discountRatePercent: quantity({
    unit: 'percent',
    about: { en: 'Annual discount rate of the bank (no default: it is the bank’s own)', zh: '银行年贴现率（无默认值）' },
    min: 0,
    max: 50,
  }),
  ltvPercent: quantity({ unit: 'percent', about: { en: 'Loan-to-value applied to the lendable value', zh: '质押率（贷款额 / 可贷价值）' }, min: 0, exclusiveMin: true, max: 100 }),
  issuedUnitsTco2e: quantity({
    unit: 'tCO2e',
    about: { en: 'Issued credits pledged (held now, sold at the end of the term)', zh: '质押的已签发减排量（期末出售）' },
    int: true,
    min: 0,
    max: MAX_UNITS_TCO2E,
  }).default(0),
  futureCreditsTco2e: z
    .array(
      quantity({
        unit: 'tCO2e/yr',
        about: { en: 'Ex-ante credits expected in term year i+1 (income right, sold on delivery)', zh: '第 i+1 年预计签发量（收益权，签发即出售）' },
        min: 0,
        max: MAX_CREDITS_PER_YEAR_TCO2E,
      }),
    )
    .max(MAX_TERM_YEARS)
    .default([]),
  price: priceModelSchema,
  deliveryMeanRatio: defaultedQuantity({
    unit: 'ratio',
    about: { en: 'Mean ratio of verified to ex-ante credits', zh: '核证量与事前估算量之比的均值' },
    source: S.deliveryRatio,
    min: 0,
    max: 1.5,
    default: 0.85,
  }),
  deliverySdRatio: defaultedQuantity({
    unit: 'ratio',
    about: { en: 'Spread (standard deviation) of that ratio, drawn once per path, truncated to [0, 1.5]', zh: '该比值的标准差（每条路径抽取一次，截断于 [0, 1.5]）' },
    source: S.deliveryRatio,
    min: 0,
    max: 1,
    default: 0.15,
  }),
  risks: reversalRiskSchema.default({ typhoonEventsPerYear: 0.133, typhoonLossPercent: 6.1, diebackEventsPerYear: 0.1, diebackLossPercent: 10 }),
  bufferPercent: defaultedQuantity({
    unit: 'percent',
    about: { en: 'Buffer share withheld from each vintage; the buffer absorbs reversals first', zh: '每年份扣留的缓冲比例；逆转损失先由缓冲库承担' },
    source: S.bufferPercent,
    min: 0,
    max: 90,
    default: 11,
  }),
  bufferTco2e: quantity({
    unit: 'tCO2e',
    about: {
      en: 'Buffer credits now held against this project (default: issued × buffer% / (100 − buffer%))',
      zh: '当前为本项目持有的缓冲库减排量（默认：已签发量 × 缓冲比例 / (100 − 缓冲比例)）',
    },
    min: 0,
    max: MAX_UNITS_TCO2E,
  }).optional(),
  paths: defaultedQuantity({
    unit: 'count',
    about: { en: 'Monte Carlo paths', zh: '蒙特卡罗路径数' },
    source: { id: 'assumption-paths', document: '10,000 paths: standard error about 1 % of the spread of values', status: 'assumption' },
    int: true,
    min: 100,
    max: MAX_PATHS,
    default: 10_000,
  }),
  seed: defaultedQuantity({
    unit: 'count',
    about: { en: 'Random seed: the same inputs and seed give the same numbers', zh: '随机种子：相同输入与种子给出相同结果' },
    source: { id: 'assumption-seed', document: 'Any fixed seed; 1 by convention', status: 'assumption' },
    int: true,
    min: 0,
    max: 4_294_967_295,
    default: 1,
  }),
})

export type CollateralInput = z.output<typeof collateralInputSchema>
export type CollateralInputRaw = z.input<typeof collateralInputSchema>
export type ReversalRisks = z.output<typeof reversalRiskSchema>

export const RISK_KEYS = ['price-volatility', 'delivery', 'typhoon', 'dieback'] as const
export type RiskKey = (typeof RISK_KEYS)[number]

const fen = z.number().int()

export const collateralOutputSchema = z.object({
  model: z.object({ id: z.string(), version: z.string() }),
  paths: z.number().int(),
  seed: z.number().int(),
  termYears: z.number().int(),
  expectedValueFen: fen,
  standardErrorFen: fen,
  p5Fen: fen,
  p50Fen: fen,
  p95Fen: fen,
  var95Fen: fen,
  expectedShortfall95Fen: fen,
  recommendedHaircutPercent: z.number(),
  lendableValueFen: fen,
  ltvPercent: z.number(),
  maxLoanFen: fen,
  deterministicValueFen: fen,
  drivers: z.array(
    z.object({
      risk: z.enum(RISK_KEYS),
      expectedValueFen: fen,
      p5Fen: fen,
      deltaExpectedValueFen: fen,
      deltaP5Fen: fen,
      deltaExpectedShortfall95Fen: fen,
    }),
  ),
  histogram: z.object({ binEdgesFen: z.array(fen), counts: z.array(z.number().int()) }),
  definitions: z.object({ en: z.string(), zh: z.string() }),
})
export type CollateralOutput = z.infer<typeof collateralOutputSchema>
