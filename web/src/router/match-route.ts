import { ROUTES, type Route, type RouteName, type RouteParams } from './routes.ts'

type Compiled = { name: RouteName; segments: string[] }

const COMPILED: Compiled[] = (Object.entries(ROUTES) as [RouteName, string][]).map(([name, pattern]) => ({ name, segments: split(pattern) }))

function split(pathname: string): string[] {
  return pathname.split('/').filter((segment) => segment !== '')
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    // A malformed escape (`%E0%A4%A`) is no page, not a crash.
    return undefined
  }
}

/**
 * The page a pathname shows. Trailing and doubled slashes are ignored;
 * parameters are decoded; matching is exact and case-sensitive, so a URL has
 * one page or none (`not-found`).
 *
 * @example matchRoute('/methodologies/blue%20carbon') // { name: 'methodology', params: { methodologyId: 'blue carbon' } }
 */
export function matchRoute(pathname: string): Route {
  const parts = split(pathname)
  for (const { name, segments } of COMPILED) {
    if (segments.length !== parts.length) continue
    const params: Record<string, string> = {}
    const matches = segments.every((segment, i) => {
      const part = parts[i]!
      if (!segment.startsWith(':')) return segment === part
      const value = decode(part)
      if (value === undefined || value === '') return false
      params[segment.slice(1)] = value
      return true
    })
    if (matches) return { name, params } as Route
  }
  return { name: 'not-found', params: {} }
}

/**
 * The URL of a page, parameters encoded; the one way links are written, so a
 * renamed path changes in routes.ts only.
 *
 * @example hrefFor('methodology', { methodologyId: 'gep-valuation' }) // '/methodologies/gep-valuation'
 */
export function hrefFor<N extends RouteName>(name: N, ...[params]: keyof RouteParams<N> extends never ? [] : [RouteParams<N>]): string {
  const values = (params ?? {}) as Record<string, string>
  return ROUTES[name].replace(/:(\w+)/g, (_, key: string) => {
    const value = values[key]
    if (value === undefined || value === '') throw new Error(`hrefFor(${name}): missing ${key}`)
    return encodeURIComponent(value)
  })
}
