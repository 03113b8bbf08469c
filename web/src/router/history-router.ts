import { createEmitter, type Unsubscribe } from '../util/emitter.ts'
import { inAppPath } from './link-click.ts'
import { matchRoute } from './match-route.ts'
import type { Route } from './routes.ts'

/** The parts of `window` the router uses (a fake in Node tests). */
export interface RouterWindow {
  location: { pathname: string; search: string; hash: string; origin: string }
  history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void }
  addEventListener(type: 'popstate' | 'click', listener: (event: Event) => void): void
  removeEventListener(type: 'popstate' | 'click', listener: (event: Event) => void): void
  scrollTo?(x: number, y: number): void
}

/**
 * The current page from the address bar, kept in step with the History API:
 * `navigate` pushes a URL, Back and Forward re-read it, and clicks on
 * same-origin links become navigations instead of reloads, so the session,
 * the language and everything loaded stay in memory.
 */
export class HistoryRouter {
  readonly #win: RouterWindow
  readonly #changes = createEmitter<Route>()
  #route: Route

  readonly #onPopState = () => this.#update()
  readonly #onClick = (event: Event) => {
    const mouse = event as MouseEvent
    const anchor = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null | undefined
    const path = inAppPath(
      {
        button: mouse.button,
        metaKey: mouse.metaKey,
        ctrlKey: mouse.ctrlKey,
        shiftKey: mouse.shiftKey,
        altKey: mouse.altKey,
        defaultPrevented: mouse.defaultPrevented,
        link: anchor ? { href: anchor.href, target: anchor.target, download: anchor.hasAttribute('download') } : null,
      },
      this.#win.location.origin,
    )
    if (path === undefined) return
    event.preventDefault()
    this.navigate(path)
  }

  constructor(win: RouterWindow) {
    this.#win = win
    this.#route = matchRoute(win.location.pathname)
  }

  get route(): Route {
    return this.#route
  }

  /** Listens to Back/Forward and link clicks; the returned function stops both. */
  start(): Unsubscribe {
    this.#win.addEventListener('popstate', this.#onPopState)
    this.#win.addEventListener('click', this.#onClick)
    return () => {
      this.#win.removeEventListener('popstate', this.#onPopState)
      this.#win.removeEventListener('click', this.#onClick)
    }
  }

  /** Shows the page at `path` (`/methodologies?x=1#y`); `replace` keeps Back from returning to the current one. */
  navigate(path: string, options: { replace?: boolean } = {}): void {
    const here = this.#win.location.pathname + this.#win.location.search + this.#win.location.hash
    if (path === here) return
    if (options.replace) this.#win.history.replaceState(null, '', path)
    else this.#win.history.pushState(null, '', path)
    this.#update()
    this.#win.scrollTo?.(0, 0)
  }

  onChange(listener: (route: Route) => void): Unsubscribe {
    return this.#changes.on(listener)
  }

  #update(): void {
    const next = matchRoute(this.#win.location.pathname)
    // A new hash or query on the same page is not a new page.
    if (next.name === this.#route.name && JSON.stringify(next.params) === JSON.stringify(this.#route.params)) return
    this.#route = next
    this.#changes.emit(next)
  }
}
