import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppConfig, AppEnv } from '../app-env.ts'
import { ApiError } from '../errors/api-error.ts'

/** Room for the multipart framing and the small fields (kind, public) around the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024

const DOCUMENT_UPLOAD = /^\/api\/v1\/projects\/[^/]+\/documents\/?$/

/**
 * The request body limit: MAX_BODY_BYTES everywhere, except the document upload,
 * whose limit follows MAX_DOCUMENT_BYTES (25 MiB by default, above the JSON
 * limit). Hono's bodyLimit refuses a too-long Content-Length unread and counts
 * a streamed body as it arrives, so no more than the limit is ever buffered.
 */
export function bodyLimits(config: AppConfig): MiddlewareHandler<AppEnv> {
  const general = bodyLimit({
    maxSize: config.maxBodyBytes,
    onError: () => {
      throw new ApiError('payload_too_large', { params: { limit: config.maxBodyBytes } })
    },
  })
  const documents = bodyLimit({
    maxSize: config.maxDocumentBytes + MULTIPART_OVERHEAD_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large', { params: { limit: config.maxDocumentBytes } })
    },
  })
  return (c, next) => (c.req.method === 'POST' && DOCUMENT_UPLOAD.test(c.req.path) ? documents(c, next) : general(c, next))
}
