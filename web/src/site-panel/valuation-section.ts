import { SERVER_FILLED_PARAMS } from '../../../api/valuations/server-filled.ts'
import { referencePrices } from '../api/carbon-prices.ts'
import type { Http } from '../api/http.ts'
import type { MethodologyCatalog } from '../api/methodology-catalog.ts'
import { getValuation, listValuations, reportLinks, runValuation, type SavedValuation, type ValuationBasis, type ValuationResult } from '../api/valuations.ts'
import { fieldAtPath } from '../forms/field-at-path.ts'
import { fieldLabel, optionLabel } from '../forms/field-label.ts'
import { collectValue, stateFromValue } from '../forms/form-state.ts'
import { GeneratedForm } from '../forms/generated-form.ts'
import { specToFields, type FieldNode, type GroupField, type VariantField } from '../forms/spec-to-fields.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { renderValuationResult } from '../valuation/valuation-result.ts'
import { CarbonPricePicker } from './carbon-price-picker.ts'
import { errorText, fieldErrors } from './error-text.ts'
import { targetBody, type PanelTarget } from './panel-target.ts'
import { RunSaveCycle } from './run-save-cycle.ts'
import { el, tagged } from '../util/dom.ts'

/** The methodology id under which the API publishes the GEP input schema. */
export const GEP_METHODOLOGY_ID = 'gep-valuation'

/** Inputs chosen above the form or taken from the site, never typed: the API's own list. */
const SERVER_FILLED: ReadonlySet<string> = new Set(SERVER_FILLED_PARAMS)

/** The ecosystem that a project's sink type suggests. */
const ECOSYSTEM_FOR_SINK: Record<string, string> = { mangrove: 'mangrove', wetland: 'salt-marsh', forest: 'forest', marine: 'mariculture' }

/** The params form of one ecosystem: its branch of the GEP schema without the server-filled inputs. */
function paramsFields(root: VariantField, ecosystem: string): GroupField {
  const variant = root.variants.find((v) => v.value === ecosystem)
  return {
    kind: 'group',
    key: '',
    about: undefined,
    source: undefined,
    sourceInherited: false,
    required: true,
    unit: undefined,
    hasDefault: false,
    fields: (variant?.fields ?? []).filter((f) => !SERVER_FILLED.has(f.key)),
  }
}

/**
 * The GEP part of the site panel: ecosystem, carbon price scenario (a seeded
 * series with its source, or the user's own), and a form built from the GEP
 * model's JSON Schema. Inputs without a sourced default are shown as
 * required and left empty; the result shows services by class, their sources
 * and the sensitivity ranking, with links to the printable and PDF report.
 */
export class ValuationSection {
  readonly element: HTMLElement
  readonly #http: Http
  readonly #catalog: MethodologyCatalog
  #lang: Lang
  #target: PanelTarget | undefined
  #root: VariantField | undefined
  #ecosystem = ''
  #fields: FieldNode | undefined
  #form: GeneratedForm | undefined
  readonly #price: CarbonPricePicker
  #result: { result: ValuationResult; basis: ValuationBasis | undefined } | undefined
  #saved: SavedValuation | undefined
  /** When the valuation shown came from storage (not run in this panel). */
  #loadedAt: string | undefined

  readonly #title = el('h3')
  readonly #ecosystemLabel = el('span')
  readonly #ecosystemSelect = tagged('select', 'bc-input', 'ecosystem-select')
  readonly #formSlot = el('div')
  readonly #cycle = new RunSaveCycle('valuation', 'Value', { lang: () => this.#lang, submit: (save) => void this.#submit(save), render: () => this.#render() })
  readonly #reports = tagged('p', 'bc-actions bc-reports', 'report-links')
  readonly #resultSlot = el('div')

