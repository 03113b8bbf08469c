import { z } from '@hono/zod-openapi'
import type { RegisteredMethodology } from '../../../methodologies/index.ts'
import { methodologyDetailFields, methodologySummary } from '../../methodologies/methodology-summary.ts'

export const methodologySummarySchema = methodologySummary.openapi('MethodologySummary')

export const methodologyDetailSchema = methodologySummarySchema.extend(methodologyDetailFields).openapi('MethodologyDetail')

export function summarise(m: RegisteredMethodology): z.infer<typeof methodologySummarySchema> {
  return { id: m.id, version: m.version, title: m.title, description: m.description, sinkType: m.sinkType, kind: m.kind, references: m.references }
}
