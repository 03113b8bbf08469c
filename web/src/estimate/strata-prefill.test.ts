import { describe, expect, it } from 'vitest'
import { specToFields } from '../forms/spec-to-fields.ts'
import { strataPrefill } from './strata-prefill.ts'

const root = specToFields({
  type: 'object',
  properties: {
    strata: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          species: { type: 'string', enum: ['kandelia-obovata', 'avicennia-marina'] },
          areaPercent: { type: 'number' },
          plantingYear: { type: 'integer' },
          survivalPercent: { type: 'number', default: 100 },
        },
      },
    },
  },
})

const stratum = (over: object) => ({ id: 's', name: null, species: 'kandelia-obovata', plantingYear: null, plantingDensityTreesPerHa: null, survivalPercent: null, areaPercent: 100, areaHa: 10, ...over })

describe('strataPrefill', () => {
  it('copies species, share and planting year of each site stratum', () => {
    const value = strataPrefill(root, [stratum({ areaPercent: 60, plantingYear: 2027 }), stratum({ species: 'avicennia-marina', areaPercent: 40 })])
    expect(value).toEqual([
      { species: 'kandelia-obovata', areaPercent: 60, plantingYear: 2027 },
      { species: 'avicennia-marina', areaPercent: 40 },
    ])
  })

  it('leaves survival to its sourced default: the site\'s survival is a different quantity', () => {
    expect(strataPrefill(root, [stratum({ survivalPercent: 80 })])?.[0]).not.toHaveProperty('survivalPercent')
  })

  it('drops a species the methodology does not list, so the form shows its own default', () => {
    expect(strataPrefill(root, [stratum({ species: 'sonneratia-apetala' })])).toEqual([{ areaPercent: 100 }])
  })

  it('does nothing for a methodology without strata or a site without strata', () => {
    expect(strataPrefill(specToFields({ type: 'object', properties: {} }), [stratum({})])).toBeUndefined()
    expect(strataPrefill(root, [])).toBeUndefined()
  })
})
