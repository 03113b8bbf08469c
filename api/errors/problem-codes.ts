/** The closed set of problem codes the API can answer with (style.md §10). */
export const PROBLEM_STATUS = {
  route_not_found: 404,
  not_found: 404,
  methodology_not_found: 404,
  malformed_json: 400,
  validation_failed: 400,
  invalid_geometry: 400,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_origin_request: 403,
  payload_too_large: 413,
  rate_limited: 429,
  conflict: 409,
  project_not_editable: 409,
  project_has_no_sites: 409,
  overlap_limit_exceeded: 409,
  invalid_upload: 400,
  import_failed: 400,
  upload_too_complex: 422,
  internal_error: 500,
  service_unavailable: 503,
  database_busy: 503,
  pdf_renderer_unavailable: 503,
  invalid_text: 400,
  // Units ledger and issuance (issue 11).
  insufficient_units: 409,
  issuance_period_taken: 409,
  project_not_registered: 409,
  buffer_estimate_missing: 409,
  reviewer_not_independent: 403,
} as const

export type ProblemCode = keyof typeof PROBLEM_STATUS
export const PROBLEM_CODES = Object.keys(PROBLEM_STATUS) as ProblemCode[]
