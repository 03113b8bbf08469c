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

/** A failed API call. `title`/`detail` are already in the language the request asked for. */
export class ApiProblem extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string | undefined
  /** From Retry-After on 429/503, in seconds. */
  readonly retryAfterS: number | undefined

  constructor(init: { status: number; code: string; title: string; detail?: string; retryAfterS?: number }) {
    super(init.detail ?? init.title)
    this.name = 'ApiProblem'
    this.status = init.status
    this.code = init.code
    this.title = init.title
    this.detail = init.detail
    this.retryAfterS = init.retryAfterS
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
        return new ApiProblem({ status, code: p.code ?? `http_${status}`, title: p.title, detail: p.detail, retryAfterS })
      }
    } catch {
      // Fall through to the generic problem below.
    }
  }
  return new ApiProblem({ status, code: `http_${status}`, title: `HTTP ${status}`, retryAfterS })
}
