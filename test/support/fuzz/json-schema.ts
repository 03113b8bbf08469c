/**
 * The subset of JSON Schema (2020-12, as zod and @hono/zod-openapi emit it)
 * that the fuzzer reads. Unknown keywords (unit, about, source, example…) are
 * carried along and ignored.
 */
export type JsonSchema = {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  enum?: unknown[]
  const?: unknown
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  allOf?: JsonSchema[]
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  default?: unknown
  [keyword: string]: unknown
}

export type Components = Record<string, JsonSchema>

const REF_PREFIX = '#/components/schemas/'

/** Follows `$ref` and folds `allOf` into one schema (the shapes zod-openapi emits: a $ref plus a description). */
export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let s = schema
  while (s.$ref) {
    const name = s.$ref.startsWith(REF_PREFIX) ? s.$ref.slice(REF_PREFIX.length) : undefined
    const target = name ? components[name] : undefined
    if (!target) throw new Error(`unresolvable $ref ${s.$ref}`)
    const { $ref: _ref, ...rest } = s
    s = { ...target, ...rest, refName: name }
  }
  if (s.allOf) {
    const { allOf, ...rest } = s
    return allOf.reduce<JsonSchema>((merged, part) => mergeSchemas(merged, resolve(part, components)), rest)
  }
  return s
}

function mergeSchemas(a: JsonSchema, b: JsonSchema): JsonSchema {
  return {
    ...a,
    ...b,
    ...(a.properties || b.properties ? { properties: { ...a.properties, ...b.properties } } : {}),
    ...(a.required || b.required ? { required: [...new Set([...(a.required ?? []), ...(b.required ?? [])])] } : {}),
  }
}

export function typesOf(schema: JsonSchema): string[] {
  if (schema.const !== undefined) return [jsonType(schema.const)]
  if (schema.enum) return [...new Set(schema.enum.map(jsonType))]
  if (Array.isArray(schema.type)) return schema.type
  if (schema.type) return [schema.type]
  if (schema.properties) return ['object']
  return []
}

export function jsonType(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number'
  return typeof v
}

/**
 * Whether an object schema accepts keys it does not list. Issue 9 demands strict
 * bodies at every depth (methodology params included), so only an explicit
 * `additionalProperties` schema or `true` (records, GeoJSON foreign members)
 * allows them — not JSON Schema's permissive default.
 */
export function allowsUnknownKeys(schema: JsonSchema): boolean {
  const extra = schema.additionalProperties
  return extra !== undefined && extra !== false
}

/**
 * The branch of a oneOf/anyOf that a value takes: the first whose `const` or
 * `enum` properties match and whose required keys are present.
 */
export function pickBranch(branches: JsonSchema[], value: unknown, components: Components): JsonSchema | undefined {
  const resolved = branches.map((b) => resolve(b, components))
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return resolved.find((b) => typesOf(b).includes(jsonType(value)) || (jsonType(value) === 'integer' && typesOf(b).includes('number')))
  }
  const record = value as Record<string, unknown>
  return resolved.find((b) => {
    if (!typesOf(b).includes('object')) return false
    for (const [key, prop] of Object.entries(b.properties ?? {})) {
      const p = resolve(prop, components)
      if (p.const !== undefined && record[key] !== p.const) return false
    }
    return (b.required ?? []).every((k) => k in record)
  })
}
