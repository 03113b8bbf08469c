/** Ids shared by the style, the site loader, the popup and the browser test. */
export const LAND_SOURCE = 'basemap-land'
export const SITES_SOURCE = 'registry-sites'
export const SITES_FILL_LAYER = 'registry-sites-fill'
export const SITES_LINE_LAYER = 'registry-sites-line'
