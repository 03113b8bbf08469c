import type { AreaBasedResult, SavedEstimate } from '../api/estimates.ts'
import { getEstimate, listEstimates, runEstimate, saveEstimate } from '../api/estimates.ts'
import type { Http } from '../api/http.ts'
import type { MethodologyCatalog } from '../api/methodology-catalog.ts'
import type { MethodologySummary } from '../api/methodologies.ts'
import { renderEstimateResult } from '../estimate/estimate-result.ts'
import { strataPrefill } from '../estimate/strata-prefill.ts'
import { formatNumber } from '../format/number.ts'
import { collectValue, stateFromValue } from '../forms/form-state.ts'
import { GeneratedForm } from '../forms/generated-form.ts'
import { specToFields, type FieldNode } from '../forms/spec-to-fields.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { fieldErrors } from './error-text.ts'
import { targetAreaHa, targetBody, type PanelTarget } from './panel-target.ts'
import { RunSaveCycle } from './run-save-cycle.ts'
import { el, tagged } from '../util/dom.ts'

/** Used when neither the project nor a saved estimate names a methodology: the platform's first case. */
const FALLBACK_METHODOLOGY = 'mangrove-afforestation'

/**
 * The carbon part of the site panel: pick a methodology, fill the form built
 * from its JSON Schema, run, see the chart and deductions, save. For a stored
 * site the latest saved estimate is shown first, with the inputs it was run
 * with.
 */
export class EstimateSection {
  readonly element: HTMLElement
  readonly #http: Http
  readonly #catalog: MethodologyCatalog
  #lang: Lang
  #target: PanelTarget | undefined
  #methodologies: MethodologySummary[] = []
  #methodologyId: string | undefined
  #fields: FieldNode | undefined
  #form: GeneratedForm | undefined
  #result: AreaBasedResult | undefined
  #saved: SavedEstimate | undefined
  /** When the estimate shown came from storage (not run in this panel). */
  #loadedAt: string | undefined

  readonly #title = el('h3')
  readonly #pickerLabel = el('span')
  readonly #picker = tagged('select', 'bc-input', 'methodology-select')
  readonly #description = el('p', 'bc-hint')
  readonly #formSlot = el('div')
  readonly #cycle = new RunSaveCycle('estimate', 'Estimate', { lang: () => this.#lang, submit: (save) => void this.#submit(save), render: () => this.#render() })
  readonly #resultSlot = el('div')

  readonly #onPick = () => void this.#loadMethodology(this.#picker.value, undefined)

  constructor(http: Http, catalog: MethodologyCatalog, lang: Lang) {
    this.#http = http
    this.#catalog = catalog
    this.#lang = lang
    this.element = tagged('section', 'bc-block', 'estimate-section')
    const label = el('label', 'bc-field')
    label.append(this.#pickerLabel, this.#picker)
    this.element.append(this.#title, label, this.#description, this.#formSlot, this.#cycle.actions.element, this.#cycle.actions.statusLine, this.#resultSlot)
    this.#picker.addEventListener('change', this.#onPick)
    this.#render()
  }

  destroy(): void {
    this.#picker.removeEventListener('change', this.#onPick)
    this.#cycle.destroy()
    this.#form?.destroy()
    this.element.remove()
  }

  setLang(lang: Lang): void {
    this.#lang = lang
    this.#form?.setLang(lang)
    this.#render()
  }

  /** Shows the section for a new drawing or site; for a site, its latest saved estimate. */
  async setTarget(target: PanelTarget): Promise<void> {
    const generation = this.#cycle.restart()
    const sameSite = this.#target?.kind === 'site' && target.kind === 'site' && this.#target.site.id === target.site.id
    this.#target = target
    if (sameSite && this.#fields) {
      // Same site, new shape or strata: keep the form, its area changes.
      this.#rebuildForm(this.#form ? collectValue(this.#fields, this.#form.state).value : undefined)
      return
    }
    this.#cycle.status = undefined
    this.#result = undefined
    this.#saved = undefined
    this.#loadedAt = undefined
    this.#render()
    await this.#cycle.load('Estimate.LoadFailed', async (stale) => {
      this.#methodologies = (await this.#catalog.list()).filter((m) => m.kind === 'area-based')
      if (stale()) return
      let inputs: Record<string, unknown> | undefined
      let methodologyId = target.kind === 'site' ? target.methodologyId : null
      if (target.kind === 'site') {
        const [latest] = await listEstimates(this.#http, target.site.id)
        if (stale()) return
        if (latest) {
          const saved = await getEstimate(this.#http, latest.id)
          if (stale()) return
          this.#saved = saved.estimate
          this.#result = saved.result
          this.#loadedAt = saved.estimate.createdAt
          inputs = saved.inputs
          methodologyId = saved.estimate.methodology.id
        }
      }
      const known = this.#methodologies.some((m) => m.id === methodologyId)
      await this.#loadMethodology(known && methodologyId ? methodologyId : (this.#methodologies.find((m) => m.id === FALLBACK_METHODOLOGY) ?? this.#methodologies[0])?.id, inputs, generation)
    }, generation)
  }

  async #loadMethodology(id: string | undefined, inputs: Record<string, unknown> | undefined, generation?: number): Promise<void> {
    // Picking another methodology is a new subject; loading the saved one continues the target's.
    if (generation === undefined) generation = this.#cycle.restart()
    this.#methodologyId = id
    this.#fields = undefined
    this.#form?.destroy()
    this.#form = undefined
    if (inputs === undefined) {
      this.#result = undefined
      this.#saved = undefined
      this.#loadedAt = undefined
      this.#cycle.status = undefined
    }
    this.#render()
    if (!id) return
    await this.#cycle.load('Estimate.LoadFailed', async (stale) => {
      const detail = await this.#catalog.detail(id)
      if (stale()) return
      this.#fields = specToFields(detail.inputSchema)
      let initial = inputs
      if (!initial && this.#target?.kind === 'site') {
        const strata = strataPrefill(this.#fields, this.#target.site.strata)
        if (strata) initial = { strata }
      }
      this.#rebuildForm(initial)
    }, generation)
  }

