/**
 * Every page of the app and its URL pattern: one linkable URL per page
 * (`:name` is one path segment). New pages add a line here, a page component
 * in web/src/pages and its title in the i18n `Page.*` keys.
 */
export const ROUTES = {
  map: '/',
  methodologies: '/methodologies',
  methodology: '/methodologies/:methodologyId',
  projects: '/projects',
} as const

export type RouteName = keyof typeof ROUTES

/** The `:name` parameters of a pattern, as a record type. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never

export type RouteParams<N extends RouteName> = { [K in ParamNames<(typeof ROUTES)[N]>]: string }

/** Where the router is: a known page with its decoded parameters, or no page at all. */
export type Route = { [N in RouteName]: { name: N; params: RouteParams<N> } }[RouteName] | { name: 'not-found'; params: Record<string, never> }

/** Pages whose URL takes no parameters (header links, redirects). */
export type PlainRouteName = { [N in RouteName]: keyof RouteParams<N> extends never ? N : never }[RouteName]
