import type { LngLatLike } from 'maplibre-gl'

/** Path of the committed land polygons inside the built app (web/public/basemap). */
export const BASEMAP_PATH = 'basemap/guangdong-land.geojson'

/**
 * Licence notice for the land polygons (ODbL 1.0 requires it wherever the data
 * is shown). Kept as the licence's own wording in both UI languages.
 */
export const BASEMAP_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors (ODbL), via geo-maps'

/** Between the demo sites of Lianjiang (Gaoqiao), Zhanjiang Bay and Leizhou Bay. */
export const ZHANJIANG_CENTER: LngLatLike = [110.1, 21.2]
export const ZHANJIANG_ZOOM = 9
