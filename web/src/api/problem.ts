import { z } from 'zod'

/** RFC 9457 problem details as the API renders them (architecture.md, HTTP conventions). */
const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  code: z.string().optional(),
  errors: z.array(z.object({ path: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]), message: z.string() }).loose()).optional(),
  requestId: z.string().optional(),
})

/** One field the server refused, with its path as the API writes it (`params.strata[0].plantingYear`). */
export type FieldError = { path: string; code?: string; message: string }

/** `['a', 0, 'b']` or `'a[0].b'` → `'a[0].b'`. */
function pathText(path: string | (string | number)[]): string {
  if (typeof path === 'string') return path
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '')
}

/** A failed API call. `title`/`detail` are already in the language the request asked for. */
export class ApiProblem extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string | undefined
  /** From Retry-After on 429/503, in seconds. */
  readonly retryAfterS: number | undefined
  /** Per-field problems of a validation failure, localized like `detail`. */
  readonly errors: FieldError[]

  constructor(init: { status: number; code: string; title: string; detail?: string; retryAfterS?: number; errors?: FieldError[] }) {
    super(init.detail ?? init.title)
    this.name = 'ApiProblem'
    this.status = init.status
    this.code = init.code
    this.title = init.title
    this.detail = init.detail
    this.retryAfterS = init.retryAfterS
    this.errors = init.errors ?? []
  }
}

/** Retry-After as delay-seconds (RFC 9110 §10.2.3); the HTTP-date form is not used by our API. */
function parseRetryAfterS(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined
  return Number(header.trim())
}

/**
 * Turns an error response into an ApiProblem. A body that is not a problem
 * document (a proxy's HTML page, an empty 502) still yields one, coded
 * `http_<status>`, so callers handle a single type.
 */
export function problemFromResponse(status: number, contentType: string | null, body: string, retryAfter: string | null): ApiProblem {
  const retryAfterS = parseRetryAfterS(retryAfter)
  if (contentType?.includes('json')) {
    try {
      const parsed = problemSchema.safeParse(JSON.parse(body))
      if (parsed.success) {
        const p = parsed.data
        const errors = (p.errors ?? []).map((e) => ({ path: pathText(e.path), message: e.message, ...(typeof e.code === 'string' ? { code: e.code } : {}) }))
        return new ApiProblem({ status, code: p.code ?? `http_${status}`, title: p.title, detail: p.detail, retryAfterS, errors })
      }
    } catch {
      // Fall through to the generic problem below.
    }
  }
  return new ApiProblem({ status, code: `http_${status}`, title: `HTTP ${status}`, retryAfterS })
}
