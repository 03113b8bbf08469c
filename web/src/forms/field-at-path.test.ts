import { describe, expect, it } from 'vitest'
import { fieldAtPath } from './field-at-path.ts'
import { specToFields } from './spec-to-fields.ts'

const root = specToFields({
  oneOf: [
    { type: 'object', properties: { ecosystem: { type: 'string', const: 'mangrove' }, services: { type: 'object', properties: { coastalProtection: { type: 'object', properties: { seawallCost: { type: 'object', about: { en: 'Seawall cost', zh: '海堤造价' }, properties: {} } } } } } } },
    { type: 'object', properties: { ecosystem: { type: 'string', const: 'forest' }, horizonYears: { type: 'integer' } } },
  ],
})

describe('fieldAtPath', () => {
  it('finds a nested field in whichever variant has it', () => {
    expect(fieldAtPath(root, 'services.coastalProtection.seawallCost')?.about?.zh).toBe('海堤造价')
    expect(fieldAtPath(root, 'horizonYears')?.kind).toBe('number')
  })

  it('steps into list items by index', () => {
    const list = specToFields({ type: 'object', properties: { strata: { type: 'array', items: { type: 'object', properties: { species: { type: 'string', enum: ['a'] } } } } } })
    expect(fieldAtPath(list, 'strata[3].species')?.kind).toBe('choice')
  })

  it('answers undefined for an unknown path', () => {
    expect(fieldAtPath(root, 'services.nothing')).toBeUndefined()
  })
})
