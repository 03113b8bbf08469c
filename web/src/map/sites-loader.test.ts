import { describe, expect, it } from 'vitest'
import { siteCount } from './sites-loader.ts'

const feature = (properties: Record<string, unknown>) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [110, 21] }, properties })

describe('siteCount', () => {
  it('counts a cluster as the sites it stands for', () => {
    // 12 + 30 + 1 (a lone site) = 43
    const sites = { collection: { type: 'FeatureCollection' as const, features: [feature({ cluster: true, siteCount: 12 }), feature({ cluster: true, siteCount: 30 }), feature({ siteId: 'a', siteCount: 1 })] }, truncated: false }
    expect(siteCount(sites)).toBe(43)
  })

  it('counts each polygon once', () => {
    const polygon = { type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [] }, properties: { siteId: 'a' } }
    expect(siteCount({ collection: { type: 'FeatureCollection', features: [polygon, polygon] }, truncated: false })).toBe(2)
  })
})
