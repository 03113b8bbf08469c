import type { IControl } from 'maplibre-gl'
import type { Http } from '../api/http.ts'
import type { MethodologyCatalog } from '../api/methodology-catalog.ts'
import type { Session } from '../auth/session.ts'
import type { SiteDrawing } from '../draw/site-drawing.ts'
import { formatAreaHa } from '../format/quantity.ts'
import { geodesicAreaHa } from '../geo/area.ts'
import type { MessageKey } from '../i18n/en.ts'
import type { LanguageStore } from '../i18n/language-choice.ts'
import { translate } from '../i18n/translate.ts'
import { EstimateSection } from '../site-panel/estimate-section.ts'
import { overlapLines } from '../site-panel/overlap-messages.ts'
import type { PanelTarget } from '../site-panel/panel-target.ts'
import { SiteActions } from '../site-panel/site-actions.ts'
import { StrataEditor } from '../site-panel/strata-editor.ts'
import { ValuationSection } from '../site-panel/valuation-section.ts'
import { formatRatioAsPercent } from '../format/number.ts'
import type { Unsubscribe } from '../util/emitter.ts'
import type { Workspace } from '../workspace/workspace.ts'
import { EDITABLE_STATUSES } from '../../../api/projects/project-status.ts'
import { el, tagged } from '../util/dom.ts'

type Tab = 'carbon' | 'value'

/**
 * The panel of the selected site or drawing: its name and area, saving a
 * drawing, overlaps with other projects, shape editing and deletion, strata,
 * and two tabs — the carbon estimate and the ecosystem product value.
 * Hidden while nothing is selected.
 */
export class SitePanelControl implements IControl {
  readonly #store: LanguageStore
  readonly #session: Session
  readonly #workspace: Workspace
  readonly #drawing: SiteDrawing
  readonly #http: Http
  readonly #catalog: MethodologyCatalog
  #root: HTMLElement | undefined
  #actions: SiteActions | undefined
  #strata: StrataEditor | undefined
  #estimate: EstimateSection | undefined
  #valuation: ValuationSection | undefined
  #tab: Tab = 'carbon'
  /** The target the valuation tab last loaded; it loads lazily when opened. */
  #valuationKey: string | undefined
  #target: PanelTarget | undefined
  #unsubscribe: Unsubscribe[] = []

  readonly #title = tagged('h2', '', 'site-title')
  readonly #close = tagged('button', 'bc-close', 'site-close')
  readonly #area = tagged('p', 'bc-area', 'site-area')
  readonly #project = el('p', 'bc-hint')
  readonly #overlaps = tagged('section', 'bc-block bc-overlaps', 'overlaps')
  readonly #tabs = el('div', 'bc-tabs')
  readonly #carbonTab = tagged('button', '', 'tab-carbon')
  readonly #valueTab = tagged('button', '', 'tab-value')

