import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeFixtureTable } from '../shared/testing/fixture-cases.ts'
import { forestAfforestation } from './index.ts'

const dir = fileURLToPath(new URL('.', import.meta.url))

describeFixtureTable('forest-afforestation fixtures (hand calculations)', forestAfforestation, dir)

describe('forest-afforestation input rules', () => {
  const paths = (x: unknown) => forestAfforestation.input.safeParse(x).error?.issues.map((i) => i.path.join('.')) ?? []
  const stratum = { species: 'eucalyptus', stemVolumeIncrementM3PerHaPerYear: 15, woodDensityTdmPerM3: 0.5 }

  it.each([
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ ...stratum, species: 'teak' }] }, 'strata.0.species'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ species: 'chinese-fir' }] }, 'strata.0.stemVolumeIncrementM3PerHaPerYear'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ species: 'masson-pine', stemVolumeIncrementM3PerHaPerYear: 10 }] }, 'strata.0.woodDensityTdmPerM3'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [] }, 'strata'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ ...stratum, plantingYear: 2050 }] }, 'strata.0.plantingYear'],
    [{ areaHa: 1, startYear: 2025, creditingYears: 20, socChangeTcPerHaPerYear: 0.9 }, 'socChangeTcPerHaPerYear'],
    [{ areaHa: -1, startYear: 2025, creditingYears: 20 }, 'areaHa'],
  ])('rejects %j at %s', (input, path) => {
    expect(paths(input)).toContain(path)
  })

  it('fills a minimal input with one eucalyptus stratum over the whole site', () => {
    const parsed = forestAfforestation.input.parse({ areaHa: 1, startYear: 2025, creditingYears: 20 })
    expect(parsed.strata).toHaveLength(1)
    expect(parsed.strata[0]).toMatchObject({ species: 'eucalyptus', areaPercent: 100 })
  })

  it('does not warn about defaults when the site gives its own growth and density', () => {
    const result = forestAfforestation.compute(forestAfforestation.input.parse({ areaHa: 1, startYear: 2025, creditingYears: 5, strata: [stratum] }))
    expect(result.warnings.map((w) => w.code)).not.toContain('forest-default-eucalyptus-growth')
  })
})
