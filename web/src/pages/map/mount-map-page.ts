import 'maplibre-gl/dist/maplibre-gl.css'
import { fetchRegistrySites } from '../../api/registry-sites.ts'
import type { AppServices } from '../../app/services.ts'
import { DrawControl } from '../../controls/draw.control.ts'
import { LegendControl } from '../../controls/legend.control.ts'
import { ProjectsControl } from '../../controls/projects.control.ts'
import { SitePanelControl } from '../../controls/site-panel.control.ts'
import { SiteDrawing } from '../../draw/site-drawing.ts'
import { translate } from '../../i18n/translate.ts'
import { createMap } from '../../map/create-map.ts'
import { MySitesLayer } from '../../map/my-sites-layer.ts'
import { SitePopup } from '../../map/site-popup.ts'
import { SitesLoader } from '../../map/sites-loader.ts'
import { exposeForTests } from '../../test-hooks.ts'
import { el } from '../../util/dom.ts'
import { Workspace } from '../../workspace/workspace.ts'

export interface MountedMap {
  /** Call when the page is shown again: the map measures its container anew. */
  shown(): void
  destroy(): void
}

/**
 * The map page: MapLibre with the registry sites, drawing, the owner's
 * projects and the site panel, built into `slot`. It lives in its own chunk
 * (MapLibre is most of the bundle), loaded when the map is first shown.
 */
export function mountMapPage(slot: HTMLElement, services: AppServices): MountedMap {
  const { store, session, http, catalog, storage } = services
  const container = el('div')
  container.id = 'map'
  const label = () => container.setAttribute('aria-label', translate(store.lang, 'Map.Title'))
  label()
  const offLanguage = store.onChange(label)
  slot.append(container)

  const map = createMap(container, store.lang)
  const loader = new SitesLoader(map, (bbox, zoom, signal) => fetchRegistrySites(http, bbox, zoom, signal))
  const workspace = new Workspace(http, storage)
  const unfollow = workspace.follow(session)
  // The user may have signed in on another page before the map first opened.
  if (session.user) void workspace.refreshProjects()
  const drawing = new SiteDrawing(map)
  // While a shape is drawn or edited, map clicks place corners and select nothing.
  const drawingBusy = () => drawing.state === 'drawing' || drawing.state === 'editing'

  map.addControl(new DrawControl(store, drawing), 'top-left')
  map.addControl(new ProjectsControl(store, session, workspace), 'top-left')
  map.addControl(new SitePanelControl({ store, session, workspace, drawing, http, catalog }), 'top-right')
  map.addControl(new LegendControl(store, loader), 'bottom-left')

  const offDrawing = drawing.on((event) => {
    // A closed outline becomes the panel's subject; starting a new one puts the last selection away.
    if (event.type === 'shape' && event.origin === 'drawn') workspace.select({ kind: 'draft', geometry: event.geometry })
    if (event.type === 'state' && event.state === 'drawing') workspace.select({ kind: 'none' })
  })

  map.on('load', () => {
    loader.start()
    new SitePopup(map, store, drawingBusy).attach()
    drawing.start()
    new MySitesLayer(map, workspace, drawingBusy).attach()
  })

  exposeForTests(map)
  return {
    shown: () => map.resize(),
    destroy() {
      offLanguage()
      offDrawing()
      unfollow()
      map.remove()
      container.remove()
    },
  }
}