  readonly #onClose = () => {
    if (this.#workspace.selection.kind === 'draft' || this.#drawing.state === 'editing') this.#drawing.clear()
    this.#workspace.select({ kind: 'none' })
  }
  readonly #onTab = (event: Event) => {
    this.#tab = (event.currentTarget as HTMLElement) === this.#valueTab ? 'value' : 'carbon'
    this.#render()
  }

  constructor(deps: { store: LanguageStore; session: Session; workspace: Workspace; drawing: SiteDrawing; http: Http; catalog: MethodologyCatalog }) {
    this.#store = deps.store
    this.#session = deps.session
    this.#workspace = deps.workspace
    this.#drawing = deps.drawing
    this.#http = deps.http
    this.#catalog = deps.catalog
  }

  onAdd(): HTMLElement {
    const lang = this.#store.lang
    const root = tagged('aside', 'maplibregl-ctrl bc-panel bc-site-panel', 'site-panel')
    this.#actions = new SiteActions(this.#workspace, this.#drawing, lang)
    this.#strata = new StrataEditor(lang, (strata) => {
      const selection = this.#workspace.selection
      if (selection.kind !== 'site') return Promise.resolve()
      return this.#workspace.changeSite(selection.siteId, { strata })
    })
    this.#estimate = new EstimateSection(this.#http, this.#catalog, lang)
    this.#valuation = new ValuationSection(this.#http, this.#catalog, lang)
    this.#close.type = 'button'
    this.#close.textContent = '×'
    this.#carbonTab.type = 'button'
    this.#valueTab.type = 'button'
    this.#tabs.setAttribute('role', 'tablist')
    this.#tabs.append(this.#carbonTab, this.#valueTab)
    const header = el('header', 'bc-panel-header')
    header.append(this.#title, this.#close)
    root.append(header, this.#area, this.#project, this.#actions.element, this.#overlaps, this.#strata.element, this.#tabs, this.#estimate.element, this.#valuation.element)
    this.#close.addEventListener('click', this.#onClose)
    this.#carbonTab.addEventListener('click', this.#onTab)
    this.#valueTab.addEventListener('click', this.#onTab)
    this.#unsubscribe = [
      this.#store.onChange((l) => {
        this.#actions?.setLang(l)
        this.#strata?.setLang(l)
        this.#estimate?.setLang(l)
        this.#valuation?.setLang(l)
        this.#render()
      }),
      this.#workspace.onChange((change) => (change === 'overlaps' ? this.#render() : this.#retarget())),
      this.#session.onChange(() => this.#retarget()),
      this.#drawing.on((event) => {
        if (event.type === 'state') this.#retarget()
      }),
    ]
    this.#root = root
    this.#retarget()
    return root
  }

  onRemove(): void {
    this.#close.removeEventListener('click', this.#onClose)
    this.#carbonTab.removeEventListener('click', this.#onTab)
    this.#valueTab.removeEventListener('click', this.#onTab)
    for (const off of this.#unsubscribe) off()
    this.#unsubscribe = []
    this.#actions?.destroy()
    this.#strata?.destroy()
    this.#estimate?.destroy()
    this.#valuation?.destroy()
    this.#root?.remove()
    this.#root = undefined
  }

  #canWrite(): boolean {
    return this.#session.user?.roles.some((r) => r === 'owner' || r === 'admin') ?? false
  }

  /** Why a drawing cannot be saved yet, or true. */
  #canSaveDraft(): MessageKey | true {
    if (!this.#canWrite()) return 'Panel.NeedLogin'
    const project = this.#workspace.project
    if (!project || !EDITABLE_STATUSES.has(project.status)) return 'Panel.NeedProject'
    return true
  }

  /** Works out what the panel is about after any change and passes it on to the sections. */
  #retarget(): void {
    const selection = this.#workspace.selection
    const previous = this.#target
    let target: PanelTarget | undefined
    if (selection.kind === 'draft') target = { kind: 'draft', geometry: selection.geometry, areaHa: geodesicAreaHa(selection.geometry) }
    else if (selection.kind === 'site') {
      const site = this.#workspace.site(selection.siteId)
      if (site) target = { kind: 'site', site, canWrite: this.#canWrite(), methodologyId: this.#workspace.project?.methodologyId ?? null }
    }
    this.#target = target
    const editable = this.#canWrite() && EDITABLE_STATUSES.has(this.#workspace.project?.status ?? '')
    this.#actions?.setTarget(target?.kind === 'site' ? { kind: 'site', site: target.site, editable } : target, this.#canSaveDraft())
    // A reload of the site list brings new objects for unchanged sites: compare versions, so
    // unsaved edits in the strata table or the forms survive an unrelated change (an import).
    const version = (t: PanelTarget) => (t.kind === 'draft' ? t.geometry : `${t.site.id}@${t.site.updatedAt}`)
    const changed = !previous || !target || version(previous) !== version(target)
    if (target && changed) {
      if (target.kind === 'site') this.#strata?.setSite(target.site, editable)
      void this.#estimate?.setTarget(target)
      this.#valuationKey = undefined
    }
    if (!target) this.#tab = 'carbon'
    this.#render()
  }

  #render(): void {
    const root = this.#root
    if (!root) return
    const lang = this.#store.lang
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params)
    const target = this.#target
    root.hidden = !target
    root.dataset.kind = target?.kind ?? ''
    root.dataset.siteId = target?.kind === 'site' ? target.site.id : ''
    if (!target) return
    this.#title.textContent = target.kind === 'site' ? target.site.name : t('Panel.NewSite')
    this.#close.title = t('Panel.Close')
    this.#close.setAttribute('aria-label', t('Panel.Close'))
    this.#area.textContent = t('Panel.Area', { area: formatAreaHa(target.kind === 'site' ? target.site.areaHa : target.areaHa, lang) })
    const project = this.#workspace.project
    this.#project.hidden = target.kind !== 'site' || !project
    this.#project.textContent = project ? t('Panel.Project', { project: project.name }) : ''
    this.#renderOverlaps()
    if (this.#strata) this.#strata.element.hidden = target.kind !== 'site'
    this.#carbonTab.textContent = t('Panel.TabCarbon')
    this.#valueTab.textContent = t('Panel.TabValue')
    this.#carbonTab.setAttribute('aria-selected', String(this.#tab === 'carbon'))
    this.#valueTab.setAttribute('aria-selected', String(this.#tab === 'value'))
    if (this.#estimate) this.#estimate.element.hidden = this.#tab !== 'carbon'
    if (this.#valuation) this.#valuation.element.hidden = this.#tab !== 'value'
    const key = target.kind === 'site' ? `site:${target.site.id}:${target.site.areaHa}` : `draft:${target.areaHa}`
    if (this.#tab === 'value' && this.#valuationKey !== key) {
      this.#valuationKey = key
      void this.#valuation?.setTarget(target, project?.sinkType)
    }
  }

  #renderOverlaps(): void {
    const target = this.#target
    const lang = this.#store.lang
    if (target?.kind !== 'site') {
      this.#overlaps.hidden = true
      return
    }
    this.#overlaps.hidden = false
    const report = this.#workspace.overlapsOf(target.site.id)
    const children: HTMLElement[] = [Object.assign(el('h3'), { textContent: translate(lang, 'Overlap.Title') })]
    if (!report) children.push(Object.assign(el('p', 'bc-hint'), { textContent: translate(lang, 'Overlap.Loading') }))
    else if (!report.overlaps.length) children.push(Object.assign(tagged('p', 'bc-hint', 'overlap-none'), { textContent: translate(lang, 'Overlap.None') }))
    else {
      const list = tagged('ul', 'bc-warnings', 'overlap-list')
      for (const line of overlapLines(report.overlaps, lang)) list.append(Object.assign(el('li', line.blocks ? 'bc-warning' : ''), { textContent: line.text }))
      children.push(list)
      // The server's verdict against its own threshold; it decides again at submission.
      if (report.overlapCheck.exceedsLimit) {
        children.push(Object.assign(tagged('p', 'bc-error', 'overlap-limit'), { textContent: translate(lang, 'Overlap.ExceedsLimit', { max: formatRatioAsPercent(report.overlapCheck.maxShare, lang) }) }))
      }
    }
    this.#overlaps.replaceChildren(...children)
  }
}
