export type Unsubscribe = () => void

export interface Emitter<T> {
  /** Adds a listener; the returned function removes exactly that listener. */
  on(listener: (value: T) => void): Unsubscribe
  emit(value: T): void
}

/** A minimal typed emitter whose `on` returns its own unsubscribe (style.md §14). */
export function createEmitter<T>(): Emitter<T> {
  const listeners = new Set<(value: T) => void>()
  return {
    on(listener) {
      // Wrap so the same function added twice is two subscriptions, each removable.
      const entry = (value: T) => listener(value)
      listeners.add(entry)
      return () => listeners.delete(entry)
    },
    emit(value) {
      for (const listener of [...listeners]) listener(value)
    },
  }
}
