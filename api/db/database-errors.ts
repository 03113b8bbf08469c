import { ApiError } from '../errors/api-error.ts'

/**
 * Seconds a client should wait before retrying: long enough for a restarting
 * database to come back, short enough that users are not kept away for long.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5
/** A lost serialization or deadlock race clears as soon as the winner commits. */
export const CONFLICT_RETRY_AFTER_SECONDS = 1

/** The socket could not reach the server or lost it (Node's net errors). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
/** postgres.js's own connection errors (src/errors.js `Errors.connection`). */
const DRIVER_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT'])
/**
 * SQLSTATEs that mean the server is going away or not taking sessions; class
 * 08 (connection exception) is matched by prefix.
 */
const SERVER_UNAVAILABLE_STATES = new Set([
  '57P01', // admin_shutdown: our backend was terminated
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or in recovery
  '53300', // too_many_connections
])
/** serialization_failure and deadlock_detected: the transaction lost a race and did nothing. */
const TRANSIENT_CONFLICT_STATES = new Set(['40001', '40P01'])

export type DatabaseFault = 'unavailable' | 'conflict'

/**
 * Classifies an error raised by a query as a database fault, or null when it is
 * anything else. Follows `cause` and AggregateError members, since Node reports
 * a refused connection to every address of a host as one AggregateError.
 */
export function classifyDatabaseError(err: unknown, depth = 0): DatabaseFault | null {
  if (!err || typeof err !== 'object' || depth > 4) return null
  const code = (err as { code?: unknown }).code
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code) || DRIVER_CODES.has(code) || SERVER_UNAVAILABLE_STATES.has(code)) return 'unavailable'
    if (/^08[0-9A-Z]{3}$/.test(code)) return 'unavailable'
    if (TRANSIENT_CONFLICT_STATES.has(code)) return 'conflict'
  }
  for (const inner of err instanceof AggregateError ? err.errors : []) {
    const fault = classifyDatabaseError(inner, depth + 1)
    if (fault) return fault
  }
  return classifyDatabaseError((err as { cause?: unknown }).cause, depth + 1)
}

/**
 * The 503 problem for a database fault, with Retry-After, or null when the
 * error is not one. A transaction that lost its race or its connection before
 * COMMIT is rolled back by the server, so the request changed nothing; only a
 * COMMIT whose answer was lost in flight may have taken effect, which is why
 * every change carries its audit event in the same transaction.
 */
export function databaseFaultProblem(err: unknown): ApiError | null {
  const fault = classifyDatabaseError(err)
  if (fault === 'unavailable') return databaseUnavailable(err)
  if (fault === 'conflict') {
    return new ApiError('database_busy', {
      params: { retryAfter: CONFLICT_RETRY_AFTER_SECONDS },
      headers: { 'Retry-After': String(CONFLICT_RETRY_AFTER_SECONDS) },
      cause: err,
    })
  }
  return null
}

/** 503 `service_unavailable` with Retry-After: the database cannot serve requests now. */
export function databaseUnavailable(cause: unknown): ApiError {
  return new ApiError('service_unavailable', {
    params: { retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS },
    headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    cause,
  })
}
