import { useEffect, useState } from 'preact/hooks'
import type { User } from '../api/auth.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang, type MessageParams } from '../i18n/translate.ts'
import type { Route } from '../router/routes.ts'
import type { Unsubscribe } from '../util/emitter.ts'
import { useServices } from './services.ts'

/** The current value of something with `onChange`, re-rendering the component when it changes. */
function useSubscribed<T>(read: () => T, subscribe: (listener: () => void) => Unsubscribe): T {
  const [value, setValue] = useState(read)
  useEffect(() => {
    setValue(read)
    return subscribe(() => setValue(read))
    // The stores live as long as the app: one subscription per component is enough.
  }, [])
  return value
}

export function useLang(): Lang {
  const { store } = useServices()
  return useSubscribed(() => store.lang, (l) => store.onChange(l))
}

/** `t(key, params)` in the current language. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useLang()
  return (key, params) => translate(lang, key, params)
}

export function useUser(): User | null {
  return useSessionState().user
}

/** The user and whether the server has answered yet (a fresh object per change, so "still nobody" re-renders too). */
export function useSessionState(): { user: User | null; known: boolean } {
  const { session } = useServices()
  return useSubscribed(() => ({ user: session.user, known: session.known }), (l) => session.onChange(l))
}

export function useRoute(): Route {
  const { router } = useServices()
  return useSubscribed(() => router.route, (l) => router.onChange(l))
}
