import { describe, expect, it } from 'vitest'
import { MY_SITES_FILL_LAYER, MY_SITES_LINE_LAYER, MY_SITES_SOURCE, SITES_FILL_LAYER, SITES_LINE_LAYER, SITES_POINT_LAYER, SITES_SOURCE } from './layer-ids.ts'
import { buildStyle } from './style.ts'

const style = buildStyle('http://127.0.0.1:8787/basemap/guangdong-land.geojson', '© OpenStreetMap contributors')

describe('buildStyle', () => {
  it('needs no glyphs, sprites or text layers, so it renders offline', () => {
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
    expect(style.layers.filter((l) => l.type === 'symbol')).toEqual([])
  })

  it('loads data only from the URL it is given or inline', () => {
    const urls = Object.values(style.sources).flatMap((s) => ('data' in s && typeof s.data === 'string' ? [s.data] : []))
    expect(urls).toEqual(['http://127.0.0.1:8787/basemap/guangdong-land.geojson'])
    for (const s of Object.values(style.sources)) expect('tiles' in s || 'url' in s).toBe(false)
  })

  it('draws the registry sites above the land', () => {
    const ids = style.layers.map((l) => l.id)
    expect(ids.indexOf(SITES_FILL_LAYER)).toBeGreaterThan(ids.indexOf('land-fill'))
    expect(ids.indexOf(SITES_LINE_LAYER)).toBeGreaterThan(ids.indexOf(SITES_FILL_LAYER))
    const fill = style.layers.find((l) => l.id === SITES_FILL_LAYER)
    expect(fill && 'source' in fill && fill.source).toBe(SITES_SOURCE)
  })

  it('carries the basemap attribution on the land source', () => {
    const land = Object.values(style.sources).find((s) => 'data' in s && typeof s.data === 'string')
    expect(land && 'attribution' in land && land.attribution).toContain('OpenStreetMap')
  })
})

describe('buildStyle: the owner\'s sites', () => {
  it('draws the current project\'s sites above the registry, from inline data', () => {
    const ids = style.layers.map((l) => l.id)
    expect(ids.indexOf(MY_SITES_FILL_LAYER)).toBeGreaterThan(ids.indexOf(SITES_LINE_LAYER))
    expect(ids.indexOf(MY_SITES_LINE_LAYER)).toBeGreaterThan(ids.indexOf(MY_SITES_FILL_LAYER))
    const source = style.sources[MY_SITES_SOURCE]
    expect(source && 'data' in source && typeof source.data).toBe('object')
  })
})

describe('buildStyle: registry clusters', () => {
  it('draws the points the registry sends instead of polygons as circles, and only points', () => {
    const points = style.layers.find((l) => l.id === SITES_POINT_LAYER)
    expect(points?.type).toBe('circle')
    expect(points && 'source' in points && points.source).toBe(SITES_SOURCE)
    // A circle layer would otherwise put a dot on every polygon corner.
    expect(points && 'filter' in points && points.filter).toEqual(['==', ['geometry-type'], 'Point'])
  })
})
