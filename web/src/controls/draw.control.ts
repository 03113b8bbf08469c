import type { IControl } from 'maplibre-gl'
import type { DrawingEvent, SiteDrawing } from '../draw/site-drawing.ts'
import type { ShapeMessage } from '../draw/site-shape.validation.ts'
import { formatAreaHa } from '../format/quantity.ts'
import type { LanguageStore } from '../i18n/language-choice.ts'
import { translate } from '../i18n/translate.ts'
import { el, tagged } from '../util/dom.ts'
import type { Unsubscribe } from '../util/emitter.ts'

/**
 * The drawing toolbar: start or cancel a polygon, the live geodesic area under
 * the pen, and why a shape was refused (checked when the outline is closed,
 * never mid-gesture).
 */
export class DrawControl implements IControl {
  readonly #store: LanguageStore
  readonly #drawing: SiteDrawing
  #root: HTMLElement | undefined
  #start: HTMLButtonElement | undefined
  #cancel: HTMLButtonElement | undefined
  #hint: HTMLElement | undefined
  #area: HTMLElement | undefined
  #message: HTMLElement | undefined
  #areaHa: number | null = null
  #refused: ShapeMessage | undefined
  #unsubscribe: Unsubscribe[] = []

  readonly #onStart = () => this.#drawing.startPolygon()
  readonly #onCancel = () => this.#drawing.clear()
  readonly #onDrawing = (event: DrawingEvent) => {
    if (event.type === 'area') this.#areaHa = event.areaHa
    if (event.type === 'refused') this.#refused = event.message
    // A new attempt or an accepted shape clears an old refusal.
    if (event.type === 'shape' || (event.type === 'state' && event.state === 'drawing')) this.#refused = undefined
    this.#render()
  }

  constructor(store: LanguageStore, drawing: SiteDrawing) {
    this.#store = store
    this.#drawing = drawing
  }

  onAdd(): HTMLElement {
    const root = tagged('div', 'maplibregl-ctrl bc-panel bc-draw', 'draw-control')
    this.#start = tagged('button', 'bc-primary', 'draw-start')
    this.#start.type = 'button'
    this.#cancel = tagged('button', '', 'draw-cancel')
    this.#cancel.type = 'button'
    const actions = el('div', 'bc-actions')
    actions.append(this.#start, this.#cancel)
    this.#hint = el('p', 'bc-hint')
    this.#area = tagged('p', 'bc-draw-area', 'draw-area')
    this.#area.setAttribute('aria-live', 'polite')
    this.#message = tagged('p', 'bc-error', 'draw-message')
    this.#message.setAttribute('role', 'alert')
    root.append(actions, this.#hint, this.#area, this.#message)
    this.#start.addEventListener('click', this.#onStart)
    this.#cancel.addEventListener('click', this.#onCancel)
    this.#unsubscribe = [this.#store.onChange(() => this.#render()), this.#drawing.on(this.#onDrawing)]
    this.#root = root
    this.#render()
    return root
  }

  onRemove(): void {
    this.#start?.removeEventListener('click', this.#onStart)
    this.#cancel?.removeEventListener('click', this.#onCancel)
    for (const off of this.#unsubscribe) off()
    this.#unsubscribe = []
    this.#root?.remove()
    this.#root = undefined
  }

  #render(): void {
    if (!this.#root || !this.#start || !this.#cancel || !this.#hint || !this.#area || !this.#message) return
    const lang = this.#store.lang
    const state = this.#drawing.state
    this.#root.dataset.state = state
    this.#start.textContent = translate(lang, 'Draw.Start')
    this.#start.hidden = state === 'drawing'
    this.#cancel.textContent = translate(lang, 'Draw.Cancel')
    this.#cancel.hidden = state !== 'drawing'
    this.#hint.textContent = state === 'drawing' ? translate(lang, 'Draw.Hint') : state === 'editing' ? translate(lang, 'Draw.EditHint') : ''
    this.#hint.hidden = this.#hint.textContent === ''
    const showArea = state !== 'idle'
    this.#area.hidden = !showArea
    this.#area.textContent = this.#areaHa === null ? translate(lang, 'Draw.NoArea') : translate(lang, 'Draw.Area', { area: formatAreaHa(this.#areaHa, lang) })
    this.#message.hidden = !this.#refused
    this.#message.textContent = this.#refused ? translate(lang, this.#refused.key, this.#refused.params) : ''
  }
}
