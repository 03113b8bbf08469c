import { describe, expect, it } from 'vitest'
import { fieldLabel, humanizeKey, optionLabel } from './field-label.ts'

describe('fieldLabel', () => {
  it("uses the spec's description in the UI language", () => {
    expect(fieldLabel({ key: 'carbonFraction', about: { en: 'Carbon fraction of tree biomass', zh: '林木生物量含碳率' } }, 'zh')).toBe('林木生物量含碳率')
  })

  it('falls back to the dictionary, then to the key made readable', () => {
    expect(fieldLabel({ key: 'likelihood', about: undefined }, 'zh')).toBe('发生可能性')
    expect(fieldLabel({ key: 'plantingDensityTreesPerHa', about: undefined }, 'en')).toBe('Planting density trees per ha')
  })
})

describe('humanizeKey', () => {
  it('splits camelCase and kebab-case', () => {
    expect(humanizeKey('bufferPercent')).toBe('Buffer percent')
    expect(humanizeKey('salt-marsh')).toBe('Salt marsh')
  })
})

describe('optionLabel', () => {
  it('names known enum values and shows unknown ones as they are', () => {
    expect(optionLabel('kandelia-obovata', 'zh')).toBe('秋茄 Kandelia obovata')
    expect(optionLabel('something-new', 'zh')).toBe('something-new')
  })
})
