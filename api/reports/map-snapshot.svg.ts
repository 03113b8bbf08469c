import type { Basemap } from './basemap.ts'
import { clipRingToRect, type Point, type Rect } from './clip-ring.ts'
import { html, type SafeHtml } from './html.ts'
import { bboxOf, bboxesIntersect, frameBbox, project, type MapFrame } from './map-frame.ts'
import { niceFloor } from './nice-number.ts'
import type { Translate } from './report-i18n.ts'

export const MAP_STYLE = {
  sea: '#dcebf5',
  land: '#f2eee1',
  landStroke: '#b9ae8f',
  site: '#c81e1e',
  overlap: '#d97706',
  neighbour: '#4b5563',
} as const

export type MapLayers = {
  site: number[][][][]
  neighbours: { polygons: number[][][][]; overlaps: boolean }[]
  basemap: Basemap
}

/** SVG path data of polygons clipped to the frame; rings are closed, even-odd filled. */
function pathData(frame: MapFrame, polygons: number[][][][], rect: Rect): string {
  const view = frameBbox(frame)
  const parts: string[] = []
  for (const polygon of polygons) {
    if (!bboxesIntersect(bboxOf(polygon), view)) continue
    for (const ring of polygon) {
      const clipped = clipRingToRect(
        ring.map((p) => project(frame, p) as Point),
        rect,
      )
      if (clipped.length < 3) continue
      parts.push(`M${clipped.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z`)
    }
  }
  return parts.join('')
}

function formatDistance(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
}

/**
 * A static "map snapshot" of the site for print: the offline coastline, the other
 * visible sites (overlaps highlighted), the site itself, a scale bar, a north arrow
 * and the basemap attribution. Pure: no network, no browser.
 */
export function renderMapSnapshot(frame: MapFrame, layers: MapLayers, t: Translate): SafeHtml {
  const { widthPx: w, heightPx: h } = frame
  // One pixel beyond the frame, so clipped edges fall outside the visible border.
  const rect: Rect = { minX: -1, minY: -1, maxX: w + 1, maxY: h + 1 }
  const land = pathData(frame, layers.basemap.polygons, rect)
  const neighbours = layers.neighbours.filter((n) => !n.overlaps).flatMap((n) => n.polygons)
  const overlapping = layers.neighbours.filter((n) => n.overlaps).flatMap((n) => n.polygons)

  const scaleM = niceFloor(w * 0.25 * frame.metresPerPx)
  const scalePx = scaleM / frame.metresPerPx
  const sx = 16
  const sy = h - 18
  const scaleLabel = formatDistance(scaleM)
  // About 6.5 px per character at 11 px: enough box for the label without measuring text.
  const scaleBoxW = scalePx + 18 + scaleLabel.length * 6.5

  return html`<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${t('Map.Heading')}">
<rect x="0" y="0" width="${w}" height="${h}" fill="${MAP_STYLE.sea}"/>
<path d="${land}" fill="${MAP_STYLE.land}" stroke="${MAP_STYLE.landStroke}" stroke-width="0.8" fill-rule="evenodd"/>
<path d="${pathData(frame, neighbours, rect)}" fill="${MAP_STYLE.neighbour}" fill-opacity="0.18" stroke="${MAP_STYLE.neighbour}" stroke-width="1.2" fill-rule="evenodd"/>
<path d="${pathData(frame, overlapping, rect)}" fill="${MAP_STYLE.overlap}" fill-opacity="0.45" stroke="${MAP_STYLE.overlap}" stroke-width="1.5" fill-rule="evenodd"/>
<path d="${pathData(frame, layers.site, rect)}" fill="${MAP_STYLE.site}" fill-opacity="0.28" stroke="${MAP_STYLE.site}" stroke-width="2" fill-rule="evenodd"/>
<g class="scale-bar" font-size="11" fill="#111">
<rect x="${sx - 6}" y="${sy - 16}" width="${scaleBoxW.toFixed(1)}" height="26" fill="#fff" fill-opacity="0.75"/>
<path d="M${sx} ${sy - 4}V${sy + 2}H${(sx + scalePx).toFixed(1)}V${sy - 4}" fill="none" stroke="#111" stroke-width="1.5"/>
<text x="${(sx + scalePx + 6).toFixed(1)}" y="${sy + 2}">${scaleLabel}</text>
</g>
<g class="north-arrow" transform="translate(${w - 28} 14)">
<circle cx="0" cy="16" r="15" fill="#fff" fill-opacity="0.75"/>
<path d="M0 2L7 24L0 19L-7 24Z" fill="#111"/>
</g>
<text x="${w - 28}" y="50" font-size="11" text-anchor="middle" fill="#111">${t('Map.North')}</text>
<text x="${w - 6}" y="${h - 6}" font-size="9" text-anchor="end" fill="#333" stroke="#fff" stroke-width="3" paint-order="stroke">${t('Map.Basemap')}: ${layers.basemap.attribution}</text>
<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" fill="none" stroke="#555"/>
</svg>`
}
