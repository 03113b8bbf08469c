import { allowsUnknownKeys, jsonType, resolve, typesOf, type Components, type JsonSchema } from './json-schema.ts'
import { RawNumber } from './raw-json.ts'

// NUL cannot be stored in PostgreSQL text; a lone surrogate is not Unicode text.
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The value a JSON parser would hand the server for `v` (RawNumber → its parsed number). */
function parsed(v: unknown): unknown {
  return v instanceof RawNumber ? Number(v.text) : v
}

/**
 * Whether `value` breaks a rule the API must enforce at `schema` — so the
 * request must be refused (4xx), never accepted. Deliberately conservative:
 * only type, bounds, length, enum, required and unknown-key rules, plus issue
 * 9's text rule (no NUL, no lone surrogate). A schema-less spot never counts.
 */
export function violates(schema: JsonSchema | undefined, raw: unknown, components: Components): boolean {
  if (!schema) return false
  const s = resolve(schema, components)
  const value = parsed(raw)
  const branches = s.oneOf ?? s.anyOf
  if (branches) return branches.every((b) => violates(b, raw, components))
  if (s.const !== undefined) return !Object.is(value, s.const) && value !== s.const
  if (s.enum) return !s.enum.includes(value)
  const types = typesOf(s)
  if (types.length === 0) return false
  const actual = jsonType(value)
  const typeOk = types.includes(actual) || (actual === 'integer' && types.includes('number'))
  if (!typeOk) return true
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return true
    if (types.includes('integer') && !types.includes('number') && !Number.isInteger(value)) return true
    if (s.minimum !== undefined && value < s.minimum) return true
    if (s.maximum !== undefined && value > s.maximum) return true
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) return true
    if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) return true
    return false
  }
  if (typeof value === 'string') {
    if (UNSTORABLE_TEXT.test(value)) return true
    if (s.maxLength !== undefined && value.length > s.maxLength) return true
    if (s.minLength !== undefined && value.length < s.minLength) return true
    if (s.format === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return true
    if (s.pattern && !new RegExp(s.pattern).test(value)) return true
    return false
  }
  if (Array.isArray(value)) {
    if (s.maxItems !== undefined && value.length > s.maxItems) return true
    if (s.minItems !== undefined && value.length < s.minItems) return true
    return s.items !== undefined && value.some((item) => violates(s.items, item, components))
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const properties = s.properties ?? {}
    if ((s.required ?? []).some((k) => !Object.hasOwn(record, k))) return true
    for (const [key, item] of Object.entries(record)) {
      const known = properties[key]
      if (known) {
        if (violates(known, item, components)) return true
      } else if (!allowsUnknownKeys(s)) {
        return true
      } else if (typeof s.additionalProperties === 'object') {
        if (s.propertyNames && violates(s.propertyNames, key, components)) return true
        if (violates(s.additionalProperties, item, components)) return true
      }
    }
  }
  return false
}
