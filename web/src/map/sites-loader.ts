import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import type { RegistrySites } from '../api/registry-sites.ts'
import { debounce, type Debounced } from '../util/debounce.ts'
import { createEmitter, type Unsubscribe } from '../util/emitter.ts'
import { SITES_SOURCE } from './layer-ids.ts'
import { bboxParam, queryZoom } from './viewport-query.ts'

export type SitesStatus =
  | { state: 'loading' }
  | { state: 'loaded'; count: number; truncated: boolean; bbox: string; zoom: number }
  | { state: 'failed'; error: unknown }

/** Sites in an answer: a cluster point stands for `siteCount` sites, a polygon or a lone point for one. */
export function siteCount(sites: RegistrySites): number {
  return sites.collection.features.reduce((sum, f) => {
    const n = f.properties?.siteCount
    return sum + (typeof n === 'number' && n > 0 ? n : 1)
  }, 0)
}

export type FetchSites = (bbox: string, zoom: number, signal: AbortSignal) => Promise<RegistrySites>

/**
 * Keeps the registry-sites source filled with the sites of the current
 * viewport: one request per settled view (debounced moveend), any older
 * request aborted so a slow answer never overwrites a newer one.
 * It also writes `data-sites-state`, `-count`, `-bbox` and `-zoom` on the map
 * container, so a test can tell that the data for the current view has arrived
 * without reaching into MapLibre.
 */
export class SitesLoader {
  readonly #map: MapLibreMap
  readonly #fetchSites: FetchSites
  readonly #status = createEmitter<SitesStatus>()
  readonly #onMoveEnd: Debounced<[]>
  #inFlight: AbortController | undefined
  #last: SitesStatus = { state: 'loading' }

  constructor(map: MapLibreMap, fetchSites: FetchSites, delayMs = 250) {
    this.#map = map
    this.#fetchSites = fetchSites
    this.#onMoveEnd = debounce(() => void this.reload(), delayMs)
  }

  start(): void {
    this.#map.on('moveend', this.#onMoveEnd)
    void this.reload()
  }

  stop(): void {
    this.#map.off('moveend', this.#onMoveEnd)
    this.#onMoveEnd.cancel()
    this.#inFlight?.abort()
  }

  get status(): SitesStatus {
    return this.#last
  }

  onStatus(listener: (status: SitesStatus) => void): Unsubscribe {
    return this.#status.on(listener)
  }

  async reload(): Promise<void> {
    this.#inFlight?.abort()
    const controller = new AbortController()
    this.#inFlight = controller
    const b = this.#map.getBounds()
    const bbox = bboxParam([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()])
    const zoom = queryZoom(this.#map.getZoom())
    this.#publish({ state: 'loading' })
    try {
      const result = await this.#fetchSites(bbox, zoom, controller.signal)
      if (controller.signal.aborted) return
      const source = this.#map.getSource<GeoJSONSource>(SITES_SOURCE)
      await source?.setData(result.collection)
      if (controller.signal.aborted) return
      this.#publish({ state: 'loaded', count: siteCount(result), truncated: result.truncated, bbox, zoom })
    } catch (error) {
      if (controller.signal.aborted) return
      this.#publish({ state: 'failed', error })
    }
  }

  #publish(status: SitesStatus): void {
    this.#last = status
    const el = this.#map.getContainer()
    el.dataset.sitesState = status.state
    if (status.state === 'loaded') {
      el.dataset.sitesCount = String(status.count)
      el.dataset.sitesBbox = status.bbox
      el.dataset.sitesZoom = String(status.zoom)
    }
    this.#status.emit(status)
  }
}
