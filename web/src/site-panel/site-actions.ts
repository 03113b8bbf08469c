import type { Polygon } from 'geojson'
import { ApiProblem } from '../api/problem.ts'
import type { Site } from '../api/sites.ts'
import type { SiteDrawing } from '../draw/site-drawing.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import type { Workspace } from '../workspace/workspace.ts'
import { errorText } from './error-text.ts'
import { el, tagged } from '../util/dom.ts'

/** The one outer ring of a single-part site without holes: the only shape terra-draw edits. */
export function editablePolygon(site: Site): Polygon | undefined {
  const [part, ...others] = site.geometry.coordinates
  if (!part || others.length || part.length !== 1) return undefined
  return { type: 'Polygon', coordinates: part }
}

type Message = { text: string; error: boolean; details: string[] }

export type ActionTarget = { kind: 'draft'; geometry: Polygon } | { kind: 'site'; site: Site; editable: boolean }

/**
 * What can be done to a drawing or a stored site's outline: name and save a
 * drawing, or edit the corners of a site, save or cancel that, and delete the
 * site (asking twice, without a browser dialog).
 */
export class SiteActions {
  readonly element = el('div', 'bc-site-actions')
  readonly #workspace: Workspace
  readonly #drawing: SiteDrawing
  #lang: Lang
  #target: ActionTarget | undefined
  #canSaveDraft: MessageKey | true = 'Panel.NeedLogin'
  #confirmDelete = false
  #busy = false
  #message: Message | undefined
  readonly #name = tagged('input', 'bc-input', 'site-name')

  readonly #onClick = (event: Event) => {
    const button = (event.target as Element).closest('button')
    const action = button?.dataset.action
    if (!action) return
    if (action === 'save-draft') return void this.#saveDraft()
    if (action === 'discard') {
      this.#drawing.clear()
      this.#workspace.select({ kind: 'none' })
    }
    if (action === 'edit' && this.#target?.kind === 'site') {
      const polygon = editablePolygon(this.#target.site)
      if (polygon) this.#drawing.edit(polygon)
    }
    if (action === 'save-shape') return void this.#saveShape()
    if (action === 'cancel-edit') this.#drawing.clear()
    if (action === 'delete') {
      if (!this.#confirmDelete) this.#confirmDelete = true
      else return void this.#delete()
    }
    this.render()
  }

  constructor(workspace: Workspace, drawing: SiteDrawing, lang: Lang) {
    this.#workspace = workspace
    this.#drawing = drawing
    this.#lang = lang
    this.element.addEventListener('click', this.#onClick)
  }

  destroy(): void {
    this.element.removeEventListener('click', this.#onClick)
    this.element.remove()
  }

  setLang(lang: Lang): void {
    this.#lang = lang
    this.render()
  }

  /**
   * @param canSaveDraft - true, or why a drawing cannot be saved yet (not signed in, no project)
   */
  setTarget(target: ActionTarget | undefined, canSaveDraft: MessageKey | true): void {
    const changed = target?.kind !== this.#target?.kind || (target?.kind === 'site' && this.#target?.kind === 'site' && target.site.id !== this.#target.site.id)
    this.#target = target
    this.#canSaveDraft = canSaveDraft
    if (changed) {
      this.#confirmDelete = false
      this.#message = undefined
    }
    this.render()
  }

  async #run(action: () => Promise<unknown>, fallback: MessageKey): Promise<void> {
    if (this.#busy) return
    this.#busy = true
    this.#message = undefined
    this.render()
    try {
      await action()
    } catch (error) {
      // Geometry problems come with paths such as geometry.coordinates[0][3]: show each one.
      const details = error instanceof ApiProblem ? error.errors.map((e) => `${e.path}: ${e.message}`) : []
      this.#message = { text: errorText(error, this.#lang, fallback), error: true, details }
    } finally {
      this.#busy = false
      this.render()
    }
  }

  async #saveDraft(): Promise<void> {
    if (this.#target?.kind !== 'draft') return
    const name = this.#name.value.trim()
    if (!name) {
      this.#message = { text: translate(this.#lang, 'Panel.NeedName'), error: true, details: [] }
      return this.render()
    }
    const geometry = this.#target.geometry
    await this.#run(async () => {
      await this.#workspace.saveDraft(name, geometry)
      this.#drawing.clear()
      this.#name.value = ''
    }, 'Panel.SaveFailed')
  }

  async #saveShape(): Promise<void> {
    const geometry = this.#drawing.current()
    if (this.#target?.kind !== 'site' || !geometry) return
    const siteId = this.#target.site.id
    await this.#run(async () => {
      await this.#workspace.changeSite(siteId, { geometry })
      this.#drawing.clear()
    }, 'Panel.ActionFailed')
  }

  async #delete(): Promise<void> {
    if (this.#target?.kind !== 'site') return
    const siteId = this.#target.site.id
    this.#confirmDelete = false
    await this.#run(() => this.#workspace.removeSite(siteId), 'Panel.ActionFailed')
  }

  #button(action: string, key: MessageKey, className = '', disabled = false): HTMLButtonElement {
    const button = tagged('button', className, `site-${action}`)
    button.type = 'button'
    button.dataset.action = action
    button.textContent = translate(this.#lang, key)
    button.disabled = disabled || this.#busy
    return button
  }

  render(): void {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(this.#lang, key, params)
    const target = this.#target
    const children: HTMLElement[] = []
    if (target?.kind === 'draft') {
      if (this.#canSaveDraft === true) {
        const label = el('label', 'bc-field')
        this.#name.placeholder = t('Panel.SiteName')
        label.append(Object.assign(el('span'), { textContent: t('Panel.SiteName') }), this.#name)
        const project = this.#workspace.project
        children.push(label)
        if (project) children.push(Object.assign(el('p', 'bc-hint'), { textContent: t('Panel.SaveTo', { project: project.name }) }))
      } else children.push(Object.assign(tagged('p', 'bc-hint', 'save-hint'), { textContent: t(this.#canSaveDraft) }))
      const actions = el('div', 'bc-actions')
      actions.append(this.#button('save-draft', this.#busy ? 'Panel.Saving' : 'Panel.SaveSite', 'bc-primary', this.#canSaveDraft !== true), this.#button('discard', 'Panel.Discard'))
      children.push(actions)
    } else if (target?.kind === 'site' && target.editable) {
      const actions = el('div', 'bc-actions')
      if (this.#drawing.state === 'editing') actions.append(this.#button('save-shape', 'Panel.SaveShape', 'bc-primary'), this.#button('cancel-edit', 'Panel.CancelEdit'))
      else actions.append(this.#button('edit', 'Panel.EditShape', '', !editablePolygon(target.site) || this.#drawing.state === 'drawing'))
      actions.append(this.#button('delete', this.#confirmDelete ? 'Panel.ConfirmDelete' : 'Panel.Delete', 'bc-danger'))
      children.push(actions)
    }
    if (this.#message) {
      const box = tagged('div', this.#message.error ? 'bc-status bc-error' : 'bc-status', 'site-message')
      box.setAttribute('role', 'alert')
      box.append(Object.assign(el('p'), { textContent: this.#message.text }), ...this.#message.details.map((d) => Object.assign(el('p', 'bc-hint'), { textContent: d })))
      children.push(box)
    }
    this.element.replaceChildren(...children)
  }
}
