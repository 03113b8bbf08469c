import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl'
// Vite copies the worker as a separate asset and gives its URL; MapLibre 6 loads it as a module worker.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { mapLibreLocale, type Lang } from '../i18n/translate.ts'
import { BASEMAP_ATTRIBUTION, BASEMAP_PATH, ZHANJIANG_CENTER, ZHANJIANG_ZOOM } from './basemap.ts'
import { MAP_BOUNDS } from './basemap-bounds.ts'
import { buildStyle } from './style.ts'

setWorkerUrl(workerUrl)

/**
 * The map, centred on the Zhanjiang coast and limited to the box the offline
 * basemap covers. MapLibre's own control tooltips take the language current
 * at creation (MapLibre reads its locale once).
 */
export function createMap(container: HTMLElement, lang: Lang): MapLibreMap {
  const basemapUrl = new URL(import.meta.env.BASE_URL + BASEMAP_PATH, window.location.href).href
  const map = new MapLibreMap({
    container,
    style: buildStyle(basemapUrl, BASEMAP_ATTRIBUTION),
    center: ZHANJIANG_CENTER,
    zoom: ZHANJIANG_ZOOM,
    maxBounds: MAP_BOUNDS,
    attributionControl: false,
    locale: mapLibreLocale(lang),
  })
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right')
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right')
  return map
}
