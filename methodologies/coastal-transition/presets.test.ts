import { describe, expect, it } from 'vitest'
import { classSchema } from './class.schema.ts'
import { TABLE_1_PRESETS } from './presets.ts'
import { readInput } from './test/fixtures.ts'

describe('Table 1 presets', () => {
  it("mangrove equals the InVEST test fixture's mangrove row (invest-cbc.md: they match Table 1 exactly)", () => {
    const input = readInput('invest-test-model-pixel-0') as { classes: Record<string, unknown>[] }
    const mangrove = classSchema.parse(input.classes[0])
    const { biomassHalfLife, soilHalfLife, biomassDisturbance, soilDisturbance } = mangrove
    expect({ biomassHalfLife, soilHalfLife, biomassDisturbance, soilDisturbance }).toEqual(TABLE_1_PRESETS.mangrove.values)
  })

  it('every preset value carries a secondary citation of Table 1 naming its original reference', () => {
    for (const preset of Object.values(TABLE_1_PRESETS)) {
      for (const source of Object.values(preset.sources)) {
        expect(source.status).toBe('secondary')
        expect(source.document).toContain('Table 1')
        expect(source.locator).toBeTruthy()
      }
    }
  })

  it('fits the class schema bounds', () => {
    for (const preset of Object.values(TABLE_1_PRESETS)) {
      const row = {
        lulcClass: 'x',
        biomassInitial: 0,
        soilInitial: 0,
        litterInitial: 0,
        biomassAccumulation: 0,
        soilAccumulation: 0,
        litterAccumulation: 0,
        ...preset.values,
      }
      expect(classSchema.safeParse(row).success).toBe(true)
    }
  })
})
