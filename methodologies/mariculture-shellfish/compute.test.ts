import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeFixtureTable } from '../shared/testing/fixture-cases.ts'
import { maricultureShellfish } from './index.ts'

const dir = fileURLToPath(new URL('.', import.meta.url))

describeFixtureTable('mariculture-shellfish fixtures (hand calculations from S13 Table 2)', maricultureShellfish, dir)

describe('mariculture-shellfish input rules', () => {
  const issues = (x: unknown) => maricultureShellfish.input.safeParse(x).error?.issues ?? []

  it('refuses fed species with the reason, in English and Chinese', () => {
    const [issue] = issues({ areaHa: 1, startYear: 2025, creditingYears: 1, includeShellCarbon: true, harvests: [{ species: 'abalone', harvestTonnesPerYear: 10, weightBasis: 'fresh' }] })
    expect(issue?.path).toEqual(['harvests', 0, 'species'])
    expect(issue?.message).toMatch(/not a sink/)
    expect((issue as { params?: { zh?: string } }).params?.zh).toMatch(/投饵/)
  })

  it('requires the harvest (area alone gives no estimate)', () => {
    expect(issues({ areaHa: 1, startYear: 2025, creditingYears: 1, includeShellCarbon: true }).map((i) => i.path.join('.'))).toContain('harvests')
  })

  it('rejects an unknown species and a negative harvest', () => {
    const paths = issues({ areaHa: 1, startYear: 2025, creditingYears: 1, includeShellCarbon: true, harvests: [{ species: 'shrimp', harvestTonnesPerYear: -1, weightBasis: 'fresh' }] }).map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['harvests.0.species', 'harvests.0.harvestTonnesPerYear']))
  })

  it('requires the weight basis and the shell-carbon choice: neither is defaulted (issue 16 item 3)', () => {
    const paths = issues({ areaHa: 1, startYear: 2025, creditingYears: 1, harvests: [{ species: 'oyster', harvestTonnesPerYear: 10 }] }).map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['includeShellCarbon', 'harvests.0.weightBasis']))
    expect(issues({ areaHa: 1, startYear: 2025, creditingYears: 1, includeShellCarbon: true, harvests: [{ species: 'oyster', harvestTonnesPerYear: 10, weightBasis: 'wet-ish' }] }).map((i) => i.path.join('.'))).toEqual(['harvests.0.weightBasis'])
  })

  it('refuses the v1 field name instead of silently reading it (strict rows)', () => {
    const paths = issues({ areaHa: 1, startYear: 2025, creditingYears: 1, includeShellCarbon: true, harvests: [{ species: 'oyster', harvestTonnesFreshWeightPerYear: 10 }] }).map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['harvests.0.harvestTonnesPerYear', 'harvests.0.weightBasis']))
  })
})
