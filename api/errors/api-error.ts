import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { PROBLEM_STATUS, type ProblemCode } from './problem-codes.ts'

/** One field-level problem: a dotted path and a message already in the user's language. */
export type FieldError = { path: string; code: string; message: string }

/**
 * The only error handlers throw at the HTTP edge. It carries a closed problem
 * code and the params for the zh/en catalog; `onError` renders it as
 * application/problem+json.
 */
export class ApiError extends HTTPException {
  readonly code: ProblemCode
  readonly params: Record<string, string | number>
  readonly errors?: FieldError[]
  readonly headers?: Record<string, string>

  constructor(
    code: ProblemCode,
    options: { params?: Record<string, string | number>; errors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(PROBLEM_STATUS[code] as ContentfulStatusCode, { message: code, cause: options.cause })
    this.code = code
    this.params = options.params ?? {}
    if (options.errors) this.errors = options.errors
    if (options.headers) this.headers = options.headers
  }
}
