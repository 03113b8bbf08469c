import { describe, expect, it } from 'vitest'
import { collectValue, newListItem, numberProblem, parseNumber, stateFromValue, type FieldState } from './form-state.ts'
import { specToFields, type NumberField } from './spec-to-fields.ts'

const S1 = { id: 'S1', document: 'Doc', status: 'primary' }
const root = specToFields({
  type: 'object',
  properties: {
    areaHa: { type: 'number', exclusiveMinimum: 0, unit: 'ha' },
    startYear: { type: 'integer', minimum: 1990, maximum: 2200, unit: 'year' },
    soil: { type: 'number', minimum: 0, maximum: 10, default: 0.5, source: S1 },
    deadWood: { type: 'number', minimum: 0, maximum: 100 },
    strata: { type: 'array', minItems: 1, default: [{}], items: { type: 'object', properties: { species: { type: 'string', enum: ['a', 'b'], default: 'a' }, plantingYear: { type: 'integer' } } } },
    risk: {
      default: { method: 'nprt' },
      oneOf: [
        { type: 'object', properties: { method: { type: 'string', const: 'nprt' } }, required: ['method'] },
        { type: 'object', properties: { method: { type: 'string', const: 'fixed' }, bufferPercent: { type: 'number', minimum: 0, maximum: 100 } }, required: ['method', 'bufferPercent'] },
      ],
    },
    price: {
      type: 'object',
      source: S1,
      properties: { value: { type: 'number', minimum: 0 }, priceYear: { type: 'integer' }, sourceNote: { type: 'string' } },
      required: ['value', 'priceYear'],
    },
    factors: { type: 'object', propertyNames: { type: 'string', pattern: '^\\d{4}$' }, additionalProperties: { type: 'number' } },
  },
  required: ['areaHa', 'startYear'],
})

function child(state: FieldState, key: string): FieldState {
  if (state.kind !== 'group') throw new Error('group expected')
  return state.children[key]!
}
function setRaw(state: FieldState, raw: string): void {
  if (!('raw' in state)) throw new Error('raw state expected')
  state.raw = raw
}

describe('stateFromValue / collectValue', () => {
  it('starts from the sourced defaults and leaves required numbers empty', () => {
    const state = stateFromValue(root, undefined)
    const { value, problems } = collectValue(root, state)
    expect(value).toEqual({ soil: 0.5, strata: [{ species: 'a' }], risk: { method: 'nprt' } })
    expect(problems).toEqual([
      { path: 'areaHa', key: 'Form.NeedsInput' },
      { path: 'startYear', key: 'Form.NeedsInput' },
    ])
  })

  it('takes a value that comes from elsewhere (the site area) by field path', () => {
    const state = stateFromValue(root, undefined)
    setRaw(child(state, 'startYear'), '2026')
    const { value, problems } = collectValue(root, state, new Map([['areaHa', 42.5]]))
    expect(problems).toEqual([])
    expect(value).toMatchObject({ areaHa: 42.5, startYear: 2026 })
  })

  it('shows stored inputs again, variant and list items included', () => {
    const stored = { areaHa: 10, startYear: 2030, soil: 0.4, strata: [{ species: 'b', plantingYear: 2031 }, { species: 'a' }], risk: { method: 'fixed', bufferPercent: 12 } }
    const { value, problems } = collectValue(root, stateFromValue(root, stored))
    expect(problems).toEqual([])
    expect(value).toEqual(stored)
  })

  it('reports numbers that are not numbers, not whole, or out of bounds, at their paths', () => {
    const state = stateFromValue(root, { areaHa: 0, startYear: 2026.5, strata: [{ plantingYear: 2020 }] })
    setRaw(child(state, 'soil'), '0,5')
    setRaw(child(state, 'deadWood'), '101')
    const { problems } = collectValue(root, state)
    expect(problems).toEqual([
      { path: 'areaHa', key: 'Form.MustExceed', params: { min: 0 } },
      { path: 'startYear', key: 'Form.NotInteger' },
      { path: 'soil', key: 'Form.NotANumber' },
      { path: 'deadWood', key: 'Form.AtMost', params: { max: 100 } },
    ])
  })

  it('asks for the required number of a chosen variant', () => {
    const state = stateFromValue(root, { areaHa: 1, startYear: 2026, risk: { method: 'fixed' } })
    expect(collectValue(root, state).problems).toEqual([{ path: 'risk.bufferPercent', key: 'Form.NeedsInput' }])
  })

  it('leaves out an optional object left empty (the server applies its sourced default), and checks it once touched', () => {
    const state = stateFromValue(root, { areaHa: 1, startYear: 2026 })
    expect(collectValue(root, state).value).not.toHaveProperty('price')
    setRaw(child(child(state, 'price'), 'value'), '727')
    const { value, problems } = collectValue(root, state)
    expect(value).toMatchObject({ price: { value: 727 } })
    expect(problems).toEqual([{ path: 'price.priceYear', key: 'Form.NeedsInput' }])
  })

  it('adds list items with their defaults and refuses fewer than minItems', () => {
    const state = stateFromValue(root, { areaHa: 1, startYear: 2026 })
    const strata = child(state, 'strata')
    if (strata.kind !== 'list' || root.kind !== 'group') throw new Error('list expected')
    const node = root.fields.find((f) => f.key === 'strata')!
    if (node.kind !== 'list') throw new Error('list expected')
    strata.items.push(newListItem(node.item))
    expect((collectValue(root, state).value as { strata: unknown[] }).strata).toEqual([{ species: 'a' }, { species: 'a' }])
    strata.items.length = 0
    expect(collectValue(root, state).problems).toEqual([{ path: 'strata', key: 'Form.MinItems', params: { min: 1 } }])
  })

  it('reads map entries and checks their keys', () => {
    const state = stateFromValue(root, { areaHa: 1, startYear: 2026, factors: { '2010': 1.3 } })
    expect(collectValue(root, state).value).toMatchObject({ factors: { '2010': 1.3 } })
    const factors = child(state, 'factors')
    if (factors.kind !== 'map') throw new Error('map expected')
    factors.entries.push({ key: '20x', value: { kind: 'number', raw: '1' } })
    expect(collectValue(root, state).problems).toEqual([{ path: 'factors.20x', key: 'Form.BadKey' }])
  })
})

describe('parseNumber', () => {
  it('reads plain decimals, signs and exponents', () => {
    expect(parseNumber(' 0.47 ')).toBe(0.47)
    expect(parseNumber('-3')).toBe(-3)
    expect(parseNumber('.5')).toBe(0.5)
    expect(parseNumber('1e3')).toBe(1000)
  })

  it('refuses partial numbers instead of guessing', () => {
    for (const bad of ['', '12abc', '1,5', '1.2.3', 'NaN', 'Infinity', '0x10']) expect(parseNumber(bad), bad).toBeUndefined()
  })
})

describe('numberProblem', () => {
  const field = { kind: 'number', key: 'x', integer: false, min: 0, max: 100, exclusiveMin: false, exclusiveMax: false } as NumberField
  it('accepts the inclusive bounds themselves', () => {
    expect(numberProblem(field, 0)).toBeUndefined()
    expect(numberProblem(field, 100)).toBeUndefined()
  })

  it('refuses the exclusive bound itself', () => {
    expect(numberProblem({ ...field, exclusiveMin: true }, 0)).toEqual({ key: 'Form.MustExceed', params: { min: 0 } })
    expect(numberProblem({ ...field, exclusiveMax: true }, 100)).toEqual({ key: 'Form.MustBeBelow', params: { max: 100 } })
  })
})
