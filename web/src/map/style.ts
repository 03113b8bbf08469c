import type { StyleSpecification } from 'maplibre-gl'
import { LAND_SOURCE, MY_SITES_FILL_LAYER, MY_SITES_LINE_LAYER, MY_SITES_SOURCE, SITES_FILL_LAYER, SITES_LINE_LAYER, SITES_POINT_LAYER, SITES_SOURCE } from './layer-ids.ts'

export const COLORS = {
  sea: '#cfe3f1',
  land: '#f1efe4',
  coast: '#8fa7b8',
  siteFill: '#1b9e77',
  siteLine: '#0b5e46',
  siteHover: '#f59e0b',
  mySiteLine: '#1d4ed8',
  mySiteFill: '#60a5fa',
  selected: '#ea580c',
} as const

/**
 * The whole map style: sea background, shipped land polygons, and the
 * registry sites (filled by the site loader). No glyphs or sprites: nothing
 * is fetched from anywhere but our own server, and no layer draws text.
 *
 * @param basemapUrl - absolute URL of the land GeoJSON (workers cannot resolve relative URLs)
 */
export function buildStyle(basemapUrl: string, attribution: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      [LAND_SOURCE]: { type: 'geojson', data: basemapUrl, attribution, tolerance: 0.2 },
      // promoteId: site ids are UUID strings, which feature-state cannot use as feature ids.
      [SITES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'siteId' },
      [MY_SITES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'siteId' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'land-fill', type: 'fill', source: LAND_SOURCE, paint: { 'fill-color': COLORS.land } },
      {
        id: 'land-coast',
        type: 'line',
        source: LAND_SOURCE,
        paint: { 'line-color': COLORS.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 12, 1.2] },
      },
      {
        id: SITES_FILL_LAYER,
        type: 'fill',
        source: SITES_SOURCE,
        paint: {
          'fill-color': ['case', ['boolean', ['feature-state', 'hover'], false], COLORS.siteHover, COLORS.siteFill],
          'fill-opacity': 0.55,
        },
      },
      {
        id: SITES_LINE_LAYER,
        type: 'line',
        source: SITES_SOURCE,
        // A wide outline at low zoom keeps sites of a few hundred metres visible.
        paint: { 'line-color': COLORS.siteLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 11, 1.5, 15, 2] },
      },
      {
        id: SITES_POINT_LAYER,
        type: 'circle',
        source: SITES_SOURCE,
        // With too many sites in view the registry sends points: a cluster per grid cell
        // (`siteCount`), or the site itself where a cell holds one. No text: no glyphs ship.
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': ['case', ['boolean', ['feature-state', 'hover'], false], COLORS.siteHover, COLORS.siteFill],
          'circle-opacity': 0.75,
          'circle-stroke-color': COLORS.siteLine,
          'circle-stroke-width': 1.5,
          'circle-radius': ['interpolate', ['linear'], ['coalesce', ['get', 'siteCount'], 1], 1, 5, 100, 12, 10000, 24],
        },
      },
      {
        id: MY_SITES_FILL_LAYER,
        type: 'fill',
        source: MY_SITES_SOURCE,
        // Sites of a submitted or registered project are already filled by the registry layer
        // (property `filled` false): only the outline is added, so their colour stays the registry's.
        paint: {
          'fill-color': ['case', ['boolean', ['feature-state', 'selected'], false], COLORS.selected, COLORS.mySiteFill],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.45, ['boolean', ['get', 'filled'], false], 0.35, 0],
        },
      },
      {
        id: MY_SITES_LINE_LAYER,
        type: 'line',
        source: MY_SITES_SOURCE,
        paint: {
          'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], COLORS.selected, COLORS.mySiteLine],
          'line-width': 2,
          'line-dasharray': [2, 1],
        },
      },
    ],
  }
}
