import { describe, expect, it } from 'vitest'
import { hrefFor, matchRoute } from './match-route.ts'
import { ROUTES, type RouteName } from './routes.ts'

describe('matchRoute', () => {
  it('finds each page of the route table', () => {
    expect(matchRoute('/')).toEqual({ name: 'map', params: {} })
    expect(matchRoute('/methodologies')).toEqual({ name: 'methodologies', params: {} })
    expect(matchRoute('/methodologies/mangrove-afforestation')).toEqual({ name: 'methodology', params: { methodologyId: 'mangrove-afforestation' } })
    expect(matchRoute('/projects')).toEqual({ name: 'projects', params: {} })
  })

  it('ignores trailing and doubled slashes', () => {
    expect(matchRoute('/methodologies/')).toEqual({ name: 'methodologies', params: {} })
    expect(matchRoute('//methodologies//gep-valuation/')).toEqual({ name: 'methodology', params: { methodologyId: 'gep-valuation' } })
    expect(matchRoute('')).toEqual({ name: 'map', params: {} })
  })

  it('decodes parameters', () => {
    expect(matchRoute('/methodologies/%E7%BA%A2%E6%A0%91%E6%9E%97%20v2')).toEqual({ name: 'methodology', params: { methodologyId: '红树林 v2' } })
    expect(matchRoute('/methodologies/a%2Fb')).toEqual({ name: 'methodology', params: { methodologyId: 'a/b' } })
  })

  it('answers not-found for unknown paths, wrong case, extra segments and malformed escapes', () => {
    for (const path of ['/nope', '/Methodologies', '/methodologies/a/b', '/projects/x', '/methodologies/%E0%A4%A', '/api/v1/me']) {
      expect(matchRoute(path), path).toEqual({ name: 'not-found', params: {} })
    }
  })
})

describe('hrefFor', () => {
  it('writes the URL of each page, parameters encoded', () => {
    expect(hrefFor('map')).toBe('/')
    expect(hrefFor('methodologies')).toBe('/methodologies')
    expect(hrefFor('methodology', { methodologyId: 'a/b c' })).toBe('/methodologies/a%2Fb%20c')
  })

  it('refuses an empty parameter rather than write a link to another page', () => {
    expect(() => hrefFor('methodology', { methodologyId: '' })).toThrow(/methodologyId/)
  })

  it('round-trips with matchRoute for every route', () => {
    const samples: Record<string, string> = { methodologyId: 'x y/%z' }
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const params = Object.fromEntries([...ROUTES[name].matchAll(/:(\w+)/g)].map((m) => [m[1]!, samples[m[1]!]!]))
      const href = (hrefFor as (n: RouteName, p?: Record<string, string>) => string)(name, params)
      expect(matchRoute(href)).toEqual({ name, params })
    }
  })
})
