import { niceScale, type Scale } from './nice-scale.ts'

export type ChartYear = { year: number; netCreditsTco2e: number }

export type ChartBox = { width: number; height: number; left: number; right: number; top: number; bottom: number }

/** SVG user units; the SVG scales to its container through its viewBox. */
// The top margin leaves room for the axis titles above the highest tick label.
export const DEFAULT_BOX: ChartBox = { width: 400, height: 230, left: 52, right: 58, top: 24, bottom: 28 }

export type ChartModel = {
  box: ChartBox
  /** One bar per year: net credits of that year against the left axis (tCO2e). */
  bars: { year: number; value: number; x: number; y: number; width: number; height: number }[]
  /** Cumulative net credits against the right axis (tCO2e). */
  cumulative: { year: number; value: number; x: number; y: number }[]
  left: Scale & { at: { value: number; y: number }[] }
  right: Scale & { at: { value: number; y: number }[] }
  /** Year labels, thinned so at most about ten are shown. */
  xLabels: { year: number; x: number }[]
  zeroY: number
}

/**
 * Where every bar, point and tick of the net-credits chart goes. Pure, so
 * the geometry is tested in Node and the DOM part only draws it.
 *
 * @param years - yearly net credits (tCO2e), in year order
 * @example creditsChartModel([{ year: 2026, netCreditsTco2e: 10 }]).bars[0].value // 10
 */
export function creditsChartModel(years: readonly ChartYear[], box: ChartBox = DEFAULT_BOX): ChartModel {
  const plotWidth = box.width - box.left - box.right
  const plotHeight = box.height - box.top - box.bottom
  let running = 0
  const sums = years.map((y) => (running += y.netCreditsTco2e))
  const values = years.map((y) => y.netCreditsTco2e)
  const left = niceScale(Math.min(0, ...values), Math.max(0, ...values))
  const right = niceScale(Math.min(0, ...sums), Math.max(0, ...sums))
  const yOf = (s: Scale, v: number) => box.top + ((s.max - v) / (s.max - s.min)) * plotHeight
  const band = years.length ? plotWidth / years.length : plotWidth
  // Bars take 70 % of their band; the gap keeps neighbouring years apart.
  const barWidth = band * 0.7
  const zeroY = yOf(left, 0)
  const bars = years.map((y, i) => {
    const top = yOf(left, Math.max(0, y.netCreditsTco2e))
    const bottom = yOf(left, Math.min(0, y.netCreditsTco2e))
    return { year: y.year, value: y.netCreditsTco2e, x: box.left + i * band + (band - barWidth) / 2, y: top, width: barWidth, height: bottom - top }
  })
  const cumulative = years.map((y, i) => ({ year: y.year, value: sums[i]!, x: box.left + (i + 0.5) * band, y: yOf(right, sums[i]!) }))
  const every = Math.max(1, Math.ceil(years.length / 10))
  const xLabels = years
    .map((y, i) => ({ year: y.year, x: box.left + (i + 0.5) * band, i }))
    .filter((l) => l.i % every === 0)
    .map(({ year, x }) => ({ year, x }))
  return {
    box,
    bars,
    cumulative,
    left: { ...left, at: left.ticks.map((value) => ({ value, y: yOf(left, value) })) },
    right: { ...right, at: right.ticks.map((value) => ({ value, y: yOf(right, value) })) },
    xLabels,
    zeroY,
  }
}
