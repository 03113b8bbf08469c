import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { expectMatchesFixture, loadFixtureCases } from '../shared/testing/fixture-cases.ts'
import { areaBasedResultSchema } from '../types.ts'
import { maricultureSeaweed } from './index.ts'

const dir = fileURLToPath(new URL('.', import.meta.url))

describe('mariculture-seaweed fixtures (hand calculations from S13 Table 2)', () => {
  for (const c of loadFixtureCases(dir)) {
    it(c.name, () => {
      const result = maricultureSeaweed.compute(maricultureSeaweed.input.parse(c.input))
      expect(areaBasedResultSchema.safeParse(result).success).toBe(true)
      expectMatchesFixture(result, c.out)
    })
  }
})