  readonly #onEcosystem = () => {
    this.#ecosystem = this.#ecosystemSelect.value
    this.#rebuildForm(undefined)
  }

  constructor(http: Http, catalog: MethodologyCatalog, lang: Lang) {
    this.#http = http
    this.#catalog = catalog
    this.#lang = lang
    this.element = tagged('section', 'bc-block', 'valuation-section')
    const ecosystem = el('label', 'bc-field')
    ecosystem.append(this.#ecosystemLabel, this.#ecosystemSelect)
    this.#price = new CarbonPricePicker(lang)
    this.element.append(this.#title, ecosystem, this.#price.element, this.#formSlot, this.#cycle.actions.element, this.#cycle.actions.statusLine, this.#reports, this.#resultSlot)
    this.#ecosystemSelect.addEventListener('change', this.#onEcosystem)
    this.#render()
  }

  destroy(): void {
    this.#ecosystemSelect.removeEventListener('change', this.#onEcosystem)
    this.#price.destroy()
    this.#cycle.destroy()
    this.#form?.destroy()
    this.element.remove()
  }

  setLang(lang: Lang): void {
    this.#lang = lang
    this.#form?.setLang(lang)
    this.#price.setLang(lang)
    this.#render()
  }

  async setTarget(target: PanelTarget, sinkType: string | undefined): Promise<void> {
    this.#cycle.restart()
    const sameSite = this.#target?.kind === 'site' && target.kind === 'site' && this.#target.site.id === target.site.id
    this.#target = target
    if (sameSite && this.#root) return this.#render()
    this.#result = undefined
    this.#saved = undefined
    this.#cycle.status = undefined
    this.#loadedAt = undefined
    this.#render()
    await this.#cycle.load('Value.LoadFailed', async (stale) => {
      try {
        const [detail, prices] = await Promise.all([this.#catalog.detail(GEP_METHODOLOGY_ID), referencePrices(this.#http)])
        if (stale()) return
        const root = specToFields(detail.inputSchema)
        if (root.kind !== 'variant') throw new Error('GEP input schema is not a union of ecosystems')
        this.#root = root
        this.#price.setPrices(prices)
        const suggested = sinkType ? ECOSYSTEM_FOR_SINK[sinkType] : undefined
        this.#ecosystem = root.variants.some((v) => v.value === suggested) ? suggested! : (root.variants[0]?.value ?? '')
        let inputs: Record<string, unknown> | undefined
        if (target.kind === 'site') {
          const [latest] = await listValuations(this.#http, target.site.id)
          if (stale()) return
          if (latest) {
            const saved = await getValuation(this.#http, latest.id)
            if (stale()) return
            this.#result = { result: saved.result, basis: saved.basis }
            this.#saved = latest
            this.#loadedAt = latest.createdAt
            this.#ecosystem = saved.result.ecosystem
            inputs = saved.inputs
            this.#price.restore(saved.basis.carbonPrice)
          }
        }
        this.#rebuildForm(inputs)
      } catch (error) {
        // Without the model's schema there is no form to show.
        if (!stale()) this.#root = undefined
        throw error
      }
    })
  }

  #rebuildForm(value: unknown): void {
    if (!this.#root) return
    this.#fields = paramsFields(this.#root, this.#ecosystem)
    this.#form?.destroy()
    this.#form = new GeneratedForm(this.#fields, stateFromValue(this.#fields, value), { lang: this.#lang, testId: 'valuation-form' })
    this.#formSlot.replaceChildren(this.#form.element)
    this.#render()
  }

  async #submit(save: boolean): Promise<void> {
    const target = this.#target
    const form = this.#form
    const fields = this.#fields
    if (!target || !form || !fields || this.#cycle.busy) return
    const { value, problems } = collectValue(fields, form.state)
    const carbonPrice = this.#price.value()
    form.showProblems(problems.map((p) => ({ path: p.path, message: translate(this.#lang, p.key, p.params) })))
    if ('problem' in carbonPrice) {
      this.#cycle.status = { text: `${translate(this.#lang, 'Value.CarbonPrice')}: ${translate(this.#lang, carbonPrice.problem)}`, error: true }
      return this.#render()
    }
    if (problems.length) {
      this.#cycle.status = { key: 'Form.ProblemsSummary', params: { count: problems.length }, error: true }
      return this.#render()
    }
    await this.#cycle.submit(
      save,
      'Value.Failed',
      async (stale) => {
        const run = await runValuation(this.#http, { ...targetBody(target), ecosystem: this.#ecosystem, params: value as Record<string, unknown>, carbonPrice, ...(save ? { save: true } : {}) })
        if (stale()) return
        this.#result = { result: run.result, basis: run.basis }
        this.#saved = run.valuation
        this.#loadedAt = undefined
      },
      (error) => {
        form.showProblems(fieldErrors(error, 'params'))
        const priceErrors = fieldErrors(error, 'carbonPrice').map((e) => e.message)
        const text = errorText(error, this.#lang, 'Value.Failed')
        return priceErrors.length ? `${text} ${translate(this.#lang, 'Value.CarbonPrice')}: ${priceErrors.join(' ')}` : text
      },
    )
  }

  #render(): void {
    const lang = this.#lang
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params)
    this.#title.textContent = t('Value.Title')
    this.#ecosystemLabel.textContent = t('Value.Ecosystem')
    this.#ecosystemSelect.replaceChildren(
      ...(this.#root?.variants ?? []).map((v) => Object.assign(el('option'), { value: v.value, textContent: optionLabel(v.value, lang) })),
    )
    this.#ecosystemSelect.value = this.#ecosystem

    const canSave = this.#target?.kind === 'site' && this.#target.canWrite
    this.#cycle.render(
      { ready: this.#form !== undefined, canSave, saveTitle: canSave ? '' : t('Value.SaveNeedsSite') },
      { saved: this.#saved, loadedAt: this.#loadedAt, hasResult: this.#result !== undefined },
    )
    this.#renderReports()
    // Sensitivity rows name inputs by path; show the form's label instead, its first sentence only
    // (the rest of an `about` explains the default).
    const labelOf = (parameter: string) => {
      const field = this.#fields && fieldAtPath(this.#fields, parameter)
      return field ? fieldLabel(field, lang).replace(/(\. |。).*$/, '') : parameter
    }
    this.#resultSlot.replaceChildren(...(this.#result ? [renderValuationResult(this.#result.result, this.#result.basis, lang, labelOf)] : []))
  }

  #renderReports(): void {
    const t = (key: MessageKey) => translate(this.#lang, key)
    if (this.#target?.kind !== 'site') {
      this.#reports.replaceChildren(Object.assign(el('span', 'bc-hint'), { textContent: t('Value.ReportNeedsSite') }))
      return
    }
    const links = reportLinks(this.#target.site.id, this.#lang)
    const html = Object.assign(tagged('a', 'bc-button', 'report-html'), { href: links.html, target: '_blank', rel: 'noopener', textContent: t('Value.Report') })
    const pdf = Object.assign(tagged('a', 'bc-button', 'report-pdf'), { href: links.pdf, textContent: t('Value.Pdf') })
    pdf.setAttribute('download', '')
    this.#reports.replaceChildren(html, pdf)
  }
}
