import type { User } from '../api/auth.ts'
import { createEmitter, type Unsubscribe } from '../util/emitter.ts'

/** Who is signed in, as far as this page knows; the cookie itself is HttpOnly. */
export class Session {
  #user: User | null = null
  #known = false
  readonly #changes = createEmitter<User | null>()

  get user(): User | null {
    return this.#user
  }

  /** False until the first answer (from /api/v1/me or a log-in): a page can wait rather than say "log in". */
  get known(): boolean {
    return this.#known
  }

  set(user: User | null): void {
    this.#user = user
    this.#known = true
    this.#changes.emit(user)
  }

  onChange(listener: (user: User | null) => void): Unsubscribe {
    return this.#changes.on(listener)
  }
}
