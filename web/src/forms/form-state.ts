import type { MessageKey } from '../i18n/en.ts'
import type { MessageParams } from '../i18n/translate.ts'
import { formatFieldPath, type FieldNode, type GroupField, type NumberField, type Variant } from './spec-to-fields.ts'

/**
 * What the user has typed, mirrored from the DOM so that reading it back into
 * the methodology's params (and checking it) is plain logic tested in Node.
 * Numbers stay as the raw text until `collectValue`, so "12," or "" is never
 * silently turned into a number.
 */
export type FieldState =
  | { kind: 'number' | 'text' | 'choice' | 'raw'; raw: string }
  | { kind: 'boolean'; checked: boolean }
  | { kind: 'const' }
  | { kind: 'group'; children: Record<string, FieldState> }
  | { kind: 'list'; items: FieldState[] }
  | { kind: 'variant'; selected: string; children: Record<string, Record<string, FieldState>> }
  | { kind: 'map'; entries: { key: string; value: FieldState }[] }

export type FieldProblem = { path: string; key: MessageKey; params?: MessageParams }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function groupChildren(fields: FieldNode[], value: unknown): Record<string, FieldState> {
  const source = isObject(value) ? value : {}
  return Object.fromEntries(fields.map((f) => [f.key, stateFromValue(f, source[f.key])]))
}

function variantFields(node: { variants: Variant[] }, value: string): FieldNode[] {
  return node.variants.find((v) => v.value === value)?.fields ?? []
}

/**
 * The state that shows `value` (e.g. the stored inputs of a saved estimate);
 * with `value` undefined, the schema's defaults. Required numbers without a
 * default stay empty: a number is never invented to fill a gap.
 */
export function stateFromValue(node: FieldNode, value: unknown): FieldState {
  switch (node.kind) {
    case 'number': {
      const v = typeof value === 'number' ? value : node.default
      return { kind: 'number', raw: v === undefined ? '' : String(v) }
    }
    case 'text':
    case 'choice': {
      const v = typeof value === 'string' ? value : node.default
      return { kind: node.kind, raw: v ?? '' }
    }
    case 'boolean':
      return { kind: 'boolean', checked: typeof value === 'boolean' ? value : (node.default ?? false) }
    case 'const':
      return { kind: 'const' }
    case 'group':
      return { kind: 'group', children: groupChildren(node.fields, value) }
    case 'list': {
      const items = Array.isArray(value) ? value : (node.default ?? [])
      return { kind: 'list', items: items.map((item) => stateFromValue(node.item, item)) }
    }
    case 'variant': {
      const given = isObject(value) ? value[node.discriminator] : undefined
      const selected = typeof given === 'string' && node.variants.some((v) => v.value === given) ? given : (node.default ?? (node.required ? node.variants[0]?.value : undefined) ?? '')
      const children: Record<string, Record<string, FieldState>> = {}
      for (const v of node.variants) children[v.value] = groupChildren(v.fields, v.value === selected ? value : undefined)
      return { kind: 'variant', selected, children }
    }
    case 'map': {
      const entries = isObject(value) ? Object.entries(value).map(([key, v]) => ({ key, value: stateFromValue(node.value, v) })) : []
      return { kind: 'map', entries }
    }
    case 'raw': {
      const v = value ?? node.default
      return { kind: 'raw', raw: v === undefined ? '' : JSON.stringify(v) }
    }
  }
}

/** A fresh state for one new list item (its defaults). */
export function newListItem(node: FieldNode): FieldState {
  return stateFromValue(node, undefined)
}

/**
 * Why `value` is out of the field's bounds, or undefined if it is fine.
 * Bounds come from the schema (min/max, exclusive or not, integer).
 */
export function numberProblem(node: NumberField, value: number): { key: MessageKey; params?: MessageParams } | undefined {
  if (node.integer && !Number.isInteger(value)) return { key: 'Form.NotInteger' }
  if (node.min !== undefined && (node.exclusiveMin ? value <= node.min : value < node.min)) {
    return { key: node.exclusiveMin ? 'Form.MustExceed' : 'Form.AtLeast', params: { min: node.min } }
  }
  if (node.max !== undefined && (node.exclusiveMax ? value >= node.max : value > node.max)) {
    return { key: node.exclusiveMax ? 'Form.MustBeBelow' : 'Form.AtMost', params: { max: node.max } }
  }
  return undefined
}

