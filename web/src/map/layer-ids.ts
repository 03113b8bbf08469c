/** Ids shared by the style, the site loader, the popup and the browser test. */
export const LAND_SOURCE = 'basemap-land'
export const SITES_SOURCE = 'registry-sites'
export const SITES_FILL_LAYER = 'registry-sites-fill'
export const SITES_LINE_LAYER = 'registry-sites-line'
/** Where the registry answers with points (clusters, or one site per cell) instead of polygons. */
export const SITES_POINT_LAYER = 'registry-sites-points'
/** The signed-in owner's sites of the current project (drafts included), above the registry. */
export const MY_SITES_SOURCE = 'my-sites'
export const MY_SITES_FILL_LAYER = 'my-sites-fill'
export const MY_SITES_LINE_LAYER = 'my-sites-line'
