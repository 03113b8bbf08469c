import { formatNumber } from '../format/number.ts'
import { formatUnit } from '../format/unit.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { fieldLabel, optionLabel } from './field-label.ts'
import { newListItem, type FieldState } from './form-state.ts'
import { sourceText } from './source-text.ts'
import { formatFieldPath, type FieldNode, type Source } from './spec-to-fields.ts'
import { el } from '../util/dom.ts'

/** A value that comes from elsewhere (the site's area): shown read-only, never typed. */
export type FixedValue = { display: string }

export type Path = (string | number)[]
/** What an interactive element does; looked up by the one delegated listener per event type. */
export type Binding = { input?: (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => void; click?: () => void }

function needsAttention(node: FieldNode): boolean {
  switch (node.kind) {
    case 'number':
    case 'choice':
    case 'text':
    case 'raw':
      return node.needsInput
    case 'group':
      return node.required && node.fields.some(needsAttention)
    case 'variant':
      return node.variants.some((v) => v.fields.some(needsAttention))
    default:
      return false
  }
}

/** What one rendering of a form needs from the form that owns it. */
export type RenderContext = {
  lang: Lang
  fixed: ReadonlyMap<string, FixedValue>
  /** Messages by field path. */
  problems: ReadonlyMap<string, string>
  /** Sections the user opened or closed, by path. */
  open: ReadonlyMap<string, boolean>
  bind(element: Element, binding: Binding): void
  /** Rebuilds the whole form (after a list item or variant changes). */
  rerender(): void
}

/**
 * Builds the DOM of a generated form for one rendering: one element per
 * field, labelled from the spec, with units, default badges (citation on
 * hover), problems beside their fields, and sections for objects, lists,
 * variants and maps. Interaction goes through `ctx.bind`, so the owner keeps
 * one delegated listener per event type.
 */
export class FormRenderer {
  readonly #ctx: RenderContext

  constructor(ctx: RenderContext) {
    this.#ctx = ctx
  }

  #t(key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]): string {
    return translate(this.#ctx.lang, key, params)
  }

  #bind(element: Element, binding: Binding): void {
    this.#ctx.bind(element, binding)
  }

  #error(path: string, shown: Set<string>): HTMLElement {
    const p = el('p', 'bc-field-error')
    p.dataset.testid = `error-${path}`
    const message = this.#ctx.problems.get(path)
    if (message !== undefined) {
      shown.add(path)
      p.textContent = message
    } else p.hidden = true
    return p
  }

  /** "Default 0.47 · S2" with the full citation on hover (and a link when it has a URL). */
  #badge(path: string, source: Source | undefined, defaultText: string | undefined): HTMLElement | undefined {
    if (!source && defaultText === undefined) return undefined
    const text = defaultText !== undefined ? this.#t('Form.Default', { value: defaultText }) : this.#t('Form.SourceOnly')
    const badge = source?.url ? el('a', 'bc-default') : el('span', 'bc-default')
    badge.textContent = source?.id ? `${text} · ${source.id}` : text
    if (badge instanceof HTMLAnchorElement && source?.url) {
      badge.href = source.url
      badge.target = '_blank'
      badge.rel = 'noopener'
    }
    if (source) badge.title = sourceText(source, this.#ctx.lang)
    badge.dataset.testid = `default-${path}`
    return badge
  }

  #wrap(node: FieldNode, path: string, control: HTMLElement, badge: HTMLElement | undefined, shown: Set<string>): HTMLElement {
    const field = el('div', 'bc-field')
    field.dataset.testid = `field-${path}`
    const label = el('label')
    const name = el('span', 'bc-field-label', fieldLabel(node, this.#ctx.lang))
    name.title = path
    label.append(name, control)
    field.append(label)
    if (badge) field.append(badge)
    field.append(this.#error(path, shown))
    if (this.#ctx.problems.has(path)) field.classList.add('bc-invalid')
    return field
  }

  node(node: FieldNode, state: FieldState, path: Path, shown: Set<string>, top = false): HTMLElement {
    const at = formatFieldPath(path)
    const fixed = this.#ctx.fixed.get(at)
    if (fixed) {
      const input = el('input', 'bc-input')
      input.readOnly = true
      input.value = fixed.display
      input.dataset.testid = `input-${at}`
      const box = el('span', 'bc-input-wrap')
      box.append(input, el('span', 'bc-unit', this.#t('Form.FromSite')))
      return this.#wrap(node, at, box, undefined, shown)
    }
    switch (node.kind) {
      case 'number':
        return this.#number(node, state, at, shown)
      case 'choice':
        return this.#choice(node, state, at, shown)
      case 'text':
      case 'raw': {
        const input = node.kind === 'raw' ? el('textarea', 'bc-input') : el('input', 'bc-input')
        input.dataset.testid = `input-${at}`
        if ('raw' in state) input.value = state.raw
        this.#bind(input, { input: (e) => 'raw' in state && (state.raw = e.value) })
        if (node.kind === 'text' && node.maxLength) (input as HTMLInputElement).maxLength = node.maxLength
        input.placeholder = node.needsInput ? this.#t('Form.NeedsInput') : this.#t('Form.Optional')
        return this.#wrap(node, at, input, this.#badge(at, node.sourceInherited ? undefined : node.source, undefined), shown)
      }
      case 'boolean': {
        const input = el('input')
        input.type = 'checkbox'
        input.dataset.testid = `input-${at}`
        input.checked = state.kind === 'boolean' && state.checked
        this.#bind(input, { input: (e) => state.kind === 'boolean' && (state.checked = (e as HTMLInputElement).checked) })
        return this.#wrap(node, at, input, undefined, shown)
      }
      case 'const':
        return el('span')
      case 'group':
        return this.#group(node, state, path, shown, top)
      case 'list':
        return this.#list(node, state, path, shown)
      case 'variant':
        return this.#variant(node, state, path, shown, top)
      case 'map':
        return this.#map(node, state, path, shown)
    }
  }

  #number(node: Extract<FieldNode, { kind: 'number' }>, state: FieldState, at: string, shown: Set<string>): HTMLElement {
    const input = el('input', 'bc-input')
    input.type = 'text'
    input.inputMode = 'decimal'
    input.dataset.testid = `input-${at}`
    input.value = state.kind === 'number' ? state.raw : ''
    input.placeholder = node.needsInput ? this.#t('Form.NeedsInput') : this.#t('Form.Optional')
    if (node.required) input.setAttribute('aria-required', 'true')
    const box = el('span', 'bc-input-wrap')
    box.append(input, el('span', 'bc-unit', formatUnit(node.unit, this.#ctx.lang)))
    const defaultText = node.default === undefined ? undefined : formatNumber(node.default, this.#ctx.lang, 6).replace(/\.?0+$/, '')
    const badge = this.#badge(at, node.source, defaultText)
    const markChanged = () => badge?.classList.toggle('bc-changed', node.default !== undefined && input.value.trim() !== String(node.default))
    markChanged()
    this.#bind(input, {
      input: (e) => {
        if (state.kind === 'number') state.raw = e.value
        markChanged()
      },
    })
    return this.#wrap(node, at, box, badge, shown)
  }

  #choice(node: Extract<FieldNode, { kind: 'choice' }>, state: FieldState, at: string, shown: Set<string>): HTMLElement {
    const select = el('select', 'bc-input')
    select.dataset.testid = `input-${at}`
    const options = node.required || node.default !== undefined ? node.options : ['', ...node.options]
    for (const value of options) {
      const option = el('option', '', value === '' ? this.#t('Form.None') : optionLabel(value, this.#ctx.lang))
      option.value = value
      select.append(option)
    }
    select.value = state.kind === 'choice' ? state.raw : ''
    this.#bind(select, { input: (e) => state.kind === 'choice' && (state.raw = e.value) })
    const badge = this.#badge(at, node.source, node.default === undefined ? undefined : optionLabel(node.default, this.#ctx.lang))
    return this.#wrap(node, at, select, badge, shown)
  }

  #section(node: FieldNode, path: Path, shown: Set<string>, openByDefault: boolean): { box: HTMLDetailsElement; body: HTMLElement } {
    const at = formatFieldPath(path)
    const box = el('details', 'bc-section')
    box.dataset.path = at
    box.dataset.testid = `section-${at}`
    const summary = el('summary', '', typeof path.at(-1) === 'number' ? this.#t('Form.Item', { n: Number(path.at(-1)) + 1 }) : fieldLabel(node, this.#ctx.lang))
    box.append(summary)
    const badge = node.sourceInherited ? undefined : this.#badge(at, node.source, undefined)
    if (badge) summary.append(' ', badge)
    const body = el('div', 'bc-section-body')
    box.append(body, this.#error(at, shown))
    const hasProblem = [...this.#ctx.problems.keys()].some((p) => p === at || p.startsWith(`${at}.`) || p.startsWith(`${at}[`))
    box.open = hasProblem || (this.#ctx.open.get(at) ?? openByDefault)
    return { box, body }
  }

  #group(node: Extract<FieldNode, { kind: 'group' }>, state: FieldState, path: Path, shown: Set<string>, top: boolean): HTMLElement {
    const children = state.kind === 'group' ? state.children : {}
    const items = node.fields.map((f) => this.node(f, children[f.key] ?? newListItem(f), [...path, f.key], shown))
    if (top) {
      const box = el('div', 'bc-form-fields')
      box.append(...items)
      return box
    }
    const { box, body } = this.#section(node, path, shown, needsAttention(node) || typeof path.at(-1) === 'number')
    body.append(...items)
    return box
  }

  #list(node: Extract<FieldNode, { kind: 'list' }>, state: FieldState, path: Path, shown: Set<string>): HTMLElement {
    const at = formatFieldPath(path)
    const items = state.kind === 'list' ? state.items : []
    const { box, body } = this.#section(node, path, shown, true)
    items.forEach((item, i) => {
      const row = el('div', 'bc-list-item')
      row.append(this.node(node.item, item, [...path, i], shown))
      if (items.length > node.minItems) {
        const remove = el('button', 'bc-link', this.#t('Form.RemoveItem'))
        remove.type = 'button'
        remove.dataset.testid = `remove-${at}[${i}]`
        this.#bind(remove, {
          click: () => {
            items.splice(i, 1)
            this.#ctx.rerender()
          },
        })
        row.append(remove)
      }
      body.append(row)
    })
    const add = el('button', '', this.#t('Form.AddItem'))
    add.type = 'button'
    add.dataset.testid = `add-${at}`
    add.disabled = node.maxItems !== undefined && items.length >= node.maxItems
    this.#bind(add, {
      click: () => {
        items.push(newListItem(node.item))
        this.#ctx.rerender()
      },
    })
    body.append(add)
    return box
  }

  #variant(node: Extract<FieldNode, { kind: 'variant' }>, state: FieldState, path: Path, shown: Set<string>, top: boolean): HTMLElement {
    const at = formatFieldPath(path)
    const selected = state.kind === 'variant' ? state.selected : ''
    const select = el('select', 'bc-input')
    select.dataset.testid = `input-${formatFieldPath([...path, node.discriminator])}`
    const values = node.required || node.default !== undefined ? node.variants.map((v) => v.value) : ['', ...node.variants.map((v) => v.value)]
    for (const value of values) {
      const option = el('option', '', value === '' ? this.#t('Form.None') : optionLabel(value, this.#ctx.lang))
      option.value = value
      select.append(option)
    }
    select.value = selected
    this.#bind(select, {
      input: (e) => {
        if (state.kind !== 'variant') return
        state.selected = e.value
        this.#ctx.rerender()
      },
    })
    const picker = this.#wrap({ ...node, key: node.discriminator, about: undefined }, formatFieldPath([...path, node.discriminator]), select, undefined, shown)
    const variant = node.variants.find((v) => v.value === selected)
    const children = state.kind === 'variant' ? (state.children[selected] ?? {}) : {}
    const fields = (variant?.fields ?? []).map((f) => this.node(f, children[f.key] ?? newListItem(f), [...path, f.key], shown))
    if (top) {
      const box = el('div', 'bc-form-fields')
      box.append(picker, ...fields)
      return box
    }
    const { box, body } = this.#section(node, path, shown, needsAttention(node))
    body.append(picker, ...fields)
    box.dataset.testid = `section-${at}`
    return box
  }

  #map(node: Extract<FieldNode, { kind: 'map' }>, state: FieldState, path: Path, shown: Set<string>): HTMLElement {
    const at = formatFieldPath(path)
    const entries = state.kind === 'map' ? state.entries : []
    const { box, body } = this.#section(node, path, shown, entries.length > 0)
    entries.forEach((entry, i) => {
      const row = el('div', 'bc-map-entry')
      const key = el('input', 'bc-input bc-key')
      key.placeholder = this.#t('Form.Key')
      key.value = entry.key
      key.dataset.testid = `key-${at}[${i}]`
      this.#bind(key, { input: (e) => (entry.key = e.value) })
      const remove = el('button', 'bc-link', this.#t('Form.RemoveItem'))
      remove.type = 'button'
      this.#bind(remove, {
        click: () => {
          entries.splice(i, 1)
          this.#ctx.rerender()
        },
      })
      row.append(key, this.node(node.value, entry.value, [...path, entry.key || `#${i}`], shown), remove)
      body.append(row)
    })
    const add = el('button', '', this.#t('Form.AddEntry'))
    add.type = 'button'
    this.#bind(add, {
      click: () => {
        entries.push({ key: '', value: newListItem(node.value) })
        this.#ctx.rerender()
      },
    })
    body.append(add)
    return box
  }
}
