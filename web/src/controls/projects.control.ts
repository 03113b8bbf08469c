import type { IControl, Map as MapLibreMap } from 'maplibre-gl'
import { EDITABLE_STATUSES } from '../../../api/projects/project-status.ts'
import { SINK_TYPES } from '../../../methodologies/types.ts'
import type { ImportResult } from '../api/sites.ts'
import type { Session } from '../auth/session.ts'
import { formatAreaHa } from '../format/quantity.ts'
import { geometryBounds } from '../geo/bounds.ts'
import type { LanguageStore } from '../i18n/language-choice.ts'
import type { MessageKey } from '../i18n/en.ts'
import { isMessageKey, translate, type Lang } from '../i18n/translate.ts'
import { errorText } from '../site-panel/error-text.ts'
import type { Unsubscribe } from '../util/emitter.ts'
import type { Workspace } from '../workspace/workspace.ts'
import { el, tagged } from '../util/dom.ts'

function statusLabel(status: string, lang: Lang): string {
  const key = `SiteStatus.${status}`
  return isMessageKey(key) ? translate(lang, key) : status
}

/**
 * The owner's projects: pick one, create one, see and open its sites, import
 * sites from a KML/KMZ, GeoJSON or zipped Shapefile. Hidden behind a hint
 * until someone is signed in.
 */
export class ProjectsControl implements IControl {
  readonly #store: LanguageStore
  readonly #session: Session
  readonly #workspace: Workspace
  #map: MapLibreMap | undefined
  #root: HTMLElement | undefined
  #creating = false
  #busy = false
  #message: { text: string; error: boolean; details?: string[] } | undefined
  #unsubscribe: Unsubscribe[] = []

  // Elements that keep their state across renders (typed text, chosen file).
  readonly #nameInput = tagged('input', 'bc-input', 'project-name')
  readonly #sinkSelect = tagged('select', 'bc-input', 'project-sink')
  readonly #fileInput = tagged('input', '', 'import-file')

