import { render } from 'preact'
import './styles.css'
import { currentUser, login, logout } from './api/auth.ts'
import { createHttp } from './api/http.ts'
import { MethodologyCatalog } from './api/methodology-catalog.ts'
import { AppShell } from './app/app-shell.tsx'
import { ServicesContext, type AppServices } from './app/services.ts'
import { Session } from './auth/session.ts'
import { LanguageStore } from './i18n/language-choice.ts'
import { HistoryRouter } from './router/history-router.ts'

function safeStorage(): AppServices['storage'] {
  try {
    return window.localStorage
  } catch {
    // Some privacy settings throw on the mere access.
    return { getItem: () => null, setItem: () => undefined }
  }
}

const root = document.getElementById('app')
if (!root) throw new Error('index.html must contain #app')

const storage = safeStorage()
const store = new LanguageStore(storage, navigator.languages)
const http = createHttp(() => store.lang)
const session = new Session()
const router = new HistoryRouter(window)
router.start()

const services: AppServices = {
  store,
  session,
  http,
  catalog: new MethodologyCatalog(http),
  router,
  auth: { login: (email, password) => login(http, email, password), logout: () => logout(http) },
  storage,
}

render(
  <ServicesContext.Provider value={services}>
    <AppShell />
  </ServicesContext.Provider>,
  root,
)

currentUser(http)
  .then((user) => session.set(user))
  .catch(() => session.set(null))
