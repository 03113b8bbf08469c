import type { FeatureCollection, MultiPolygon } from 'geojson'
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl'
import type { Unsubscribe } from '../util/emitter.ts'
import type { Workspace } from '../workspace/workspace.ts'
import { MY_SITES_FILL_LAYER, MY_SITES_SOURCE } from './layer-ids.ts'

/**
 * The current project's sites on the map: a click selects one (the site
 * panel opens), the selected one is highlighted. Clicks are ignored while the
 * user draws or edits a shape, where a click means a corner.
 */
export class MySitesLayer {
  readonly #map: MapLibreMap
  readonly #workspace: Workspace
  readonly #busy: () => boolean
  #offChange: Unsubscribe | undefined
  #selectedId: string | undefined

  readonly #onClick = (event: MapLayerMouseEvent) => {
    if (this.#busy()) return
    const siteId = event.features?.[0]?.properties?.siteId
    if (typeof siteId === 'string') this.#workspace.select({ kind: 'site', siteId })
  }
  readonly #onEnter = () => {
    if (!this.#busy()) this.#map.getCanvas().style.cursor = 'pointer'
  }
  readonly #onLeave = () => {
    if (!this.#busy()) this.#map.getCanvas().style.cursor = ''
  }

  constructor(map: MapLibreMap, workspace: Workspace, busy: () => boolean) {
    this.#map = map
    this.#workspace = workspace
    this.#busy = busy
  }

  attach(): void {
    this.#map.on('click', MY_SITES_FILL_LAYER, this.#onClick)
    this.#map.on('mouseenter', MY_SITES_FILL_LAYER, this.#onEnter)
    this.#map.on('mouseleave', MY_SITES_FILL_LAYER, this.#onLeave)
    this.#offChange = this.#workspace.onChange((change) => {
      if (change === 'sites' || change === 'projects') this.#render()
      if (change === 'selection') this.#highlight()
    })
    this.#render()
  }

  detach(): void {
    this.#map.off('click', MY_SITES_FILL_LAYER, this.#onClick)
    this.#map.off('mouseenter', MY_SITES_FILL_LAYER, this.#onEnter)
    this.#map.off('mouseleave', MY_SITES_FILL_LAYER, this.#onLeave)
    this.#offChange?.()
  }

  #render(): void {
    // A draft project is not in the public registry layer, so its sites get a fill of their own.
    const filled = this.#workspace.project?.status === 'draft'
    const collection: FeatureCollection<MultiPolygon> = {
      type: 'FeatureCollection',
      features: this.#workspace.sites.map((s) => ({ type: 'Feature', geometry: s.geometry as MultiPolygon, properties: { siteId: s.id, name: s.name, filled } })),
    }
    void this.#map.getSource<GeoJSONSource>(MY_SITES_SOURCE)?.setData(collection)
    this.#highlight()
  }

  #highlight(): void {
    const selection = this.#workspace.selection
    const next = selection.kind === 'site' ? selection.siteId : undefined
    if (this.#selectedId && this.#selectedId !== next) this.#map.setFeatureState({ source: MY_SITES_SOURCE, id: this.#selectedId }, { selected: false })
    if (next) this.#map.setFeatureState({ source: MY_SITES_SOURCE, id: next }, { selected: true })
    this.#selectedId = next
  }
}
