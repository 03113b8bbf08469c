import type { GepSource } from './sources.ts'

/**
 * China national CPI, annual, previous year = 100 (国家统计局 全年居民消费价格比上年涨跌),
 * as announced in the NBS December CPI release of each year. The NBS site itself was
 * not in the searchable corpus; every value is read from a relay of that release.
 * Years missing here are not guessed: a price that needs them must come with an
 * explicit adjustment factor (`priceAdjustmentFactors` in the spec).
 */
type CpiEntry = { year: number; indexPrevYear100: number; source: GepSource }

function nbsRelay(year: number, percent: string, url: string, via: string): GepSource {
  return {
    id: `nbs-cpi-${year}`,
    document: `国家统计局 ${year}年12月份居民消费价格变动情况: ${year}年全年全国居民消费价格比上年${percent} (relay: ${via})`,
    url,
    status: 'secondary',
    quality: 'official-relay',
  }
}

export const CHINA_CPI_ANNUAL: readonly CpiEntry[] = [
  { year: 2011, indexPrevYear100: 105.4, source: nbsRelay(2011, '上涨5.4%', 'http://www.ming7.cn/dfpd/jingji/2012-01/12/content_14431832.htm', '统计局网站 via ming7.cn') },
  { year: 2012, indexPrevYear100: 102.6, source: nbsRelay(2012, '上涨2.6%', 'https://m.163.com/money/article/8KU8COD200253B0H.html', '网易财经') },
  { year: 2013, indexPrevYear100: 102.6, source: nbsRelay(2013, '上涨2.6%', 'http://www.cbtia.com/news/2014/1-9/H16244705.shtml', '中国砖瓦工业协会') },
  { year: 2014, indexPrevYear100: 102.0, source: nbsRelay(2014, '上涨2.0%', 'http://money.e23.cn/content/2015-01-09/2015010900027_2.html', '舜网') },
  { year: 2015, indexPrevYear100: 101.4, source: nbsRelay(2015, '上涨1.4%', 'http://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/sjfb_80675/201601/t20160111_2919564.html', '湖南省工业和信息化厅') },
  { year: 2016, indexPrevYear100: 102.0, source: nbsRelay(2016, '上涨2.0%', 'https://zibo.focus.cn/zixun/dd02052632793a8d.html', '搜狐焦点 (国家统计局)') },
  { year: 2017, indexPrevYear100: 101.6, source: nbsRelay(2017, '上涨1.6%', 'http://finance.dzwww.com/jiaodian/zxbb/201801/t20180110_16895061.html', '人民网 via 大众网') },
  { year: 2018, indexPrevYear100: 102.1, source: nbsRelay(2018, '上涨2.1%', 'https://news.shi-fen.com/china/201901/50-154923.html', '新京报') },
  { year: 2019, indexPrevYear100: 102.9, source: nbsRelay(2019, '上涨2.9%', 'https://yybnet.net/shanxi/news/202001/10099245.html', '新华社') },
  { year: 2020, indexPrevYear100: 102.5, source: nbsRelay(2020, '上涨2.5%', 'http://en.hongxingpaper.com/n2588025/n2588139/c16489389/content.html', '新华社') },
  { year: 2021, indexPrevYear100: 100.9, source: nbsRelay(2021, '上涨0.9%', 'http://chrbiz.cn/swlh/2022112140442.htm', '人民网') },
  { year: 2022, indexPrevYear100: 102.0, source: nbsRelay(2022, '上涨2.0%', 'http://february.zlkjw.com/G_3778127.html', '中新社') },
  { year: 2023, indexPrevYear100: 100.2, source: nbsRelay(2023, '上涨0.2%', 'https://www.gsjb.com/system/2024/01/12/030939578.shtml', '新华社') },
  { year: 2024, indexPrevYear100: 100.2, source: nbsRelay(2024, '上涨0.2%', 'https://wxredian.com/art?id=8e395205abbbae1bdf7d274f3cabfc98', '国家统计局网站 via 微信文摘') },
  { year: 2025, indexPrevYear100: 100.0, source: nbsRelay(2025, '持平', 'https://www.etnet.com.hk/www/tc/forex/news-article/20260109850', '經濟通') },
]

/**
 * Price years (1990–2100) and valuation years (2000–2100) are at most 110 years apart
 * once the spec has checked them; 200 leaves room for a wider spec without letting a
 * year like 1e308 into the loop below, which would never end (issue 9).
 */
export const MAX_CPI_SPAN_YEARS = 200

/** A programmer error: the spec bounds both years before anything calls this. */
function assertYearSpan(fromYear: number, toYear: number) {
  if (!Number.isSafeInteger(fromYear) || !Number.isSafeInteger(toYear) || Math.abs(toYear - fromYear) > MAX_CPI_SPAN_YEARS) {
    throw new RangeError(`cpiAdjustmentFactor(${fromYear}, ${toYear}): years must be integers at most ${MAX_CPI_SPAN_YEARS} apart`)
  }
}

const BY_YEAR = new Map(CHINA_CPI_ANNUAL.map((e) => [e.year, e]))

export type CpiFactor =
  | { ok: true; factor: number; years: number[] }
  | { ok: false; missingYears: number[] }

/**
 * Factor that brings a price of `fromYear` to `toYear`: the product of the annual
 * indices of the years after `fromYear` up to `toYear` (inverse when deflating).
 *
 * @param fromYear price year of the unit price
 * @param toYear valuation year
 * @returns ratio (dimensionless) and the index years used, or the years missing from the table
 * @example cpiAdjustmentFactor(2013, 2015) // { ok: true, factor: 1.020 × 1.014 = 1.03428, … }
 */
export function cpiAdjustmentFactor(fromYear: number, toYear: number): CpiFactor {
  assertYearSpan(fromYear, toYear)
  if (fromYear === toYear) return { ok: true, factor: 1, years: [] }
  const [lo, hi] = fromYear < toYear ? [fromYear, toYear] : [toYear, fromYear]
  const missingYears: number[] = []
  const years: number[] = []
  let chain = 1
  for (let y = lo + 1; y <= hi; y++) {
    const entry = BY_YEAR.get(y)
    if (!entry) missingYears.push(y)
    else {
      chain *= entry.indexPrevYear100 / 100
      years.push(y)
    }
  }
  if (missingYears.length > 0) return { ok: false, missingYears }
  return { ok: true, factor: fromYear < toYear ? chain : 1 / chain, years }
}

/**
 * One citation for a CPI chain: the indices used, with the per-year relay sources
 * listed in the methodology references as nbs-cpi-YYYY.
 */
export function cpiChainSource(years: readonly number[]): GepSource {
  const parts = years.map((y) => `${y}: ${BY_YEAR.get(y)?.indexPrevYear100}`)
  return {
    id: `nbs-cpi:${years[0]}-${years[years.length - 1]}`,
    document: '国家统计局 全国居民消费价格指数 (上年=100), annual, as announced in each December CPI release',
    locator: parts.join('; '),
    status: 'secondary',
    quality: 'official-relay',
    note: `Per-year sources: ${years.map((y) => `nbs-cpi-${y}`).join(', ')} in the methodology references.`,
  }
}
