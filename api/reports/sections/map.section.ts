import { html, type SafeHtml } from '../html.ts'
import { MAP_STYLE } from '../map-snapshot.svg.ts'
import type { NeighbourSiteRow } from '../report-queries.ts'
import { localName, type SectionContext } from './context.ts'

const swatch = (color: string, opacity: number) =>
  html`<span class="swatch" style="background:${color};opacity:${opacity};border-color:${color}"></span>`

export function mapSection(ctx: SectionContext, svg: SafeHtml, neighbours: readonly NeighbourSiteRow[]): SafeHtml {
  const { t, locale } = ctx
  const overlapping = neighbours.filter((n) => n.overlaps)
  return html`<section class="map-snapshot">
<h2>${t('Map.Heading')}</h2>
<figure>${svg}
<figcaption class="legend">
<span>${swatch(MAP_STYLE.site, 0.6)}${t('Map.ThisSite')}</span>
<span>${swatch(MAP_STYLE.overlap, 0.6)}${t('Map.Overlapping')}</span>
<span>${swatch(MAP_STYLE.neighbour, 0.4)}${t('Map.Neighbours')}</span>
<span>${swatch(MAP_STYLE.land, 1)}${t('Map.Land')}</span>
</figcaption>
</figure>
${
  overlapping.length > 0
    ? html`<p><strong>${t('Map.OverlapList')}:</strong> ${overlapping.map(
        (n, i) => html`${i > 0 ? '; ' : ''}${localName(n.name, n.nameEn, locale)} (${localName(n.projectName, n.projectNameEn, locale)})`,
      )}</p>`
    : html`<p class="note">${t('Map.NoOverlap')}</p>`
}
</section>`
}
