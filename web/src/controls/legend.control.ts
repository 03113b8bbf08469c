import type { IControl } from 'maplibre-gl'
import type { LanguageStore } from '../i18n/language-choice.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import type { SitesLoader, SitesStatus } from '../map/sites-loader.ts'
import { COLORS } from '../map/style.ts'
import { el, tagged } from '../util/dom.ts'
import type { Unsubscribe } from '../util/emitter.ts'

type Swatch = { key: 'Legend.Sites' | 'Legend.Land' | 'Legend.Sea'; fill: string; line?: string }

const SWATCHES: Swatch[] = [
  { key: 'Legend.Sites', fill: COLORS.siteFill, line: COLORS.siteLine },
  { key: 'Legend.Land', fill: COLORS.land, line: COLORS.coast },
  { key: 'Legend.Sea', fill: COLORS.sea },
]

function statusText(status: SitesStatus, lang: Lang): string {
  switch (status.state) {
    case 'loading':
      return translate(lang, 'Legend.Loading')
    case 'failed':
      return translate(lang, 'Legend.LoadFailed')
    case 'loaded':
      return status.truncated ? translate(lang, 'Legend.Truncated') : translate(lang, 'Legend.SitesInView', { count: status.count })
  }
}

/** What the colours mean, and how many registry sites the view holds. */
export class LegendControl implements IControl {
  readonly #store: LanguageStore
  readonly #loader: SitesLoader
  #root: HTMLElement | undefined
  #title: HTMLElement | undefined
  #labels: HTMLElement[] = []
  #status: HTMLElement | undefined
  #unsubscribe: Unsubscribe[] = []

  constructor(store: LanguageStore, loader: SitesLoader) {
    this.#store = store
    this.#loader = loader
  }

  onAdd(): HTMLElement {
    const root = el('div', 'maplibregl-ctrl bc-panel bc-legend')
    this.#title = el('h2')
    const list = el('ul')
    this.#labels = SWATCHES.map((s) => {
      const item = el('li')
      const swatch = el('span', 'bc-swatch')
      swatch.style.background = s.fill
      if (s.line) swatch.style.borderColor = s.line
      const label = el('span')
      item.append(swatch, label)
      list.append(item)
      return label
    })
    this.#status = tagged('p', 'bc-legend-status', 'sites-status')
    this.#status.setAttribute('aria-live', 'polite')
    root.append(this.#title, list, this.#status)
    this.#unsubscribe = [this.#store.onChange(() => this.#render()), this.#loader.onStatus(() => this.#render())]
    this.#root = root
    this.#render()
    return root
  }

  onRemove(): void {
    for (const off of this.#unsubscribe) off()
    this.#unsubscribe = []
    this.#root?.remove()
    this.#root = undefined
  }

  #render(): void {
    const lang = this.#store.lang
    if (this.#title) this.#title.textContent = translate(lang, 'Legend.Title')
    this.#labels.forEach((label, i) => (label.textContent = translate(lang, SWATCHES[i]!.key)))
    if (this.#status) this.#status.textContent = statusText(this.#loader.status, lang)
  }
}
