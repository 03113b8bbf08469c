import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../app-env.ts'
import { ApiError } from '../errors/api-error.ts'
import { localizeIssues } from '../errors/zod-issues.ts'

const TARGET_PREFIX: Record<string, string> = { json: '', query: 'query.', param: 'path.', header: 'header.', form: '', cookie: 'cookie.' }

/**
 * A resource router whose validation failures all become one 400 problem with
 * localized field paths (the zod-openapi `defaultHook`, style.md §10).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const prefix = TARGET_PREFIX[result.target] ?? ''
        const errors = localizeIssues(result.error.issues, c.get('locale'), prefix.replace(/\.$/, ''))
        throw new ApiError('validation_failed', { params: { count: errors.length }, errors })
      }
    },
  })
}
