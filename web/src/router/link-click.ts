/** What the router needs to know about a click and the link it landed on. */
export interface LinkClick {
  button: number
  metaKey: boolean
  ctrlKey: boolean
  shiftKey: boolean
  altKey: boolean
  defaultPrevented: boolean
  /** The anchor's resolved URL, `target` and whether it has `download`. */
  link: { href: string; target: string; download: boolean } | null
}

/**
 * The in-app path a click should navigate to without a reload, or undefined
 * when the browser should handle it: other origins, new tabs and windows
 * (modifier keys, middle button, `target`), downloads, and the API and files
 * served beside the app, which are not pages.
 */
export function inAppPath(click: LinkClick, origin: string): string | undefined {
  const { link } = click
  if (!link || click.defaultPrevented || click.button !== 0) return undefined
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return undefined
  if (link.download || (link.target !== '' && link.target !== '_self')) return undefined
  let url: URL
  try {
    url = new URL(link.href)
  } catch {
    return undefined
  }
  if (url.origin !== origin) return undefined
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return undefined
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return undefined
  return url.pathname + url.search + url.hash
}
