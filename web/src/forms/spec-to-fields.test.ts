import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { mangroveAfforestation } from '../../../methodologies/mangrove-afforestation/index.ts'
import { formatFieldPath, specToFields, type FieldNode, type GroupField } from './spec-to-fields.ts'

const S1 = { id: 'S1', document: 'CDM AR-AM0014 v03.0', locator: 'Eq. 4', status: 'primary' }

// A hand-written schema in the shape zod's toJSONSchema emits (see api/routes/methodologies/get.ts).
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    areaHa: { type: 'number', exclusiveMinimum: 0, maximum: 1e7, unit: 'ha', about: { en: 'Area', zh: '面积' } },
    startYear: { type: 'integer', minimum: 1990, maximum: 2200, unit: 'year', about: { en: 'Start', zh: '起始' } },
    soil: { type: 'number', minimum: 0, maximum: 10, default: 0.5, unit: 'tC/ha/yr', about: { en: 'Soil', zh: '土壤' }, source: S1 },
    deadWood: { type: 'number', minimum: 0, maximum: 100, unit: 'percent', about: { en: 'Dead wood', zh: '枯死木' } },
    landType: { type: 'string', enum: ['flat', 'pond'], default: 'flat', source: S1 },
    strata: {
      type: 'array',
      minItems: 1,
      maxItems: 5,
      default: [{}],
      items: { type: 'object', properties: { species: { type: 'string', enum: ['a', 'b'], default: 'a' }, areaPercent: { type: 'number', default: 100, minimum: 0, maximum: 100 } } },
    },
    risk: {
      default: { method: 'nprt' },
      oneOf: [
        { type: 'object', properties: { method: { type: 'string', const: 'nprt' }, hazard: { type: 'object', source: S1, default: {}, properties: { likelihood: { type: 'string', enum: ['x', 'y'], default: 'x' } } } }, required: ['method'] },
        { type: 'object', properties: { method: { type: 'string', const: 'fixed' }, bufferPercent: { type: 'number', minimum: 0, maximum: 100, unit: 'percent' } }, required: ['method', 'bufferPercent'] },
      ],
    },
    factors: { type: 'object', propertyNames: { type: 'string', pattern: '^\\d{4}$' }, additionalProperties: { type: 'number', exclusiveMinimum: 0, unit: 'ratio' } },
  },
  required: ['areaHa', 'startYear'],
}

const byKey = (fields: FieldNode[], key: string) => fields.find((f) => f.key === key)!

