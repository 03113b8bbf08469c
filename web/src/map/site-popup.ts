import { Popup, type MapLayerMouseEvent, type Map as MapLibreMap } from 'maplibre-gl'
import { registrySitePropertiesSchema, type RegistrySiteProperties } from '../api/registry-sites.ts'
import { formatAreaHa } from '../format/quantity.ts'
import type { LanguageStore } from '../i18n/language-choice.ts'
import { isMessageKey, translate, type Lang } from '../i18n/translate.ts'
import { el, tagged } from '../util/dom.ts'
import type { Unsubscribe } from '../util/emitter.ts'
import { SITES_FILL_LAYER, SITES_POINT_LAYER, SITES_SOURCE } from './layer-ids.ts'

function row(label: string, value: string): HTMLElement {
  const wrap = el('div')
  wrap.append(el('dt', '', label), el('dd', '', value))
  return wrap
}

/** Built with textContent only: site names are user data and must never become markup. */
function popupContent(site: RegistrySiteProperties, lang: Lang): HTMLElement {
  const root = tagged('div', 'bc-site-popup', 'site-popup')
  // The English map shows English names where the owner gave them.
  const name = el('h3', '', lang === 'en' && site.nameEn ? site.nameEn : site.name)
  const sinkKey = `SinkType.${site.sinkType}`
  const statusKey = `SiteStatus.${site.status}`
  const list = el('dl')
  list.append(
    row(translate(lang, 'Site.Project'), lang === 'en' && site.projectNameEn ? site.projectNameEn : site.projectName),
    row(translate(lang, 'Site.Area'), formatAreaHa(site.areaHa, lang)),
    row(translate(lang, 'Site.SinkType'), isMessageKey(sinkKey) ? translate(lang, sinkKey) : site.sinkType),
    // An unknown workflow code (a newer server) is shown as given rather than hidden.
    row(translate(lang, 'Site.Status'), isMessageKey(statusKey) ? translate(lang, statusKey) : site.status),
  )
  root.append(name, list)
  return root
}

/** The registry layers a pointer can hit: site polygons, and points where the registry sends clusters. */
const LAYERS = [SITES_FILL_LAYER, SITES_POINT_LAYER]

/** Click a site for its details (a cluster: zoom in); hover highlights it. */
export class SitePopup {
  readonly #map: MapLibreMap
  readonly #store: LanguageStore
  readonly #popup = new Popup({ closeButton: true, maxWidth: '280px' })
  #hoveredId: string | number | undefined
  #offLanguage: Unsubscribe | undefined

  readonly #onClick = (event: MapLayerMouseEvent) => {
    // While a shape is drawn or edited, a click places a corner: no popup.
    if (this.#busy()) return
    const properties = event.features?.[0]?.properties
    // A cluster stands for many sites: zoom in towards it until they come apart.
    if (properties?.cluster === true) {
      this.#map.easeTo({ center: event.lngLat, zoom: Math.min(this.#map.getZoom() + 2, this.#map.getMaxZoom()) })
      return
    }
    const parsed = registrySitePropertiesSchema.safeParse(properties)
    if (!parsed.success) return
    this.#popup.setLngLat(event.lngLat).setDOMContent(popupContent(parsed.data, this.#store.lang)).addTo(this.#map)
  }
  readonly #onMove = (event: MapLayerMouseEvent) => {
    if (this.#busy()) return this.#clearHover()
    const id = event.features?.[0]?.id
    if (id === this.#hoveredId) return
    this.#clearHover()
    if (id !== undefined) {
      this.#hoveredId = id
      this.#map.setFeatureState({ source: SITES_SOURCE, id }, { hover: true })
    }
    this.#map.getCanvas().style.cursor = 'pointer'
  }
  readonly #onLeave = () => {
    this.#clearHover()
    this.#map.getCanvas().style.cursor = ''
  }

  readonly #busy: () => boolean

  /** @param busy - true while the map's clicks belong to something else (drawing) */
  constructor(map: MapLibreMap, store: LanguageStore, busy: () => boolean = () => false) {
    this.#map = map
    this.#store = store
    this.#busy = busy
  }

  attach(): void {
    for (const layer of LAYERS) {
      this.#map.on('click', layer, this.#onClick)
      this.#map.on('mousemove', layer, this.#onMove)
      this.#map.on('mouseleave', layer, this.#onLeave)
    }
    // An open popup would keep the old language; close it instead.
    this.#offLanguage = this.#store.onChange(() => this.#popup.remove())
  }

  detach(): void {
    for (const layer of LAYERS) {
      this.#map.off('click', layer, this.#onClick)
      this.#map.off('mousemove', layer, this.#onMove)
      this.#map.off('mouseleave', layer, this.#onLeave)
    }
    this.#offLanguage?.()
    this.#popup.remove()
    this.#onLeave()
  }

  #clearHover(): void {
    if (this.#hoveredId !== undefined) this.#map.setFeatureState({ source: SITES_SOURCE, id: this.#hoveredId }, { hover: false })
    this.#hoveredId = undefined
  }
}
