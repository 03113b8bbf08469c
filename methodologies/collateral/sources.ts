import type { Citation } from '../types.ts'

const ADDENDUM = 'shared/docs/references/finance-risk-addendum.md'
const FINANCE = 'shared/docs/references/finance.md'

/**
 * Where every default of the collateral model comes from. Rates and loss
 * fractions found for Zhanjiang itself are marked `derived`; where only
 * neighbouring sites (Hainan, Guangxi) had numbers, the note says so.
 */
export const COLLATERAL_SOURCES = {
  severeTyphoonRate: {
    id: 'addendum-3.2-severe-typhoons',
    document: `${ADDENDUM} §3.2 (strongest events affecting Zhanjiang)`,
    locator:
      '9615 (1996), Rammasun (2014), Mujigae (2015), Yagi (2024): four ≥ 15-level typhoons on Zhanjiang in 1996–2025, 4 / 30 yr ≈ 0.133 /yr (derived). All landfalls (any strength) are 0.76 /yr (§3.1): most do not damage mangroves measurably',
    status: 'derived',
  },
  typhoonLoss: {
    id: 'addendum-3.3-rammasun-dongzhai',
    document: `${ADDENDUM} §3.3: Sustainability 2026, 18(11):5594`,
    locator: 'Rammasun 2014 removed 6.10 % of Dongzhai (Hainan) mangrove area; 46 % recovered naturally within 6 years (recovery not credited here: conservative). No Zhanjiang figure exists',
    url: 'https://www.mdpi.com/2071-1050/18/11/5594/html',
    status: 'secondary',
  },
  diebackRate: {
    id: 'addendum-3.4-outbreaks',
    document: `${ADDENDUM} §3.4 (pest and dieback loss rates, South China)`,
    locator:
      'Outbreaks recorded 2004, 2007, 2010–2012, 2015, 2023 across Guangxi and Hainan (regional); one damaging outbreak per site per decade, 0.1 /yr, is our reading (no Guangdong rate was found)',
    status: 'assumption',
  },
  diebackLoss: {
    id: 'addendum-3.4-dongzhai-sphaeroma',
    document: `${ADDENDUM} §3.4: 团水虱 at Dongzhai 2010–2012`,
    locator: 'more than 100 of nearly 1,000 亩 dead (>10 %, derived)',
    url: 'http://m.uabf.cn/news/zhuanti/huanjing/wuran/20120816_85952.html',
    status: 'derived',
  },
  volatility: {
    id: 'addendum-4.2-gdea-vol',
    document: `${ADDENDUM} §4.2`,
    locator: 'GDEA 2019–2022 pooled daily log returns: 32.2 % a year; 25–35 % base case, ≥ 50 % stress (derived)',
    status: 'derived',
  },
  deliveryRatio: {
    id: 'assumption-delivery-ratio',
    document:
      'No published ratio of verified to ex-ante credits for Chinese blue-carbon projects was found (finance.md §7). Assumed mean 0.85 with spread 0.15: the default mangrove curve already starts slow (methodologies/README.md), so the mean is below 1 but not far',
    status: 'assumption',
  },
  bufferPercent: {
    id: 'nprt-zhanjiang-default',
    document: 'methodologies/deductions/risk-profiles.ts, ZHANJIANG_COASTAL_PROFILE (typhoon 5 + pests 5 + sea-level rise 1)',
    locator: 'VCS NPRT v4.2 Table 10 bands mapped from finance-risk-addendum.md §3 and §5',
    status: 'inferred',
  },
  valuationPattern: {
    id: 'finance-4.2-pattern',
    document: `${FINANCE} §4.2 (how collateral was valued)`,
    locator: 'value = tCO2e × reference price (national ETS price on the day, or the recent CCER average); no explicit LTV or haircut found',
    status: 'secondary',
  },
  parkinson: {
    id: 'parkinson-1980',
    document: 'Parkinson, M. (1980) The extreme value method for estimating the variance of the rate of return. Journal of Business 53(1):61–65',
    status: 'primary',
  },
  insuranceLoading: {
    id: 'finance-5-shaoguan-loading',
    document: `${FINANCE} §5 (韶关 catastrophe insurance rating)`,
    locator: 'safety loading 5 %; operating cost 10 %, risk capital 3 %, VAT 6.72 %, guarantee fund 0.8 %: 25.52 % in all (derived)',
    url: 'https://cgwenjian.com/view/file/202412100001586657',
    status: 'derived',
  },
} as const satisfies Record<string, Citation>
