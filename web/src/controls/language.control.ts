import type { IControl } from 'maplibre-gl'
import type { LanguageStore } from '../i18n/language-choice.ts'
import { LANGUAGES, translate, type Lang } from '../i18n/translate.ts'
import { el, tagged } from '../util/dom.ts'
import type { Unsubscribe } from '../util/emitter.ts'

/** Two toggle buttons, 中文 | EN; the choice is remembered by the LanguageStore. */
export class LanguageControl implements IControl {
  readonly #store: LanguageStore
  #container: HTMLElement | undefined
  #buttons = new Map<Lang, HTMLButtonElement>()
  #offChange: Unsubscribe | undefined
  readonly #onClick = (event: MouseEvent) => {
    const lang = (event.currentTarget as HTMLElement).dataset.lang as Lang
    this.#store.set(lang)
  }

  constructor(store: LanguageStore) {
    this.#store = store
  }

  onAdd(): HTMLElement {
    const container = el('div', 'maplibregl-ctrl maplibregl-ctrl-group bc-language')
    container.setAttribute('role', 'group')
    for (const lang of LANGUAGES) {
      const button = tagged('button', '', `language-${lang}`)
      button.type = 'button'
      button.dataset.lang = lang
      button.textContent = translate(lang, `Language.${lang}`)
      // Each button is labelled in its own language, so it reads right to anyone looking for it.
      button.lang = lang
      button.addEventListener('click', this.#onClick)
      container.append(button)
      this.#buttons.set(lang, button)
    }
    this.#offChange = this.#store.onChange(() => this.#render())
    this.#container = container
    this.#render()
    return container
  }

  onRemove(): void {
    for (const button of this.#buttons.values()) button.removeEventListener('click', this.#onClick)
    this.#offChange?.()
    this.#container?.remove()
    this.#buttons.clear()
    this.#container = undefined
  }

  #render(): void {
    const current = this.#store.lang
    this.#container?.setAttribute('aria-label', translate(current, 'Language.Label'))
    for (const [lang, button] of this.#buttons) button.setAttribute('aria-pressed', String(lang === current))
  }
}
