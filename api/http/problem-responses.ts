import { z } from '@hono/zod-openapi'
import { PROBLEM_CODES } from '../errors/problem-codes.ts'

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://bluecarbon.example/problems/validation-failed' }),
    title: z.string().openapi({ description: 'Short summary in the language chosen by Accept-Language (zh or en).' }),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(PROBLEM_CODES as [string, ...string[]]),
    errors: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Field-level problems, with dotted paths into the request.' }),
    requestId: z.string(),
  })
  .openapi('Problem')

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
})

/** Error responses every route can give; spread into each route's `responses`. */
export const commonProblems = {
  400: problem('Malformed JSON or input that fails validation (`errors` lists field paths).'),
  413: problem('Request body larger than the configured limit.'),
  415: problem('Body sent with a media type other than application/json.'),
  500: problem('Unexpected server error; quote the requestId.'),
  503: {
    ...problem('The database is unreachable (`service_unavailable`) or the change lost a concurrent race (`database_busy`); retry after Retry-After seconds.'),
    headers: z.object({ 'Retry-After': z.string() }),
  },
} as const

export const authProblems = {
  401: problem('No valid session cookie or API token.'),
  403: problem('Signed in, but the role or organisation does not allow this action.'),
} as const

/** Unsafe routes a browser could be tricked into calling with the session cookie (see same-origin.middleware.ts). */
export const crossOriginProblem = { 403: problem('Sent with the session cookie, or to sign in, from a page of another origin.') } as const
export const notFoundProblem = { 404: problem('The resource does not exist or is not visible to the caller.') } as const
export const conflictProblem = { 409: problem('The request conflicts with the current state.') } as const
export const rateLimitedProblem = {
  429: {
    ...problem('Too many failed attempts; retry after the number of seconds in Retry-After.'),
    headers: z.object({ 'Retry-After': z.string() }),
  },
} as const
export { problem as problemResponse }
