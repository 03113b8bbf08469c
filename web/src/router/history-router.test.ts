import { describe, expect, it } from 'vitest'
import { HistoryRouter, type RouterWindow } from './history-router.ts'
import type { Route } from './routes.ts'

/** An address bar and a history stack with Back, as the browser keeps them. */
function fakeWindow(start: string) {
  const entries = [start]
  let index = 0
  const listeners = new Map<string, Set<(event: Event) => void>>()
  const location = { pathname: '', search: '', hash: '', origin: 'http://app.test' }
  const show = () => {
    const url = new URL(entries[index]!, location.origin)
    Object.assign(location, { pathname: url.pathname, search: url.search, hash: url.hash })
  }
  show()
  const win: RouterWindow & { back(): void; entries: string[]; listenerCount(): number } = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(index + 1, entries.length, url)
        index++
        show()
      },
      replaceState: (_d, _u, url) => {
        entries[index] = url
        show()
      },
    },
    addEventListener: (type, listener) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
    back() {
      index--
      show()
      for (const l of listeners.get('popstate') ?? []) l(new Event('popstate'))
    },
    entries,
    listenerCount: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  }
  return win
}

describe('HistoryRouter', () => {
  it('starts on the page of the address bar', () => {
    expect(new HistoryRouter(fakeWindow('/methodologies/gep-valuation')).route).toEqual({ name: 'methodology', params: { methodologyId: 'gep-valuation' } })
    expect(new HistoryRouter(fakeWindow('/no/such/page')).route.name).toBe('not-found')
  })

  it('pushes a URL on navigate and tells listeners the new page', () => {
    const win = fakeWindow('/')
    const router = new HistoryRouter(win)
    const seen: Route[] = []
    router.onChange((route) => seen.push(route))
    router.navigate('/methodologies')
    expect(win.entries).toEqual(['/', '/methodologies'])
    expect(router.route.name).toBe('methodologies')
    expect(seen.map((r) => r.name)).toEqual(['methodologies'])
  })

  it('follows Back once started, and stops when stopped', () => {
    const win = fakeWindow('/')
    const router = new HistoryRouter(win)
    const stop = router.start()
    router.navigate('/projects')
    win.back()
    expect(router.route.name).toBe('map')
    stop()
    expect(win.listenerCount()).toBe(0)
  })

  it('replaces instead of pushing when asked, and ignores navigation to where it already is', () => {
    const win = fakeWindow('/projects')
    const router = new HistoryRouter(win)
    const seen: Route[] = []
    router.onChange((route) => seen.push(route))
    router.navigate('/projects')
    router.navigate('/', { replace: true })
    expect(win.entries).toEqual(['/'])
    expect(seen.map((r) => r.name)).toEqual(['map'])
  })

  it('does not announce a new page for a new hash or query on the same page', () => {
    const win = fakeWindow('/methodologies')
    const router = new HistoryRouter(win)
    const seen: Route[] = []
    router.onChange((route) => seen.push(route))
    router.navigate('/methodologies?sink=mangrove#top')
    expect(win.entries).toEqual(['/methodologies', '/methodologies?sink=mangrove#top'])
    expect(seen).toEqual([])
  })
})
