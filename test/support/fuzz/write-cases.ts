import fc from 'fast-check'
import type { OpenApiRoute } from '../openapi-routes.ts'
import { hostileFiles, geometryArbitrary } from './hostile-inputs.ts'
import type { Components, JsonSchema } from './json-schema.ts'
import { mutatedArbitrary, type MutationKind } from './mutate.ts'
import { arbitraryFromSchema } from './schema-arbitrary.ts'
import { violates } from './violates.ts'

/** An id chosen when the case runs: from the ids that exist by then, or a literal bad one. */
export type IdPick = { known: number } | { literal: string }

export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; mutation: { kind: MutationKind; path: (string | number)[]; detail: string } | null; mustRefuse: boolean; contentType: string | null }
  | { kind: 'raw'; text: string; contentType: string | null; mustRefuse: boolean }
  | { kind: 'multipart'; file: number | null; field: string }

export type FuzzCase = {
  route: OpenApiRoute
  principal: string
  pathIds: Record<string, IdPick>
  /** Replaces generated `siteId`/`organisationId` body values by existing ids when set. */
  bodyIdPick: number | null
  body: FuzzBody
  lang: 'zh' | 'en'
}

/** Path parameter values no router or handler should choke on. */
const BAD_IDS = [
  'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'a'.repeat(5_000), '\u0000', "1' OR '1'='1", '..', 'ＡＢＣ', '12345678-1234-1234-1234-1234567890ab ', '{}', '%',
]

/** Raw bodies that are not the JSON a schema describes at all. */
const RAW_BODIES = ['', ' ', 'null', '{', '{"a":', '\uFEFF{}', 'NaN', '[' .repeat(10_000), '{"__proto__":{"admin":true}}', '"\\ud800"', '1e999', 'true']
const CONTENT_TYPES = ['application/json', 'application/json', 'application/json', 'text/plain', null, 'application/json; charset=utf-16', 'application/merge-patch+json', 'application/x-www-form-urlencoded']

export type CaseContext = {
  components: Components
  /** Methodology id → JSON Schema of its inputs (GET /api/v1/methodologies/{id}). */
  methodologyInputs: Record<string, JsonSchema>
  principals: (route: OpenApiRoute) => string[]
}

const idPick = fc.oneof({ weight: 6, arbitrary: fc.nat().map((known): IdPick => ({ known })) }, { weight: 1, arbitrary: fc.uuid().map((literal): IdPick => ({ literal })) }, { weight: 1, arbitrary: fc.constantFrom(...BAD_IDS).map((literal): IdPick => ({ literal })) })

/**
 * The schema a body of this route is generated from. `params` of estimates and
 * valuations is an open object in the route schema; the methodology it names
 * publishes the real one, so the fuzzer uses that (and so demands it be strict).
 */
function bodySchemaArbitrary(route: OpenApiRoute, ctx: CaseContext): fc.Arbitrary<JsonSchema> | null {
  const schema = route.operation.requestBody?.content['application/json']?.schema
  if (!schema) return null
  const base = schema.$ref ? ctx.components[schema.$ref.split('/').pop()!]! : schema
  if (route.key === 'POST /api/v1/estimates') {
    const ids = Object.keys(ctx.methodologyInputs).filter((id) => id !== 'gep-valuation')
    return fc.constantFrom(...ids).map((id) => withProperties(base, { methodology: { const: id }, params: paramsSchema(ctx.methodologyInputs[id]!, []) }))
  }
  if (route.key === 'POST /api/v1/valuations') {
    const gep = ctx.methodologyInputs['gep-valuation']!
    const branches = (gep.oneOf ?? [gep]) as JsonSchema[]
    return fc.constantFrom(...branches).map((branch) => {
      const ecosystem = (branch.properties?.ecosystem as JsonSchema | undefined)?.const
      // The server fills these from the site, the estimate and the price choice.
      const params = paramsSchema(branch, ['ecosystem', 'areaHa', 'carbonPrice', 'carbonSequestrationTco2ePerYear', 'carbonSequestrationByYear'])
      return withProperties(base, { ...(ecosystem !== undefined ? { ecosystem: { const: ecosystem } } : {}), params })
    })
  }
  return fc.constant(base)
}

