import { z } from '@hono/zod-openapi'
import { SINK_TYPES } from '../../../methodologies/types.ts'
import type { Sql } from '../../db/client.ts'
import { estimateSummary, type CommentRow, type DisclosureRow } from '../../db/queries/disclosures.ts'
import { listSiteExports } from '../../db/queries/site-exports.ts'
import { disclosureStatus } from '../../reviews/disclosure-period.ts'
import { PROJECT_STATUSES } from '../../projects/project-status.ts'

export const disclosureIdParam = z.object({ disclosureId: z.string().uuid().openapi({ param: { name: 'disclosureId', in: 'path' } }) })

export const disclosureSchema = z
  .object({
    id: z.string().uuid(),
    status: z.enum(['open', 'ended', 'closed']).openapi({ description: 'open: comments and objections accepted; ended: the period is over; closed: the project was registered.' }),
    project: z.object({
      id: z.string().uuid(),
      name: z.string(),
      nameEn: z.string().nullable(),
      status: z.enum(PROJECT_STATUSES),
      sinkType: z.enum(SINK_TYPES),
      methodologyId: z.string().nullable(),
    }),
    ownerOrganisation: z.object({ id: z.string().uuid(), name: z.string(), nameEn: z.string().nullable() }),
    period: z.object({
      openedAt: z.string(),
      endsAt: z.string(),
      days: z.number().int(),
      dayKind: z.literal('working').openapi({ description: 'Working days in China Standard Time (Mon–Fri; statutory holidays not modelled).' }),
      closedAt: z.string().nullable(),
    }),
    estimate: z.object({
      siteCount: z.number().int(),
      areaHa: z.string().openapi({ description: 'Sum of the sites\' geodesic areas (ha), decimal text.' }),
      sitesWithEstimate: z.number().int(),
      totalNetCreditsTco2e: z.string().nullable().openapi({ description: 'Sum of each site\'s latest saved estimate (tCO2e), decimal text.' }),
      methodologies: z.array(z.string()).openapi({ description: '`id@version` of the methodologies behind those estimates.' }),
    }),
    sites: z.object({
      type: z.literal('FeatureCollection'),
      features: z.array(
        z.object({
          type: z.literal('Feature'),
          id: z.string(),
          geometry: z.any(),
          properties: z.object({ siteId: z.string(), name: z.string(), nameEn: z.string().nullable(), areaHa: z.string() }),
        }),
      ),
    }),
    commentCount: z.number().int(),
    openObjectionCount: z.number().int(),
  })
  .openapi('Disclosure')

export const disclosureCommentSchema = z
  .object({
    id: z.string().uuid(),
    text: z.string(),
    objection: z.boolean(),
    organisation: z.string().openapi({ description: 'The commenter\'s organisation; people are not named publicly.' }),
    createdAt: z.string(),
    resolved: z.boolean(),
    resolvedAt: z.string().nullable(),
    resolution: z.string().nullable(),
  })
  .openapi('DisclosureComment')

export function toCommentResponse(c: CommentRow): z.infer<typeof disclosureCommentSchema> {
  return {
    id: c.id,
    text: c.body,
    objection: c.isObjection,
    organisation: c.authorOrganisation,
    createdAt: c.createdAt.toISOString(),
    resolved: c.resolvedAt !== null,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    resolution: c.resolution,
  }
}

/** The public view of one disclosure: project, owner, sites on the map, estimate summary and period. */
export async function toDisclosureResponse(sql: Sql, d: DisclosureRow, now: Date): Promise<z.infer<typeof disclosureSchema>> {
  const sites = await listSiteExports(sql, d.projectId)
  const estimate = await estimateSummary(sql, d.projectId)
  return {
    id: d.id,
    status: disclosureStatus(d, now),
    project: {
      id: d.projectId,
      name: d.projectName,
      nameEn: d.projectNameEn,
      status: d.projectStatus as (typeof PROJECT_STATUSES)[number],
      sinkType: d.sinkType as (typeof SINK_TYPES)[number],
      methodologyId: d.methodologyId,
    },
    ownerOrganisation: { id: d.organisationId, name: d.organisationName, nameEn: d.organisationNameEn },
    period: { openedAt: d.openedAt.toISOString(), endsAt: d.endsAt.toISOString(), days: d.periodDays, dayKind: 'working', closedAt: d.closedAt?.toISOString() ?? null },
    estimate,
    sites: {
      type: 'FeatureCollection',
      features: sites.map((s) => ({ type: 'Feature' as const, id: s.siteId, geometry: s.geometry, properties: { siteId: s.siteId, name: s.name, nameEn: s.nameEn, areaHa: s.areaHa } })),
    },
    commentCount: d.commentCount,
    openObjectionCount: d.openObjectionCount,
  }
}
