import { formatNumber } from '../format/number.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { creditsChartModel, type ChartYear } from './credits-chart-model.ts'

const SVG = 'http://www.w3.org/2000/svg'
const COLORS = { bar: '#1b9e77', negative: '#b42318', line: '#1d4ed8', axis: '#5b6b78', grid: '#e5e7eb' }

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v))
  if (text !== undefined) node.textContent = text
  return node
}

/**
 * Yearly net credits as bars (left axis) and their running total as a line
 * (right axis), hand-drawn SVG: no chart library, nothing fetched. Every bar
 * and point carries a tooltip with its exact figure.
 */
export function renderCreditsChart(years: readonly ChartYear[], lang: Lang): SVGSVGElement {
  const m = creditsChartModel(years)
  const { box } = m
  const root = svg('svg', { viewBox: `0 0 ${box.width} ${box.height}`, role: 'img', class: 'bc-chart' })
  root.dataset.testid = 'credits-chart'
  root.append(svg('title', {}, translate(lang, 'Estimate.ChartTitle')))
  const plotRight = box.width - box.right
  const plotBottom = box.height - box.bottom

  for (const t of m.left.at) {
    root.append(svg('line', { x1: box.left, x2: plotRight, y1: t.y, y2: t.y, stroke: COLORS.grid }))
    root.append(svg('text', { x: box.left - 4, y: t.y + 3, 'text-anchor': 'end', class: 'bc-chart-tick' }, formatNumber(t.value, lang)))
  }
  for (const t of m.right.at) {
    root.append(svg('text', { x: plotRight + 4, y: t.y + 3, 'text-anchor': 'start', class: 'bc-chart-tick bc-chart-right' }, formatNumber(t.value, lang)))
  }
  for (const l of m.xLabels) root.append(svg('text', { x: l.x, y: plotBottom + 14, 'text-anchor': 'middle', class: 'bc-chart-tick' }, String(l.year)))

  const bars = svg('g', { class: 'bc-chart-bars' })
  for (const b of m.bars) {
    const rect = svg('rect', { x: b.x, y: b.y, width: b.width, height: Math.max(b.height, 0.5), fill: b.value < 0 ? COLORS.negative : COLORS.bar })
    rect.dataset.year = String(b.year)
    rect.append(svg('title', {}, `${b.year}: ${formatNumber(b.value, lang)} tCO2e`))
    bars.append(rect)
  }
  root.append(bars)
  root.append(svg('line', { x1: box.left, x2: plotRight, y1: m.zeroY, y2: m.zeroY, stroke: COLORS.axis }))

  if (m.cumulative.length) {
    const points = m.cumulative.map((p) => `${p.x},${p.y}`).join(' ')
    root.append(svg('polyline', { points, fill: 'none', stroke: COLORS.line, 'stroke-width': 2, class: 'bc-chart-line' }))
    const dots = svg('g', { class: 'bc-chart-points' })
    for (const p of m.cumulative) {
      const dot = svg('circle', { cx: p.x, cy: p.y, r: 2.5, fill: COLORS.line })
      dot.dataset.year = String(p.year)
      dot.append(svg('title', {}, translate(lang, 'Estimate.CumulativeTip', { year: p.year, value: formatNumber(p.value, lang) })))
      dots.append(dot)
    }
    root.append(dots)
  }

  root.append(svg('text', { x: 4, y: 10, class: 'bc-chart-axis-title' }, translate(lang, 'Estimate.AxisYearly')))
  root.append(svg('text', { x: box.width - 4, y: 10, 'text-anchor': 'end', class: 'bc-chart-axis-title bc-chart-right' }, translate(lang, 'Estimate.AxisCumulative')))
  return root
}