function paramsSchema(input: JsonSchema, serverFilled: string[]): JsonSchema {
  const { $schema: _s, ...rest } = input
  const properties = Object.fromEntries(Object.entries(rest.properties ?? {}).filter(([k]) => !serverFilled.includes(k)))
  return { ...rest, properties, required: (rest.required ?? []).filter((k) => !serverFilled.includes(k)) }
}

/** The route schema with `params` (and the discriminator) replaced; params become required when their schema requires keys. */
function withProperties(base: JsonSchema, replace: Record<string, JsonSchema>): JsonSchema {
  const needsParams = (replace.params?.required ?? []).length > 0
  return { ...base, properties: { ...base.properties, ...replace }, required: [...new Set([...(base.required ?? []), ...(needsParams ? ['params'] : [])])] }
}

function jsonBodyArbitrary(route: OpenApiRoute, ctx: CaseContext): fc.Arbitrary<FuzzBody> {
  const schemaArb = bodySchemaArbitrary(route, ctx)
  const options = { components: ctx.components, overrides: { SiteGeometry: geometryArbitrary } }
  const rawFor = (schema: JsonSchema | null) =>
    fc.record({ text: fc.constantFrom(...RAW_BODIES), contentType: fc.constantFrom(...CONTENT_TYPES) }).map(
      ({ text, contentType }): FuzzBody => ({ kind: 'raw', text, contentType, mustRefuse: schema !== null && rawBreaks(text, contentType, schema, ctx.components) }),
    )
  const raw = rawFor(null)
  if (!schemaArb) {
    // No body documented: send none, or junk the route must ignore or refuse cleanly.
    return fc.oneof({ weight: 4, arbitrary: fc.constant<FuzzBody>({ kind: 'none' }) }, { weight: 1, arbitrary: raw })
  }
  const contentType = fc.oneof({ weight: 12, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom(...CONTENT_TYPES) })
  return schemaArb.chain((schema) => {
    const valid = arbitraryFromSchema(schema, options)
    const validBody = fc.tuple(valid, contentType).map(([value, type]): FuzzBody => ({ kind: 'json', value, mutation: null, mustRefuse: type === null || !/json/.test(type), contentType: type }))
    const mutated = fc.tuple(mutatedArbitrary(valid, schema, ctx.components), contentType).map(([m, type]): FuzzBody => ({
      kind: 'json',
      value: m.value,
      mutation: { kind: m.kind, path: m.path, detail: m.detail },
      mustRefuse: m.mustRefuse || type === null || !/json/.test(type),
      contentType: type,
    }))
    return fc.oneof({ weight: 4, arbitrary: validBody }, { weight: 7, arbitrary: mutated }, { weight: 1, arbitrary: rawFor(schema) })
  })
}

/**
 * Whether a raw body must be refused: not JSON, or JSON that breaks the schema.
 * A leading byte-order mark may be dropped by the server's UTF-8 decoding (RFC 8259 §8.1 allows ignoring it).
 */
function rawBreaks(text: string, contentType: string | null, schema: JsonSchema, components: Components): boolean {
  if (contentType === null || !/json/.test(contentType)) return true
  try {
    return violates(schema, JSON.parse(text.replace(/^\uFEFF/, '')), components)
  } catch {
    return true
  }
}

function multipartBodyArbitrary(): fc.Arbitrary<FuzzBody> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.nat({ max: hostileFiles.length - 1 }).map((file): FuzzBody => ({ kind: 'multipart', file, field: 'file' })) },
    { weight: 1, arbitrary: fc.constantFrom<FuzzBody>({ kind: 'multipart', file: null, field: 'file' }, { kind: 'multipart', file: 0, field: 'upload' }) },
  )
}

export function caseArbitrary(route: OpenApiRoute, ctx: CaseContext): fc.Arbitrary<FuzzCase> {
  const pathParams = (route.operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
  const body = route.operation.requestBody?.content['multipart/form-data'] ? multipartBodyArbitrary() : jsonBodyArbitrary(route, ctx)
  return fc.record({
    route: fc.constant(route),
    principal: fc.constantFrom(...ctx.principals(route)),
    pathIds: fc.tuple(...pathParams.map(() => idPick)).map((picks) => Object.fromEntries(pathParams.map((name, i) => [name, picks[i]!]))),
    bodyIdPick: fc.option(fc.nat(), { freq: 3 }),
    body,
    lang: fc.constantFrom('zh' as const, 'en' as const),
  })
}
