import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { User } from '../api/auth.ts'
import type { Http } from '../api/http.ts'
import type { MethodologyCatalog } from '../api/methodology-catalog.ts'
import type { Session } from '../auth/session.ts'
import type { LanguageStore } from '../i18n/language-choice.ts'
import type { HistoryRouter } from '../router/history-router.ts'

/**
 * What every page may use, made once in main.tsx and handed down by context
 * (the web's createApp(deps)): pages never build their own HTTP client,
 * session or language store, so switching page keeps all three.
 */
export interface AppServices {
  store: LanguageStore
  session: Session
  http: Http
  catalog: MethodologyCatalog
  router: HistoryRouter
  /** The log-in / log-out calls, for the auth control in the header. */
  auth: { login(email: string, password: string): Promise<User>; logout(): Promise<void> }
  storage: Storage | { getItem(): null; setItem(): void }
}

export const ServicesContext = createContext<AppServices | null>(null)

export function useServices(): AppServices {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>')
  return services
}