/** Text as a number: trims, accepts a leading sign and exponent, refuses anything else (no partial parses). */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim()
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

type Path = (string | number)[]
type Collected = { value: unknown; problems: FieldProblem[] }

function collectGroup(fields: FieldNode[], children: Record<string, FieldState>, path: Path, problems: FieldProblem[], fixed: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const state = children[field.key]
    if (!state) continue
    const v = collect(field, state, [...path, field.key], problems, fixed)
    if (v !== undefined) out[field.key] = v
  }
  return out
}

function collect(node: FieldNode, state: FieldState, path: Path, problems: FieldProblem[], fixed: ReadonlyMap<string, unknown>): unknown {
  const at = formatFieldPath(path)
  if (fixed.has(at)) return fixed.get(at)
  const required = (): undefined => {
    if (node.required) problems.push({ path: at, key: 'needsInput' in node && node.needsInput ? 'Form.NeedsInput' : 'Form.Required' })
    return undefined
  }
  switch (node.kind) {
    case 'number': {
      if (state.kind !== 'number') return undefined
      if (state.raw.trim() === '') return required()
      const value = parseNumber(state.raw)
      if (value === undefined) {
        problems.push({ path: at, key: 'Form.NotANumber' })
        return undefined
      }
      const problem = numberProblem(node, value)
      if (problem) problems.push({ path: at, ...problem })
      return value
    }
    case 'text':
    case 'choice': {
      if (state.kind !== node.kind) return undefined
      return state.raw === '' ? required() : state.raw
    }
    case 'boolean':
      return state.kind === 'boolean' ? state.checked : undefined
    case 'const':
      return node.value
    case 'group': {
      if (state.kind !== 'group') return undefined
      const inner: FieldProblem[] = []
      const value = collectGroup(node.fields, state.children, path, inner, fixed)
      // An optional object left entirely empty is left out, so the server applies its sourced default;
      // once anything in it is filled, its own required members apply.
      if (!node.required && !hasEntries(node, value)) return undefined
      problems.push(...inner)
      return value
    }
    case 'list': {
      if (state.kind !== 'list') return undefined
      if (state.items.length < node.minItems) problems.push({ path: at, key: 'Form.MinItems', params: { min: node.minItems } })
      return state.items.map((item, i) => collect(node.item, item, [...path, i], problems, fixed) ?? {})
    }
    case 'variant': {
      if (state.kind !== 'variant') return undefined
      if (state.selected === '') return required()
      const fields = variantFields(node, state.selected)
      return { [node.discriminator]: state.selected, ...collectGroup(fields, state.children[state.selected] ?? {}, path, problems, fixed) }
    }
    case 'map': {
      if (state.kind !== 'map') return undefined
      const out: Record<string, unknown> = {}
      for (const entry of state.entries) {
        if (entry.key.trim() === '') continue
        const key = entry.key.trim()
        if (node.keyPattern && !new RegExp(node.keyPattern).test(key)) problems.push({ path: `${at}.${key}`, key: 'Form.BadKey' })
        const v = collect(node.value, entry.value, [...path, key], problems, fixed)
        if (v !== undefined) out[key] = v
      }
      return Object.keys(out).length ? out : node.required ? out : undefined
    }
    case 'raw': {
      if (state.kind !== 'raw') return undefined
      if (state.raw.trim() === '') return required()
      try {
        return JSON.parse(state.raw)
      } catch {
        problems.push({ path: at, key: 'Form.BadJson' })
        return undefined
      }
    }
  }
}

function hasEntries(node: GroupField, value: Record<string, unknown>): boolean {
  // Constants are always present; they say nothing about whether the user filled the group.
  return node.fields.some((f) => f.kind !== 'const' && value[f.key] !== undefined)
}

/**
 * Reads the state back into the methodology's params and lists what is
 * missing or out of bounds (checked when the user runs, never while typing).
 *
 * @param fixed - values that come from elsewhere by field path, e.g. `areaHa` from the site
 */
export function collectValue(root: FieldNode, state: FieldState, fixed: ReadonlyMap<string, unknown> = new Map()): Collected {
  const problems: FieldProblem[] = []
  const value = collect(root, state, [], problems, fixed)
  return { value, problems }
}