  #fixed(): Map<string, unknown> {
    return this.#target ? new Map([['areaHa', targetAreaHa(this.#target)]]) : new Map()
  }

  #rebuildForm(value: unknown): void {
    if (!this.#fields || !this.#target) return
    this.#form?.destroy()
    const areaHa = targetAreaHa(this.#target)
    this.#form = new GeneratedForm(this.#fields, stateFromValue(this.#fields, value), {
      lang: this.#lang,
      fixed: new Map([['areaHa', { display: formatNumber(areaHa, this.#lang, 4) }]]),
      testId: 'estimate-form',
    })
    this.#formSlot.replaceChildren(this.#form.element)
    this.#render()
  }

  async #submit(save: boolean): Promise<void> {
    const target = this.#target
    const form = this.#form
    const fields = this.#fields
    const methodology = this.#methodologyId
    if (!target || !form || !fields || !methodology || this.#cycle.busy) return
    const { value, problems } = collectValue(fields, form.state, this.#fixed())
    if (problems.length) {
      form.showProblems(problems.map((p) => ({ path: p.path, message: translate(this.#lang, p.key, p.params) })))
      this.#cycle.status = { key: 'Form.ProblemsSummary', params: { count: problems.length }, error: true }
      this.#render()
      return
    }
    form.showProblems([])
    await this.#cycle.submit(
      save,
      'Estimate.Failed',
      async (stale) => {
        if (save && target.kind === 'site') {
          const saved = await saveEstimate(this.#http, methodology, value, target.site.id)
          if (stale()) return
          this.#result = saved.result
          this.#saved = saved.estimate
        } else {
          const result = await runEstimate(this.#http, methodology, value, targetBody(target))
          if (stale()) return
          this.#result = result
          this.#saved = undefined
        }
        this.#loadedAt = undefined
      },
      (error) => {
        form.showProblems(fieldErrors(error, 'params'))
        return undefined
      },
    )
  }

  #render(): void {
    const lang = this.#lang
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params)
    this.#title.textContent = t('Estimate.Title')
    this.#pickerLabel.textContent = t('Estimate.Methodology')
    this.#picker.replaceChildren(
      ...this.#methodologies.map((m) => {
        const option = el('option')
        option.value = m.id
        option.textContent = m.title[lang]
        return option
      }),
    )
    if (this.#methodologyId) this.#picker.value = this.#methodologyId
    this.#description.textContent = this.#methodologies.find((m) => m.id === this.#methodologyId)?.description[lang] ?? ''
    const canSave = this.#target?.kind === 'site' && this.#target.canWrite
    this.#cycle.render(
      { ready: this.#form !== undefined, canSave, saveTitle: this.#target?.kind === 'draft' ? t('Estimate.SaveNeedsSite') : canSave ? '' : t('Estimate.SaveNeedsOwner') },
      { saved: this.#saved, loadedAt: this.#loadedAt, hasResult: this.#result !== undefined },
    )
    this.element.dataset.saved = this.#saved ? this.#saved.id : ''
    this.#resultSlot.replaceChildren(...(this.#result ? [renderEstimateResult(this.#result, lang)] : []))
  }
}
