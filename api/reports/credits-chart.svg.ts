import { html, type SafeHtml } from './html.ts'
import { niceTicks } from './nice-number.ts'
import type { Translate } from './report-i18n.ts'

export type CreditYear = { year: number; netCreditsTco2e: number }

const W = 680
const H = 260
const M = { left: 64, right: 72, top: 28, bottom: 34 }
const BAR = '#2f7d5b'
const LINE = '#1d4ed8'

/** Running sum, in order. */
export function cumulative(values: readonly number[]): number[] {
  let sum = 0
  return values.map((v) => (sum += v))
}

function scale(ticks: number[], pxLow: number, pxHigh: number) {
  const lo = ticks[0]!
  const hi = ticks.at(-1)!
  return (v: number) => pxLow + ((v - lo) / (hi - lo)) * (pxHigh - pxLow)
}

/**
 * Bars of yearly net credits (left axis) and a line of cumulative net credits
 * (right axis), as inline SVG for the printed report.
 */
export function renderCreditsChart(years: readonly CreditYear[], t: Translate, formatNumber: (v: number) => string): SafeHtml {
  const yearly = years.map((y) => y.netCreditsTco2e)
  const running = cumulative(yearly)
  const leftTicks = niceTicks(Math.min(...yearly), Math.max(...yearly))
  const rightTicks = niceTicks(Math.min(...running), Math.max(...running))
  const plotBottom = H - M.bottom
  const yLeft = scale(leftTicks, plotBottom, M.top)
  const yRight = scale(rightTicks, plotBottom, M.top)
  const slot = (W - M.left - M.right) / Math.max(years.length, 1)
  const xMid = (i: number) => M.left + slot * (i + 0.5)
  const labelEvery = Math.ceil(years.length / 12)
  const zeroY = yLeft(0)

  const bars = years.map((y, i) => {
    const top = Math.min(yLeft(y.netCreditsTco2e), zeroY)
    const height = Math.abs(yLeft(y.netCreditsTco2e) - zeroY)
    return html`<rect x="${(xMid(i) - slot * 0.35).toFixed(1)}" y="${top.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${height.toFixed(1)}" fill="${BAR}"/>`
  })
  const line = running.map((v, i) => `${i === 0 ? 'M' : 'L'}${xMid(i).toFixed(1)} ${yRight(v).toFixed(1)}`).join('')
  const gridLeft = leftTicks.map(
    (v) => html`<line x1="${M.left}" x2="${W - M.right}" y1="${yLeft(v).toFixed(1)}" y2="${yLeft(v).toFixed(1)}" stroke="#ddd"/><text x="${M.left - 6}" y="${(yLeft(v) + 4).toFixed(1)}" text-anchor="end">${formatNumber(v)}</text>`,
  )
  const labelsRight = rightTicks.map(
    (v) => html`<text x="${W - M.right + 6}" y="${(yRight(v) + 4).toFixed(1)}" fill="${LINE}">${formatNumber(v)}</text>`,
  )
  const xLabels = years.map((y, i) =>
    i % labelEvery === 0 ? html`<text x="${xMid(i).toFixed(1)}" y="${plotBottom + 16}" text-anchor="middle">${y.year}</text>` : null,
  )

  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${t('Estimate.ChartTitle')}" font-size="10" fill="#222">
${gridLeft}
${bars}
<line x1="${M.left}" x2="${W - M.right}" y1="${zeroY.toFixed(1)}" y2="${zeroY.toFixed(1)}" stroke="#555"/>
<path d="${line}" fill="none" stroke="${LINE}" stroke-width="2"/>
${labelsRight}
${xLabels}
<rect x="${M.left}" y="6" width="10" height="10" fill="${BAR}"/><text x="${M.left + 14}" y="15">${t('Estimate.Yearly')}</text>
<line x1="${M.left + 200}" x2="${M.left + 220}" y1="11" y2="11" stroke="${LINE}" stroke-width="2"/><text x="${M.left + 224}" y="15" fill="${LINE}">${t('Estimate.Cumulative')}</text>
</svg>`
}