  readonly #onChange = (event: Event) => {
    const target = event.target as HTMLElement
    if (target.dataset.testid === 'project-select') void this.#guard(() => this.#workspace.selectProject((target as HTMLSelectElement).value))
    if (target === this.#fileInput) void this.#import()
  }
  readonly #onClick = (event: Event) => {
    const button = (event.target as Element).closest('button')
    if (!button) return
    const action = button.dataset.action
    if (action === 'new') this.#creating = true
    if (action === 'cancel') this.#creating = false
    if (action === 'create') return void this.#create()
    if (action === 'site' && button.dataset.siteId) return this.#openSite(button.dataset.siteId)
    this.#render()
  }

  constructor(store: LanguageStore, session: Session, workspace: Workspace) {
    this.#store = store
    this.#session = session
    this.#workspace = workspace
    this.#fileInput.type = 'file'
    this.#fileInput.accept = '.kml,.kmz,.geojson,.json,.zip'
  }

  onAdd(map: MapLibreMap): HTMLElement {
    this.#map = map
    const root = tagged('section', 'maplibregl-ctrl bc-panel bc-projects', 'projects-control')
    root.addEventListener('change', this.#onChange)
    root.addEventListener('click', this.#onClick)
    this.#unsubscribe = [
      this.#store.onChange(() => this.#render()),
      this.#session.onChange(() => this.#render()),
      this.#workspace.onChange((c) => c !== 'overlaps' && this.#render()),
    ]
    this.#root = root
    this.#render()
    return root
  }

  onRemove(): void {
    this.#root?.removeEventListener('change', this.#onChange)
    this.#root?.removeEventListener('click', this.#onClick)
    for (const off of this.#unsubscribe) off()
    this.#unsubscribe = []
    this.#root?.remove()
    this.#root = undefined
    this.#map = undefined
  }

  async #guard(action: () => Promise<unknown>, fallback: MessageKey = 'Projects.LoadFailed'): Promise<void> {
    this.#busy = true
    this.#message = undefined
    this.#render()
    try {
      await action()
    } catch (error) {
      this.#message = { text: errorText(error, this.#store.lang, fallback), error: true }
    } finally {
      this.#busy = false
      this.#render()
    }
  }

  async #create(): Promise<void> {
    const name = this.#nameInput.value.trim()
    if (!name) {
      this.#message = { text: translate(this.#store.lang, 'Form.Required'), error: true }
      return this.#render()
    }
    await this.#guard(async () => {
      await this.#workspace.addProject({ name, sinkType: this.#sinkSelect.value })
      this.#creating = false
      this.#nameInput.value = ''
    }, 'Projects.CreateFailed')
  }

  async #import(): Promise<void> {
    const file = this.#fileInput.files?.[0]
    if (!file) return
    let result: ImportResult | undefined
    await this.#guard(async () => {
      result = await this.#workspace.importFile(file)
    }, 'Projects.ImportFailed')
    this.#fileInput.value = ''
    if (!result) return this.#render()
    const lang = this.#store.lang
    this.#message = {
      text: translate(lang, 'Projects.Imported', { count: result.imported.length }),
      error: false,
      details: result.rejected.map((r) => translate(lang, 'Projects.Rejected', { name: r.name ?? `#${r.index + 1}`, reasons: r.errors.map((e) => e.message).join('; ') })),
    }
    const first = result.imported[0]
    if (first) this.#openSite(first.id)
    this.#render()
  }

  #openSite(siteId: string): void {
    const site = this.#workspace.site(siteId)
    if (!site) return
    this.#workspace.select({ kind: 'site', siteId })
    const [w, s, e, n] = geometryBounds(site.geometry)
    this.#map?.fitBounds([w, s, e, n], { padding: 80, maxZoom: 16, duration: 0 })
  }

  #render(): void {
    const root = this.#root
    if (!root) return
    const lang = this.#store.lang
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params)
    const children: HTMLElement[] = [Object.assign(el('h2'), { textContent: t('Projects.Title') })]
    if (!this.#session.user) {
      children.push(Object.assign(el('p', 'bc-hint'), { textContent: t('Projects.LoginHint') }))
      root.replaceChildren(...children)
      return
    }
    const ws = this.#workspace
    if (ws.projects.length) {
      const select = tagged('select', 'bc-input', 'project-select')
      for (const p of ws.projects) {
        select.append(Object.assign(el('option'), { value: p.id, textContent: t('Projects.Option', { name: p.name, status: statusLabel(p.status, lang), count: p.siteCount }) }))
      }
      select.value = ws.project?.id ?? ''
      select.disabled = this.#busy
      children.push(select)
    } else children.push(Object.assign(el('p', 'bc-hint'), { textContent: t('Projects.None') }))

    if (this.#creating) children.push(this.#createForm(lang))
    else {
      const add = Object.assign(tagged('button', '', 'project-new'), { type: 'button', textContent: t('Projects.New') })
      add.dataset.action = 'new'
      children.push(add)
    }

    const project = ws.project
    if (project) {
      children.push(Object.assign(el('h3'), { textContent: t('Projects.Sites') }))
      if (!EDITABLE_STATUSES.has(project.status)) children.push(Object.assign(el('p', 'bc-hint'), { textContent: t('Projects.ReadOnly', { status: statusLabel(project.status, lang) }) }))
      const list = tagged('ul', 'bc-site-list', 'site-list')
      const selection = ws.selection
      for (const site of ws.sites) {
        const button = Object.assign(el('button', 'bc-link'), { type: 'button', textContent: `${site.name} · ${formatAreaHa(site.areaHa, lang)}` })
        button.dataset.action = 'site'
        button.dataset.siteId = site.id
        if (selection.kind === 'site' && selection.siteId === site.id) button.setAttribute('aria-current', 'true')
        const item = el('li')
        item.append(button)
        list.append(item)
      }
      if (ws.sites.length) {
        children.push(list, Object.assign(el('p', 'bc-hint'), { textContent: t('Projects.Total', { count: project.siteCount, area: formatAreaHa(project.areaHa, lang) }) }))
      } else children.push(Object.assign(el('p', 'bc-hint'), { textContent: t('Projects.NoSites') }))
      if (EDITABLE_STATUSES.has(project.status)) {
        const label = el('label', 'bc-field bc-import')
        label.append(Object.assign(el('span'), { textContent: t(this.#busy ? 'Projects.Importing' : 'Projects.Import') }), this.#fileInput)
        this.#fileInput.disabled = this.#busy
        children.push(label)
      }
    }
    if (this.#message) {
      const box = tagged('div', this.#message.error ? 'bc-status bc-error' : 'bc-status', 'projects-message')
      box.setAttribute('role', 'status')
      box.append(Object.assign(el('p'), { textContent: this.#message.text }))
      for (const d of this.#message.details ?? []) box.append(Object.assign(el('p', 'bc-hint'), { textContent: d }))
      children.push(box)
    }
    root.replaceChildren(...children)
  }

  #createForm(lang: Lang): HTMLElement {
    const t = (key: MessageKey) => translate(lang, key)
    const form = el('div', 'bc-create-project')
    const name = el('label', 'bc-field')
    name.append(Object.assign(el('span'), { textContent: t('Projects.Name') }), this.#nameInput)
    const sink = el('label', 'bc-field')
    const chosen = this.#sinkSelect.value || 'mangrove'
    this.#sinkSelect.replaceChildren(...SINK_TYPES.map((s) => Object.assign(el('option'), { value: s, textContent: t(`SinkType.${s}`) })))
    this.#sinkSelect.value = chosen
    sink.append(Object.assign(el('span'), { textContent: t('Projects.SinkType') }), this.#sinkSelect)
    const actions = el('div', 'bc-actions')
    const create = Object.assign(tagged('button', 'bc-primary', 'project-create'), { type: 'button', textContent: t('Projects.Create'), disabled: this.#busy })
    create.dataset.action = 'create'
    const cancel = Object.assign(el('button'), { type: 'button', textContent: t('Projects.Cancel') })
    cancel.dataset.action = 'cancel'
    actions.append(create, cancel)
    form.append(name, sink, actions)
    return form
  }
}
