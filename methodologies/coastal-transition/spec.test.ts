import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { coastalTransition, inputSchema } from './index.ts'
import { readInput } from './test/fixtures.ts'

type Mutable = {
  classes: Record<string, unknown>[]
  transitions: { from: string; to: string; action: string }[]
  snapshots: { year: number; class: string }[]
  analysisYear?: number
  valuation?: Record<string, unknown> & { priceTable?: { year: number; price: number }[] }
}

const base = () => readInput('invest-test-model-pixel-0') as Mutable

function issuesOf(input: unknown) {
  const result = inputSchema.safeParse(input)
  expect(result.success).toBe(false)
  return result.error?.issues ?? []
}

function expectIssueAt(input: unknown, path: (string | number)[]) {
  const issue = issuesOf(input).find((i) => JSON.stringify(i.path) === JSON.stringify(path))
  expect(issue, `no issue at ${JSON.stringify(path)}`).toBeDefined()
  return issue
}

describe('coastal-transition input rules', () => {
  it('accepts the InVEST test fixture', () => {
    expect(inputSchema.safeParse(base()).success).toBe(true)
  })

  it('refuses an analysis year before the last snapshot, in English and Chinese (InVEST INVALID_ANALYSIS_YEAR_MSG)', () => {
    const input = base()
    input.analysisYear = 2015
    const issue = expectIssueAt(input, ['analysisYear'])
    expect(issue?.message).toBe('Analysis year 2015 must be >= the latest snapshot year (2020).')
    expect((issue as { params?: { zh?: string } }).params?.zh).toContain('分析年 2015')
  })

  it('refuses snapshot years that do not increase', () => {
    const input = base()
    input.snapshots[2] = { year: 2010, class: 'mangrove' }
    expectIssueAt(input, ['snapshots', 2, 'year'])
  })

  it('refuses a snapshot class missing from the class table', () => {
    const input = base()
    input.snapshots[1] = { year: 2010, class: 'shrimp pond' }
    expectIssueAt(input, ['snapshots', 1, 'class'])
  })

  it('refuses duplicate class names (InVEST test_duplicate_lulc_classes)', () => {
    const input = base()
    input.classes.push({ ...input.classes[1] })
    expectIssueAt(input, ['classes', 2, 'lulcClass'])
  })

  it('refuses a transition cell naming an unknown class (InVEST test_read_invalid_transition_matrix)', () => {
    const input = base()
    input.transitions.push({ from: 'missing code', to: 'mangrove', action: 'NCC' })
    expectIssueAt(input, ['transitions', 4, 'from'])
  })

  it('refuses two cells for the same pair', () => {
    const input = base()
    input.transitions.push({ from: 'mangrove', to: 'parking lot', action: 'low-impact-disturb' })
    expectIssueAt(input, ['transitions', 4])
  })

  it('refuses a cell value outside InVEST vocabulary', () => {
    const input = base()
    input.transitions[0] = { from: 'mangrove', to: 'mangrove', action: 'disturb' }
    expectIssueAt(input, ['transitions', 0, 'action'])
  })

  it('refuses a price table with a missing year and names the year', () => {
    const input = base()
    input.valuation!.priceTable = input.valuation!.priceTable!.filter((r) => r.year !== 2017)
    const issue = expectIssueAt(input, ['valuation', 'priceTable'])
    expect(issue?.message).toContain('missing: 2017')
  })

  it('does not need a price for the analysis year itself (InVEST values years baseline … analysis − 1)', () => {
    const input = base()
    input.valuation!.priceTable = input.valuation!.priceTable!.filter((r) => r.year !== 2030)
    expect(inputSchema.safeParse(input).success).toBe(true)
  })

  it('refuses a duplicate price year', () => {
    const input = base()
    input.valuation!.priceTable!.push({ year: 2001, price: 2 })
    expectIssueAt(input, ['valuation', 'priceTable', 31, 'year'])
  })

  it('requires price and inflation rate when prices are not a table', () => {
    const input = base()
    input.valuation = { priceSource: 'inflation', discountRatePercent: 4 }
    expectIssueAt(input, ['valuation', 'price'])
  })

  it('refuses a span over 200 years', () => {
    const input = base()
    input.analysisYear = 2201
    expectIssueAt(input, ['analysisYear'])
  })

  it('refuses more than 100 classes and more than 100 snapshots before any run', () => {
    const input = base()
    const template = input.classes[1]!
    input.classes = Array.from({ length: 101 }, (_, i) => ({ ...template, lulcClass: `c${i}` }))
    expectIssueAt(input, ['classes'])
    const many = base()
    many.snapshots = Array.from({ length: 101 }, (_, i) => ({ year: 2000 + i, class: 'mangrove' }))
    expectIssueAt(many, ['snapshots'])
  })

  it('refuses disturbance fractions above 1 and negative stocks', () => {
    const input = base()
    input.classes[0] = { ...input.classes[0], soilDisturbance: { low: 0.3, med: 0.5, high: 1.2 }, soilInitial: -1 }
    expectIssueAt(input, ['classes', 0, 'soilDisturbance', 'high'])
    expectIssueAt(input, ['classes', 0, 'soilInitial'])
  })
})

describe('coastal-transition spec metadata', () => {
  it('is a coastal transition methodology', () => {
    expect(coastalTransition.id).toBe('coastal-transition')
    expect(coastalTransition.kind).toBe('transition')
    expect(coastalTransition.sinkType).toBe('coastal')
    expect(coastalTransition.references.length).toBeGreaterThan(0)
  })

  it('gives every number in the JSON Schema a unit and a bilingual description', () => {
    const schema = z.toJSONSchema(inputSchema, { io: 'input' })
    const missing: string[] = []
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return
      const n = node as Record<string, unknown>
      if (n.type === 'number' || n.type === 'integer') {
        const about = n.about as { en?: string; zh?: string } | undefined
        if (typeof n.unit !== 'string' || !about?.en || !about?.zh) missing.push(path)
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`)
    }
    walk(schema, '#')
    expect(missing).toEqual([])
  })
})
