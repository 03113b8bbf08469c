import type { IControl } from 'maplibre-gl'
import type { LanguageStore } from '../i18n/language-choice.ts'
import { translate } from '../i18n/translate.ts'
import { el, tagged } from '../util/dom.ts'
import type { Unsubscribe } from '../util/emitter.ts'

/** The app's name over the map; also keeps document.title and <html lang> in step with the language. */
export class TitleControl implements IControl {
  readonly #store: LanguageStore
  #root: HTMLElement | undefined
  #heading: HTMLElement | undefined
  #subtitle: HTMLElement | undefined
  #offChange: Unsubscribe | undefined

  constructor(store: LanguageStore) {
    this.#store = store
  }

  onAdd(): HTMLElement {
    const root = el('header', 'maplibregl-ctrl bc-panel bc-title')
    this.#heading = tagged('h1', '', 'app-title')
    this.#subtitle = el('p')
    root.append(this.#heading, this.#subtitle)
    this.#offChange = this.#store.onChange(() => this.#render())
    this.#root = root
    this.#render()
    return root
  }

  onRemove(): void {
    this.#offChange?.()
    this.#root?.remove()
    this.#root = undefined
  }

  #render(): void {
    const lang = this.#store.lang
    const title = translate(lang, 'App.Title')
    if (this.#heading) this.#heading.textContent = title
    if (this.#subtitle) this.#subtitle.textContent = translate(lang, 'App.Subtitle')
    document.title = title
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  }
}
