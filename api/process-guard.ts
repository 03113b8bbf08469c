import type { Logger } from './logger.ts'

/**
 * Keeps the server process alive through an error nothing caught: a throw in a
 * timer or an EventEmitter 'error' without a listener (a socket, a database
 * driver) outside any request, or a promise rejected with nobody awaiting it.
 * Errors inside a request already answer 500 through onError; these have no
 * request to answer, so they are logged as one JSON line each. One stray
 * callback must not take down every user's requests with it.
 *
 * @returns a function that removes the handlers again
 */
export function installProcessGuard(logger: Logger, target: NodeJS.EventEmitter = process): () => void {
  const onException = (err: unknown, origin: unknown) => logger.error('uncaught exception', { origin, error: describeError(err) })
  const onRejection = (reason: unknown) => logger.error('unhandled rejection', { error: describeError(reason) })
  target.on('uncaughtException', onException)
  target.on('unhandledRejection', onRejection)
  return () => {
    target.off('uncaughtException', onException)
    target.off('unhandledRejection', onRejection)
  }
}

/** Errors do not survive JSON.stringify (their fields are not enumerable); this keeps what helps. */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: String(err) }
  const code = (err as { code?: unknown }).code
  return { name: err.name, message: err.message, ...(code !== undefined ? { code } : {}), stack: err.stack }
}
