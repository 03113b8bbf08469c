import type { Page } from 'playwright-core'

/**
 * Waits until the map is fully drawn with the registry sites loaded for the
 * current view: the loader's last answer (data-sites-*) covers the visible
 * bounds at the current query zoom, and MapLibre reports all tiles loaded.
 */
export async function waitForSitesInView(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = window.__map
      const data = document.getElementById('map')?.dataset
      if (!map || !data || data.sitesState !== 'loaded' || !data.sitesBbox) return false
      const [w, s, e, n] = data.sitesBbox.split(',').map(Number) as [number, number, number, number]
      const b = map.getBounds()
      const covers = w <= b.getWest() && s <= b.getSouth() && e >= b.getEast() && n >= b.getNorth()
      return covers && data.sitesZoom === String(Math.min(24, Math.ceil(map.getZoom()))) && map.loaded()
    },
    null,
    { timeout: 60_000, polling: 200 },
  )
}

/** Names of the sites MapLibre has rendered in the registry-sites-fill layer. */
export async function renderedSiteNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.__map!.queryRenderedFeatures({ layers: ['registry-sites-fill'] })
    return [...new Set(features.map((f) => String(f.properties.name)))].sort()
  })
}

export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(({ center, zoom }) => window.__map!.jumpTo({ center, zoom }), { center, zoom })
  await waitForSitesInView(page)
}

/**
 * The colour the map painted at [lon, lat], read from the WebGL drawing buffer
 * during a render event (before the browser may clear it).
 */
export async function pixelAt(page: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  return page.evaluate(
    (lonLat) =>
      new Promise<[number, number, number]>((resolve, reject) => {
        const map = window.__map!
        map.once('render', () => {
          const canvas = map.getCanvas()
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null
          if (!gl) return reject(new Error('no WebGL context'))
          const scale = canvas.width / canvas.clientWidth
          const p = map.project(lonLat)
          const px = new Uint8Array(4)
          // WebGL rows count from the bottom.
          gl.readPixels(Math.round(p.x * scale), canvas.height - 1 - Math.round(p.y * scale), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px)
          resolve([px[0]!, px[1]!, px[2]!])
        })
        map.triggerRepaint()
      }),
    lonLat,
  )
}

/** Where [lon, lat] is on the page (what mouse clicks take): the map's own pixel plus where the map sits below the header. */
export async function pagePoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((p) => {
    const map = window.__map!
    const point = map.project(p)
    const box = map.getContainer().getBoundingClientRect()
    return { x: box.left + point.x, y: box.top + point.y }
  }, lonLat)
}
