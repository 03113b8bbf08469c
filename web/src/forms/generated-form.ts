import type { Lang } from '../i18n/translate.ts'
import { newListItem, type FieldState } from './form-state.ts'
import { FormRenderer, type Binding, type FixedValue, type Path } from './form-renderer.ts'
import { formatFieldPath, type FieldNode } from './spec-to-fields.ts'
import { el } from '../util/dom.ts'

export type { FixedValue } from './form-renderer.ts'

/**
 * A form built from the field tree of a methodology spec (spec-to-fields.ts).
 * The typed values live in a FieldState, so switching language rebuilds the
 * DOM without losing them; problems are shown beside their fields by path.
 * One delegated listener per event type sits on the root and is removed by
 * `destroy`.
 */
export class GeneratedForm {
  readonly element: HTMLElement
  readonly #root: FieldNode
  #state: FieldState
  #lang: Lang
  readonly #fixed: ReadonlyMap<string, FixedValue>
  #problems = new Map<string, string>()
  #bindings = new WeakMap<Element, Binding>()
  /** Paths of the sections the user opened or closed, kept across rebuilds. */
  readonly #open = new Map<string, boolean>()
  readonly #summary: HTMLElement
  readonly #body: HTMLElement

  readonly #onInput = (event: Event) => {
    const target = event.target as HTMLInputElement
    this.#bindings.get(target)?.input?.(target)
  }
  readonly #onClick = (event: Event) => {
    const target = (event.target as Element).closest('button')
    const binding = target ? this.#bindings.get(target) : undefined
    if (binding?.click) {
      event.preventDefault()
      binding.click()
    }
  }
  readonly #onToggle = (event: Event) => {
    const target = event.target as HTMLDetailsElement
    if (target.dataset.path !== undefined) this.#open.set(target.dataset.path, target.open)
  }

  constructor(root: FieldNode, state: FieldState, options: { lang: Lang; fixed?: ReadonlyMap<string, FixedValue>; testId?: string }) {
    this.#root = root
    this.#state = state
    this.#lang = options.lang
    this.#fixed = options.fixed ?? new Map()
    this.element = el('div', 'bc-form')
    if (options.testId) this.element.dataset.testid = options.testId
    this.#summary = el('ul', 'bc-form-problems')
    this.#summary.setAttribute('role', 'alert')
    this.#body = el('div', 'bc-form-body')
    this.element.append(this.#summary, this.#body)
    this.element.addEventListener('input', this.#onInput)
    this.element.addEventListener('change', this.#onInput)
    this.element.addEventListener('click', this.#onClick)
    this.element.addEventListener('toggle', this.#onToggle, true)
    this.render()
  }

  get state(): FieldState {
    return this.#state
  }

  setState(state: FieldState): void {
    this.#state = state
    this.#problems.clear()
    this.render()
  }

  setLang(lang: Lang): void {
    this.#lang = lang
    this.render()
  }

  /**
   * Shows problems beside their fields; paths no field claims are listed above
   * the form. A problem under a map key the user has not entered yet (the
   * server asking for `priceAdjustmentFactors.2010`) adds that entry, so the
   * field to fill appears where the message is.
   */
  showProblems(problems: { path: string; message: string }[]): void {
    this.#addMissingEntries(this.#root, this.#state, [], problems.map((p) => p.path))
    this.#problems = new Map()
    for (const p of problems) this.#problems.set(p.path, this.#problems.has(p.path) ? `${this.#problems.get(p.path)} ${p.message}` : p.message)
    this.render()
  }

  #addMissingEntries(node: FieldNode, state: FieldState, path: Path, paths: string[]): void {
    const at = formatFieldPath(path)
    if (node.kind === 'map' && state.kind === 'map') {
      const prefix = at ? `${at}.` : ''
      for (const p of paths) {
        if (!p.startsWith(prefix)) continue
        const key = p.slice(prefix.length).split(/[.[]/)[0]
        if (key && !state.entries.some((e) => e.key === key)) state.entries.push({ key, value: newListItem(node.value) })
      }
    } else if (node.kind === 'group' && state.kind === 'group') {
      for (const f of node.fields) if (state.children[f.key]) this.#addMissingEntries(f, state.children[f.key]!, [...path, f.key], paths)
    } else if (node.kind === 'variant' && state.kind === 'variant') {
      const fields = node.variants.find((v) => v.value === state.selected)?.fields ?? []
      const children = state.children[state.selected] ?? {}
      for (const f of fields) if (children[f.key]) this.#addMissingEntries(f, children[f.key]!, [...path, f.key], paths)
    }
  }

  destroy(): void {
    this.element.removeEventListener('input', this.#onInput)
    this.element.removeEventListener('change', this.#onInput)
    this.element.removeEventListener('click', this.#onClick)
    this.element.removeEventListener('toggle', this.#onToggle, true)
    this.element.remove()
  }

  render(): void {
    const bindings = new WeakMap<Element, Binding>()
    this.#bindings = bindings
    const shown = new Set<string>()
    const renderer = new FormRenderer({
      lang: this.#lang,
      fixed: this.#fixed,
      problems: this.#problems,
      open: this.#open,
      bind: (element, binding) => bindings.set(element, binding),
      rerender: () => this.render(),
    })
    const content = renderer.node(this.#root, this.#state, [], shown, true)
    this.#body.replaceChildren(content)
    const orphans = [...this.#problems].filter(([path]) => !shown.has(path))
    this.#summary.replaceChildren(...orphans.map(([path, message]) => el('li', '', path ? `${path}: ${message}` : message)))
    this.#summary.hidden = orphans.length === 0
  }
}
