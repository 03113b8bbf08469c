import type { ReferencePrice } from '../api/carbon-prices.ts'
import type { CarbonPriceChoice } from '../api/valuations.ts'
import { formatNumber } from '../format/number.ts'
import { parseNumber } from '../forms/form-state.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { el, tagged } from '../util/dom.ts'

const OWN_PRICE = 'user'

/**
 * The carbon price scenario of a valuation: one of the seeded series, shown
 * with its reference price and period (the server resolves it, with its
 * source), or the user's own price with a note on where it comes from.
 * A series without a seeded price cannot be chosen.
 */
export class CarbonPricePicker {
  readonly element = el('div', 'bc-carbon-price')
  #lang: Lang
  #prices: Record<string, ReferencePrice | null> = {}
  #choice = OWN_PRICE
  readonly #label = el('span')
  readonly #select = tagged('select', 'bc-input', 'carbon-price-select')
  readonly #own = el('div', 'bc-own-price')
  readonly #value = tagged('input', 'bc-input', 'own-price-value')
  readonly #note = tagged('input', 'bc-input', 'own-price-note')
  readonly #valueLabel = el('span')
  readonly #noteLabel = el('span')
  readonly #onChange = () => {
    this.#choice = this.#select.value
    this.render()
  }

  constructor(lang: Lang) {
    this.#lang = lang
    const price = el('label', 'bc-field')
    price.append(this.#label, this.#select)
    this.#value.inputMode = 'decimal'
    const unit = el('span', 'bc-input-wrap')
    unit.append(this.#value, el('span', 'bc-unit', 'CNY/tCO2e'))
    const value = el('label', 'bc-field')
    value.append(this.#valueLabel, unit)
    const note = el('label', 'bc-field')
    note.append(this.#noteLabel, this.#note)
    this.#own.append(value, note)
    this.element.append(price, this.#own)
    this.#select.addEventListener('change', this.#onChange)
  }

  destroy(): void {
    this.#select.removeEventListener('change', this.#onChange)
  }

  setLang(lang: Lang): void {
    this.#lang = lang
    this.render()
  }

  /** The seeded reference prices; the first series that has one is chosen. */
  setPrices(prices: Record<string, ReferencePrice | null>): void {
    this.#prices = prices
    this.#choice = Object.keys(prices).find((s) => prices[s]) ?? OWN_PRICE
    this.render()
  }

  /** Shows the price a saved valuation used (its basis). */
  restore(basis: { kind: string; series?: string; priceCnyPerTco2e?: number | string; sourceNote?: string }): void {
    if (basis.kind === 'series' && basis.series) this.#choice = basis.series
    else if (basis.kind === 'user') {
      this.#choice = OWN_PRICE
      this.#value.value = String(basis.priceCnyPerTco2e ?? '')
      this.#note.value = basis.sourceNote ?? ''
    }
    this.render()
  }

  /** The choice as the API takes it, or why it cannot be sent yet. */
  value(): CarbonPriceChoice | { problem: MessageKey } {
    if (this.#choice !== OWN_PRICE) return { series: this.#choice }
    const price = parseNumber(this.#value.value)
    if (price === undefined || price < 0) return { problem: this.#value.value.trim() ? 'Form.NotANumber' : 'Form.NeedsInput' }
    const note = this.#note.value.trim()
    return { priceCnyPerTco2e: price, ...(note ? { sourceNote: note } : {}) }
  }

  render(): void {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(this.#lang, key, params)
    this.#label.textContent = t('Value.CarbonPrice')
    const series = Object.entries(this.#prices).map(([name, p]) => {
      const option = el('option', '', p ? t('Value.SeriesOption', { series: name, price: formatNumber(Number(p.priceCnyPerTco2e), this.#lang), from: p.periodStart, to: p.periodEnd }) : t('Value.SeriesMissing', { series: name }))
      option.value = name
      option.disabled = !p
      if (p) option.title = p.sourceUrl
      return option
    })
    const own = el('option', '', t('Value.OwnPrice'))
    own.value = OWN_PRICE
    this.#select.replaceChildren(...series, own)
    this.#select.value = this.#choice
    this.#own.hidden = this.#choice !== OWN_PRICE
    this.#valueLabel.textContent = t('Value.OwnPriceValue')
    this.#noteLabel.textContent = t('Value.OwnPriceNote')
    this.#value.placeholder = t('Form.NeedsInput')
  }
}
