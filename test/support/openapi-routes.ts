import type { Components, JsonSchema } from './fuzz/json-schema.ts'

export type OpenApiDocument = {
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: { schemas?: Components }
}

export type OpenApiOperation = {
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[]
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, unknown>
}

export type OpenApiRoute = {
  /** `METHOD path`, e.g. `PATCH /api/v1/sites/{siteId}`. */
  key: string
  method: string
  path: string
  operation: OpenApiOperation
  documentedStatuses: number[]
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options']
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Every operation of the document, the single source of the route lists the fuzzer and the matrix walk. */
export function openApiRoutes(doc: OpenApiDocument): OpenApiRoute[] {
  const routes: OpenApiRoute[] = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue
      const upper = method.toUpperCase()
      routes.push({ key: `${upper} ${path}`, method: upper, path, operation, documentedStatuses: Object.keys(operation.responses).map(Number) })
    }
  }
  return routes
}

/** Fills `{name}` placeholders, percent-encoding each value as a client would. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${path}`)
    return encodeURIComponent(value)
  })
}
