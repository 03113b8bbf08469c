import { authProblems, commonProblems, conflictProblem, notFoundProblem } from './problem-responses.ts'

/**
 * What a DELETE of an owned, editable resource (a project, a site) can answer:
 * 204 once gone; 401/403 for the caller, 404 when not visible, 409 when the
 * project is no longer editable.
 */
export const deleteResponses = {
  204: { description: 'Deleted' },
  ...authProblems,
  ...notFoundProblem,
  ...conflictProblem,
  ...commonProblems,
} as const
