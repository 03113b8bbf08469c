import type { IControl } from 'maplibre-gl'
import type { User } from '../api/auth.ts'
import type { Session } from '../auth/session.ts'
import type { LanguageStore } from '../i18n/language-choice.ts'
import { isMessageKey, translate } from '../i18n/translate.ts'
import type { Unsubscribe } from '../util/emitter.ts'
import { buildAuthElements, type AuthElements } from './auth-form.ts'
import { authMessageFor, renderAuthMessage, type AuthMessage } from './auth-message.ts'

export interface AuthActions {
  login(email: string, password: string): Promise<User>
  logout(): Promise<void>
}

/** Log in / log out. Shows the signed-in user, organisation and roles. */
export class AuthControl implements IControl {
  readonly #store: LanguageStore
  readonly #session: Session
  readonly #actions: AuthActions
  #ui: AuthElements | undefined
  #formOpen = false
  #busy = false
  #message: AuthMessage | undefined
  #unsubscribe: Unsubscribe[] = []

  readonly #onOpen = () => {
    this.#formOpen = true
    this.#render()
    this.#ui?.email.focus()
  }
  readonly #onCancel = () => {
    this.#formOpen = false
    this.#message = undefined
    this.#render()
  }
  readonly #onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    void this.#submit()
  }
  readonly #onLogout = () => void this.#logout()

  constructor(store: LanguageStore, session: Session, actions: AuthActions) {
    this.#store = store
    this.#session = session
    this.#actions = actions
  }

  onAdd(): HTMLElement {
    const ui = buildAuthElements()
    ui.openButton.addEventListener('click', this.#onOpen)
    ui.cancel.addEventListener('click', this.#onCancel)
    ui.form.addEventListener('submit', this.#onSubmit)
    ui.logoutButton.addEventListener('click', this.#onLogout)
    this.#unsubscribe = [this.#store.onChange(() => this.#render()), this.#session.onChange(() => this.#render())]
    this.#ui = ui
    this.#render()
    return ui.root
  }

  onRemove(): void {
    const ui = this.#ui
    if (!ui) return
    ui.openButton.removeEventListener('click', this.#onOpen)
    ui.cancel.removeEventListener('click', this.#onCancel)
    ui.form.removeEventListener('submit', this.#onSubmit)
    ui.logoutButton.removeEventListener('click', this.#onLogout)
    for (const off of this.#unsubscribe) off()
    this.#unsubscribe = []
    ui.root.remove()
    this.#ui = undefined
  }

  async #submit(): Promise<void> {
    const ui = this.#ui
    if (!ui || this.#busy) return
    this.#busy = true
    this.#message = undefined
    this.#render()
    try {
      const user = await this.#actions.login(ui.email.value.trim(), ui.password.value)
      ui.password.value = ''
      this.#formOpen = false
      this.#session.set(user)
    } catch (error) {
      this.#message = authMessageFor(error)
    } finally {
      this.#busy = false
      this.#render()
    }
  }

  async #logout(): Promise<void> {
    if (this.#busy) return
    this.#busy = true
    this.#render()
    try {
      await this.#actions.logout()
    } catch {
      // The server session may already be gone; the page forgets the user either way.
    } finally {
      this.#busy = false
      this.#session.set(null)
    }
  }

  #render(): void {
    const ui = this.#ui
    if (!ui) return
    const lang = this.#store.lang
    const t = (key: Parameters<typeof translate>[1]) => translate(lang, key)
    const user = this.#session.user
    ui.root.dataset.state = user ? 'signed-in' : this.#formOpen ? 'form' : 'signed-out'
    ui.openButton.hidden = user !== null || this.#formOpen
    ui.form.hidden = user !== null || !this.#formOpen
    ui.userBox.hidden = user === null

    ui.openButton.textContent = t('Auth.Login')
    ui.emailLabel.textContent = t('Auth.Email')
    ui.passwordLabel.textContent = t('Auth.Password')
    ui.submit.textContent = this.#busy && !user ? t('Auth.SigningIn') : t('Auth.Submit')
    ui.submit.disabled = this.#busy
    ui.cancel.textContent = t('Auth.Cancel')
    ui.error.textContent = this.#message ? renderAuthMessage(this.#message, lang) : ''
    ui.error.hidden = !this.#message
    ui.logoutButton.textContent = t('Auth.Logout')
    ui.logoutButton.disabled = this.#busy

    if (user) {
      ui.userName.textContent = user.displayName
      ui.userName.title = translate(lang, 'Auth.SignedInAs', { name: user.email })
      const roles = user.roles.map((r) => (isMessageKey(`Role.${r}`) ? translate(lang, `Role.${r}` as Parameters<typeof translate>[1]) : r))
      ui.userDetail.textContent = `${user.organisation.name} · ${roles.join(lang === 'zh' ? '、' : ', ')}`
    }
  }
}