describe('specToFields', () => {
  const root = specToFields(schema) as GroupField
  const fields = root.fields

  it('reads an object schema into one field per property, in order', () => {
    expect(root.kind).toBe('group')
    expect(fields.map((f) => f.key)).toEqual(['areaHa', 'startYear', 'soil', 'deadWood', 'landType', 'strata', 'risk', 'factors'])
  })

  it('keeps unit, bilingual description and bounds of a number', () => {
    expect(byKey(fields, 'areaHa')).toMatchObject({ kind: 'number', unit: 'ha', about: { zh: '面积' }, min: 0, exclusiveMin: true, max: 1e7, integer: false })
    expect(byKey(fields, 'startYear')).toMatchObject({ kind: 'number', integer: true, min: 1990, exclusiveMin: false })
  })

  it('marks a required number without a default as needing input, and only that', () => {
    expect(byKey(fields, 'areaHa')).toMatchObject({ required: true, needsInput: true })
    expect(byKey(fields, 'soil')).toMatchObject({ required: false, needsInput: false, default: 0.5 })
    expect(byKey(fields, 'deadWood')).toMatchObject({ required: false, needsInput: false, default: undefined })
  })

  it('carries the source of a default', () => {
    expect(byKey(fields, 'soil')).toMatchObject({ source: S1, sourceInherited: false })
    expect(byKey(fields, 'deadWood').source).toBeUndefined()
  })

  it('reads enums as choices with their default', () => {
    expect(byKey(fields, 'landType')).toMatchObject({ kind: 'choice', options: ['flat', 'pond'], default: 'flat' })
  })

  it('reads an array of objects as a list with an item template', () => {
    const strata = byKey(fields, 'strata')
    expect(strata).toMatchObject({ kind: 'list', minItems: 1, maxItems: 5, default: [{}] })
    if (strata.kind !== 'list' || strata.item.kind !== 'group') throw new Error('list of groups expected')
    expect(strata.item.fields.map((f) => f.key)).toEqual(['species', 'areaPercent'])
  })

  it('reads a oneOf told apart by a const property as variants', () => {
    const risk = byKey(fields, 'risk')
    if (risk.kind !== 'variant') throw new Error('variant expected')
    expect(risk.discriminator).toBe('method')
    expect(risk.default).toBe('nprt')
    expect(risk.variants.map((v) => v.value)).toEqual(['nprt', 'fixed'])
    // The discriminator itself is not a field of the variant.
    expect(risk.variants[1]!.fields.map((f) => f.key)).toEqual(['bufferPercent'])
    expect(risk.variants[1]!.fields[0]).toMatchObject({ required: true, needsInput: true })
  })

  it('lets nested defaults inherit the source of the object that holds them', () => {
    const risk = byKey(fields, 'risk')
    if (risk.kind !== 'variant') throw new Error('variant expected')
    const hazard = risk.variants[0]!.fields[0]!
    expect(hazard).toMatchObject({ kind: 'group', hasDefault: true, source: S1, sourceInherited: false })
    if (hazard.kind !== 'group') throw new Error('group expected')
    expect(hazard.fields[0]).toMatchObject({ kind: 'choice', default: 'x', source: S1, sourceInherited: true })
  })

  it('reads a record as a map with a key pattern', () => {
    expect(byKey(fields, 'factors')).toMatchObject({ kind: 'map', keyPattern: '^\\d{4}$', value: { kind: 'number', unit: 'ratio' } })
  })

  it('keeps an unknown construct as a raw JSON field instead of dropping it', () => {
    const root2 = specToFields({ type: 'object', properties: { odd: { anyOf: [{ type: 'number' }, { type: 'null' }] } }, required: ['odd'] }) as GroupField
    expect(root2.fields[0]).toMatchObject({ kind: 'raw', key: 'odd', needsInput: true })
  })

  it('refuses something that is not a schema', () => {
    expect(() => specToFields(null)).toThrow(TypeError)
  })
})

describe('specToFields on the served mangrove-afforestation schema', () => {
  // The same call the API makes (api/routes/methodologies/get.ts), so the form follows the spec.
  const served = z.toJSONSchema(mangroveAfforestation.input, { io: 'input', unrepresentable: 'any' })
  const root = specToFields(served) as GroupField

  it('asks for the three required inputs and pre-fills the sourced defaults', () => {
    const needs = root.fields.filter((f) => 'needsInput' in f && f.needsInput).map((f) => f.key)
    expect(needs).toEqual(['areaHa', 'startYear', 'creditingYears'])
    // methodologies.md: CF_TREE = 0.47 from AR-TOOL14 Eq. 12.
    expect(byKey(root.fields, 'carbonFraction')).toMatchObject({ kind: 'number', default: 0.47, unit: 'tC/t d.m.' })
    expect(byKey(root.fields, 'carbonFraction').source?.document).toMatch(/AR-TOOL14/)
  })

  it('offers the strata as a list with a species choice and the NPRT / fixed buffer variants', () => {
    const strata = byKey(root.fields, 'strata')
    if (strata.kind !== 'list' || strata.item.kind !== 'group') throw new Error('list of groups expected')
    expect(byKey(strata.item.fields, 'species')).toMatchObject({ kind: 'choice', default: 'kandelia-obovata' })
    const risk = byKey(root.fields, 'nonPermanenceRisk')
    expect(risk).toMatchObject({ kind: 'variant', discriminator: 'method', default: 'nprt' })
  })

  it('gives every number a unit', () => {
    const numbers: FieldNode[] = []
    const walk = (n: FieldNode) => {
      if (n.kind === 'number') numbers.push(n)
      if (n.kind === 'group') n.fields.forEach(walk)
      if (n.kind === 'list') walk(n.item)
      if (n.kind === 'variant') n.variants.forEach((v) => v.fields.forEach(walk))
    }
    walk(root)
    expect(numbers.length).toBeGreaterThan(15)
    for (const n of numbers) expect(n.kind === 'number' && n.unit, n.key).toBeTruthy()
  })
})

describe('formatFieldPath', () => {
  it('writes paths the way the API reports them', () => {
    expect(formatFieldPath(['strata', 0, 'plantingYear'])).toBe('strata[0].plantingYear')
    expect(formatFieldPath(['areaHa'])).toBe('areaHa')
    expect(formatFieldPath([])).toBe('')
  })
})
