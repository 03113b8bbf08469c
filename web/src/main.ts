import 'maplibre-gl/dist/maplibre-gl.css'
import './styles.css'
import { currentUser, login, logout } from './api/auth.ts'
import { createHttp } from './api/http.ts'
import { fetchRegistrySites } from './api/registry-sites.ts'
import { Session } from './auth/session.ts'
import { AuthControl } from './controls/auth.control.ts'
import { LanguageControl } from './controls/language.control.ts'
import { LegendControl } from './controls/legend.control.ts'
import { TitleControl } from './controls/title.control.ts'
import { LanguageStore } from './i18n/language-choice.ts'
import { createMap } from './map/create-map.ts'
import { SitePopup } from './map/site-popup.ts'
import { SitesLoader } from './map/sites-loader.ts'
import { exposeForTests } from './test-hooks.ts'

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

map.addControl(new TitleControl(store), 'top-left')
map.addControl(new LanguageControl(store), 'top-right')
map.addControl(new AuthControl(store, session, { login: (e, p) => login(http, e, p), logout: () => logout(http) }), 'top-right')
map.addControl(new LegendControl(store, loader), 'bottom-left')

map.on('load', () => {
  loader.start()
  new SitePopup(map, store).attach()
})

currentUser(http)
  .then((user) => session.set(user))
  .catch(() => session.set(null))

exposeForTests(map)
