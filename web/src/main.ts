import 'maplibre-gl/dist/maplibre-gl.css'
import './styles.css'
import { currentUser, login, logout } from './api/auth.ts'
import { createHttp } from './api/http.ts'
import { MethodologyCatalog } from './api/methodology-catalog.ts'
import { fetchRegistrySites } from './api/registry-sites.ts'
import { Session } from './auth/session.ts'
import { AuthControl } from './controls/auth.control.ts'
import { DrawControl } from './controls/draw.control.ts'
import { LanguageControl } from './controls/language.control.ts'
import { LegendControl } from './controls/legend.control.ts'
import { ProjectsControl } from './controls/projects.control.ts'
import { SitePanelControl } from './controls/site-panel.control.ts'
import { TitleControl } from './controls/title.control.ts'
import { SiteDrawing } from './draw/site-drawing.ts'
import { LanguageStore } from './i18n/language-choice.ts'
import { createMap } from './map/create-map.ts'
import { MySitesLayer } from './map/my-sites-layer.ts'
import { SitePopup } from './map/site-popup.ts'
import { SitesLoader } from './map/sites-loader.ts'
import { exposeForTests } from './test-hooks.ts'
import { Workspace } from './workspace/workspace.ts'

function safeStorage(): Storage | { getItem(): null; setItem(): void } {
  try {
    return window.localStorage
  } catch {
    // Some privacy settings throw on the mere access.
    return { getItem: () => null, setItem: () => undefined }
  }
}

const container = document.getElementById('map')
if (!container) throw new Error('index.html must contain #map')

const store = new LanguageStore(safeStorage(), navigator.languages)
const http = createHttp(() => store.lang)
const session = new Session()
const map = createMap(container, store.lang)
const loader = new SitesLoader(map, (bbox, zoom, signal) => fetchRegistrySites(http, bbox, zoom, signal))
const catalog = new MethodologyCatalog(http)
const workspace = new Workspace(http, safeStorage())
workspace.follow(session)
const drawing = new SiteDrawing(map)
// While a shape is drawn or edited, map clicks place corners and select nothing.
const drawingBusy = () => drawing.state === 'drawing' || drawing.state === 'editing'

map.addControl(new TitleControl(store), 'top-left')
map.addControl(new DrawControl(store, drawing), 'top-left')
map.addControl(new ProjectsControl(store, session, workspace), 'top-left')
map.addControl(new LanguageControl(store), 'top-right')
map.addControl(new AuthControl(store, session, { login: (e, p) => login(http, e, p), logout: () => logout(http) }), 'top-right')
map.addControl(new SitePanelControl({ store, session, workspace, drawing, http, catalog }), 'top-right')
map.addControl(new LegendControl(store, loader), 'bottom-left')

drawing.on((event) => {
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

currentUser(http)
  .then((user) => session.set(user))
  .catch(() => session.set(null))

exposeForTests(map)
