import type { Map as MapLibreMap } from 'maplibre-gl'

declare global {
  interface Window {
    /**
     * The live map, for the browser test (test/browser/map-shell.test.ts) to
     * call queryRenderedFeatures on. Read-only use; nothing in the app reads it.
     */
    __map?: MapLibreMap
  }
}

export function exposeForTests(map: MapLibreMap): void {
  window.__map = map
}
