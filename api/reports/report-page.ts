import type { EstimateRow } from '../db/queries/estimates.ts'
import type { ValuationRow } from '../db/queries/valuations.ts'
import type { Locale } from '../errors/catalog.ts'
import type { Basemap } from './basemap.ts'
import { formatters } from './format.ts'
import { html, trustedMarkup } from './html.ts'
import type { MapFrame } from './map-frame.ts'
import { renderMapSnapshot } from './map-snapshot.svg.ts'
import { translator } from './report-i18n.ts'
import type { NeighbourSiteRow, ReportSiteRow } from './report-queries.ts'
import { REPORT_CSS } from './report-styles.ts'
import { citationsSection } from './sections/citations.section.ts'
import { localName, otherName, type SectionContext } from './sections/context.ts'
import { estimateSection } from './sections/estimate.section.ts'
import { mapSection } from './sections/map.section.ts'
import { summarySection } from './sections/summary.section.ts'
import { valuationSection } from './sections/valuation.section.ts'

export type ReportInput = {
  locale: Locale
  reportDate: Date
  site: ReportSiteRow
  neighbours: NeighbourSiteRow[]
  frame: MapFrame
  basemap: Basemap
  estimate: EstimateRow | undefined
  valuation: ValuationRow | undefined
}

/**
 * The printable project report as one self-contained HTML document (inline CSS
 * and SVG, no script, no external resource), so the browser view and the PDF
 * are the same page. Pure: everything it shows is in `input`.
 */
export function renderReportPage(input: ReportInput): string {
  const { locale, site } = input
  const ctx: SectionContext = { locale, t: translator(locale), f: formatters(locale) }
  const { t, f } = ctx
  const title = localName(site.name, site.nameEn, locale)
  const alternative = otherName(site.name, site.nameEn, locale)
  const svg = renderMapSnapshot(
    input.frame,
    {
      site: site.geometry.coordinates,
      neighbours: input.neighbours.map((n) => ({ polygons: n.geometry.coordinates, overlaps: n.overlaps })),
      basemap: input.basemap,
    },
    t,
  )
  const page = html`<!doctype html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${t('Report.Title')} — ${title}</title>
<style>${trustedMarkup(REPORT_CSS)}</style>
</head>
<body>
<header>
<p class="subtitle">${t('Report.Title')} · ${t('Report.Subtitle')}</p>
<h1>${title}</h1>
${alternative ? html`<p class="other-name">${alternative}</p>` : null}
</header>
${summarySection(ctx, site, input.estimate, input.valuation, input.reportDate)}
${mapSection(ctx, svg, input.neighbours)}
${estimateSection(ctx, input.estimate)}
${valuationSection(ctx, input.valuation)}
${citationsSection(ctx, input.estimate, input.valuation)}
<footer>
<p>${t('Footer.Generated')}: ${f.dateTime(input.reportDate)}</p>
<p>${t('Footer.Reproduce')}</p>
</footer>
</body>
</html>
`
  return page.value
}
