import { useEffect, useState } from 'preact/hooks'

export type Resource<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; error: unknown }

/**
 * Data a page loads when it opens or its `key` changes (a route parameter);
 * an answer for an old key is dropped. `retry` loads again.
 */
export function useResource<T>(load: () => Promise<T>, key: string): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    setResource({ state: 'loading' })
    load().then(
      (data) => current && setResource({ state: 'ready', data }),
      (error: unknown) => current && setResource({ state: 'error', error }),
    )
    return () => {
      current = false
    }
    // `load` is a new closure every render; what it loads is named by `key`.
  }, [key, attempt])
  return [resource, () => setAttempt((n) => n + 1)]
}
