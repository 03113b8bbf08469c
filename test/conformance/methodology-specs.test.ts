import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { methodologies } from '../../methodologies/index.ts'

/**
 * Every registered methodology is checked like InVEST's test_spec.py: each
 * number in its input JSON Schema carries a unit and a bilingual description,
 * and a source whenever it has a default; each has a worked-example fixture table.
 */

const METHODOLOGIES_DIR = fileURLToPath(new URL('../../methodologies/', import.meta.url))

/** Folders whose name differs from the public id. */
const FOLDER_BY_ID: Record<string, string> = { 'gep-valuation': 'gep' }

type JsonNode = Record<string, unknown>

function isNumberNode(node: JsonNode): boolean {
  const t = node.type
  return t === 'number' || t === 'integer' || (Array.isArray(t) && (t.includes('number') || t.includes('integer')))
}

/** Walks a JSON Schema and returns one message per number that lacks unit/about/source. */
function numberMetaProblems(schema: unknown, path = '#'): string[] {
  if (schema === null || typeof schema !== 'object') return []
  if (Array.isArray(schema)) return schema.flatMap((s, i) => numberMetaProblems(s, `${path}/${i}`))
  const node = schema as JsonNode
  const problems: string[] = []
  if (isNumberNode(node)) {
    const about = node.about as { zh?: unknown; en?: unknown } | undefined
    if (typeof node.unit !== 'string') problems.push(`${path}: number without unit`)
    if (typeof about?.zh !== 'string' || about.zh === '') problems.push(`${path}: number without about.zh`)
    if (typeof about?.en !== 'string' || about.en === '') problems.push(`${path}: number without about.en`)
    const source = node.source as { document?: unknown; status?: unknown } | undefined
    if ('default' in node && (typeof source?.document !== 'string' || typeof source.status !== 'string')) {
      problems.push(`${path}: number with a default but no source`)
    }
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'default' || key === 'source' || key === 'about' || key === 'examples') continue
    problems.push(...numberMetaProblems(child, `${path}/${key}`))
  }
  return problems
}

function fixtureCases(id: string): { inputs: string[]; unmatched: string[] } {
  const dir = `${METHODOLOGIES_DIR}${FOLDER_BY_ID[id] ?? id}/test`
  if (!existsSync(`${dir}/in`)) return { inputs: [], unmatched: [] }
  const inputs = readdirSync(`${dir}/in`).filter((f) => f.endsWith('.json'))
  return { inputs, unmatched: inputs.filter((f) => !existsSync(`${dir}/out/${f}`)) }
}

describe('the conformance check itself', () => {
  it('flags a number without unit, about or source', () => {
    const bad = z.object({
      a: z.number(),
      b: z.number().default(1).meta({ unit: 'ha', about: { zh: '甲', en: 'A' } }),
      c: z.object({ d: z.number().meta({ unit: 'ha', about: { zh: '', en: 'D' } }) }),
    })
    const problems = numberMetaProblems(z.toJSONSchema(bad, { io: 'input' }))
    expect(problems.some((p) => p.includes('/a: number without unit'))).toBe(true)
    expect(problems.some((p) => p.includes('/b: number with a default but no source'))).toBe(true)
    expect(problems.some((p) => p.includes('/d: number without about.zh'))).toBe(true)
  })
})

describe('methodology specs', () => {
  it('the registry has unique ids', () => {
    const ids = methodologies.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('mangrove-afforestation')
  })

  for (const m of methodologies) {
    describe(m.id, () => {
      it('has id, version, bilingual title and references', () => {
        expect(m.version).toMatch(/\S/)
        expect(m.title.zh).toMatch(/\S/)
        expect(m.title.en).toMatch(/\S/)
        expect(m.references.length).toBeGreaterThan(0)
      })

      it('every number in the input carries unit, about (zh, en) and, with a default, a source', () => {
        const json = z.toJSONSchema(m.input, { io: 'input' })
        expect(numberMetaProblems(json)).toEqual([])
      })

      it('has a fixture table test/in/<case>.json with matching test/out/<case>.json', () => {
        const { inputs, unmatched } = fixtureCases(m.id)
        expect(inputs.length, `methodologies/${FOLDER_BY_ID[m.id] ?? m.id}/test/in has no case`).toBeGreaterThan(0)
        expect(unmatched).toEqual([])
      })
    })
  }
})
