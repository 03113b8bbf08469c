import type { z } from 'zod'

/**
 * Adds a custom validation issue with an English message and its Chinese
 * translation in `params.zh`, so the API can answer in either language.
 */
export function addBilingualIssue(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  message: { en: string; zh: string },
): void {
  ctx.addIssue({ code: 'custom', path, message: message.en, params: { zh: message.zh } })
}
