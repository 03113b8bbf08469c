import { MANGROVE_SPECIES } from '../../../methodologies/mangrove-afforestation/species.ts'
import type { Site, StratumInput } from '../api/sites.ts'
import { optionLabel } from '../forms/field-label.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { errorText, fieldErrors } from './error-text.ts'
import { emptyRow, rowsFromStrata, strataFromRows, type StrataRow } from './strata-rows.ts'
import { el } from '../util/dom.ts'

type Column = { key: keyof Omit<StrataRow, 'geometry'>; label: MessageKey; path: string; width: string }

const COLUMNS: Column[] = [
  { key: 'name', label: 'Strata.Name', path: 'name', width: '6em' },
  { key: 'species', label: 'Strata.Species', path: 'species', width: '9em' },
  { key: 'areaPercent', label: 'Strata.Share', path: 'areaPercent', width: '4em' },
  { key: 'plantingYear', label: 'Strata.PlantingYear', path: 'plantingYear', width: '4.5em' },
  { key: 'density', label: 'Strata.Density', path: 'plantingDensityTreesPerHa', width: '4.5em' },
  { key: 'survival', label: 'Strata.Survival', path: 'survivalPercent', width: '4em' },
]

/**
 * The strata of a stored site as an editable table: species, share of the
 * site, planting year, density, survival. Saved as a whole (PATCH replaces all
 * strata); the server re-checks every stratum and answers with field paths.
 */
export class StrataEditor {
  readonly element = el('section', 'bc-block')
  readonly #save: (strata: StratumInput[]) => Promise<unknown>
  #lang: Lang
  #rows: StrataRow[] = []
  #editable = false
  #problems = new Map<string, string>()
  #status: { text: string; error: boolean } | undefined
  #busy = false

  readonly #onInput = (event: Event) => {
    const target = event.target as HTMLInputElement
    const row = this.#rows[Number(target.dataset.row)]
    const key = target.dataset.key as Column['key'] | undefined
    if (row && key) row[key] = target.value
  }
  readonly #onClick = (event: Event) => {
    const button = (event.target as Element).closest('button')
    if (!button) return
    if (button.dataset.action === 'add') this.#rows.push(emptyRow())
    else if (button.dataset.action === 'remove') this.#rows.splice(Number(button.dataset.row), 1)
    else if (button.dataset.action === 'save') return void this.#submit()
    this.render()
  }

  constructor(lang: Lang, save: (strata: StratumInput[]) => Promise<unknown>) {
    this.#lang = lang
    this.#save = save
    this.element.dataset.testid = 'strata-editor'
    this.element.addEventListener('input', this.#onInput)
    this.element.addEventListener('change', this.#onInput)
    this.element.addEventListener('click', this.#onClick)
  }

  destroy(): void {
    this.element.removeEventListener('input', this.#onInput)
    this.element.removeEventListener('change', this.#onInput)
    this.element.removeEventListener('click', this.#onClick)
    this.element.remove()
  }

  setSite(site: Site, editable: boolean): void {
    this.#rows = rowsFromStrata(site.strata)
    this.#editable = editable
    this.#problems.clear()
    this.#status = undefined
    this.render()
  }

  setLang(lang: Lang): void {
    this.#lang = lang
    this.render()
  }

  async #submit(): Promise<void> {
    if (this.#busy) return
    const { strata, problems } = strataFromRows(this.#rows)
    this.#problems = new Map(problems.map((p) => [p.path, translate(this.#lang, p.key, p.params)]))
    this.#status = undefined
    if (problems.length) return this.render()
    this.#busy = true
    this.render()
    try {
      await this.#save(strata)
      this.#status = { text: translate(this.#lang, 'Strata.Saved'), error: false }
    } catch (error) {
      this.#problems = new Map(fieldErrors(error, 'strata').map((e) => [e.path ? `strata${e.path.startsWith('[') ? '' : '.'}${e.path}` : 'strata', e.message]))
      this.#status = { text: errorText(error, this.#lang, 'Panel.ActionFailed'), error: true }
    } finally {
      this.#busy = false
      this.render()
    }
  }

  render(): void {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(this.#lang, key, params)
    const table = el('table', 'bc-table bc-strata')
    const head = el('tr')
    head.append(...COLUMNS.map((c) => el('th', '', t(c.label))), el('th'))
    table.createTHead().append(head)
    const body = table.createTBody()
    this.#rows.forEach((row, i) => {
      const tr = el('tr')
      for (const c of COLUMNS) {
        const td = el('td')
        const path = `strata[${i}].${c.path}`
        const input = c.key === 'species' ? this.#speciesSelect(row.species) : el('input', 'bc-input')
        if (input instanceof HTMLInputElement) {
          input.value = row.geometry && c.key === 'areaPercent' ? `${Number(row.areaPercent).toFixed(1)} (${t('Strata.DrawnShare')})` : row[c.key]
          input.readOnly = !this.#editable || (c.key === 'areaPercent' && row.geometry !== null)
          input.inputMode = c.key === 'name' ? 'text' : 'decimal'
        } else input.disabled = !this.#editable
        input.style.width = c.width
        input.dataset.row = String(i)
        input.dataset.key = c.key
        input.dataset.testid = `stratum-${i}-${c.key}`
        const problem = this.#problems.get(path)
        if (problem) {
          input.classList.add('bc-invalid')
          input.title = problem
        }
        td.append(input)
        tr.append(td)
      }
      const td = el('td')
      if (this.#editable) {
        const remove = el('button', 'bc-link', t('Strata.Remove'))
        remove.type = 'button'
        remove.dataset.action = 'remove'
        remove.dataset.row = String(i)
        td.append(remove)
      }
      tr.append(td)
      body.append(tr)
    })
    const children: HTMLElement[] = [el('h3', '', t('Strata.Title')), el('p', 'bc-hint', t(this.#rows.length ? 'Strata.Hint' : 'Strata.None'))]
    if (this.#rows.length) {
      const scroll = el('div', 'bc-table-scroll')
      scroll.append(table)
      children.push(scroll)
    }
    const messages = [...this.#problems].map(([path, message]) => el('li', '', path === 'strata' ? message : `${path}: ${message}`))
    if (messages.length) {
      const list = el('ul', 'bc-form-problems')
      list.append(...messages)
      children.push(list)
    }
    if (this.#editable) {
      const actions = el('div', 'bc-actions')
      const add = el('button', '', t('Strata.Add'))
      add.type = 'button'
      add.dataset.action = 'add'
      add.dataset.testid = 'strata-add'
      const save = el('button', 'bc-primary', t('Strata.Save'))
      save.type = 'button'
      save.dataset.action = 'save'
      save.dataset.testid = 'strata-save'
      save.disabled = this.#busy
      actions.append(add, save)
      children.push(actions)
    }
    if (this.#status) children.push(el('p', this.#status.error ? 'bc-status bc-error' : 'bc-status', this.#status.text))
    this.element.replaceChildren(...children)
  }

  #speciesSelect(value: string): HTMLSelectElement {
    const select = el('select', 'bc-input')
    const values: string[] = MANGROVE_SPECIES.includes(value as (typeof MANGROVE_SPECIES)[number]) ? [...MANGROVE_SPECIES] : [value, ...MANGROVE_SPECIES]
    for (const v of values) {
      const option = el('option', '', optionLabel(v, this.#lang))
      option.value = v
      select.append(option)
    }
    select.value = value
    return select
  }
}
