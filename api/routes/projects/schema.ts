import { z } from '@hono/zod-openapi'
import { SINK_TYPES } from '../../../methodologies/types.ts'
import type { ProjectRow } from '../../db/queries/projects.ts'
import { PROJECT_STATUSES } from '../../projects/project-status.ts'

const methodologyId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .openapi({ example: 'mangrove-afforestation', description: 'Id of a crediting methodology from GET /api/v1/methodologies.' })

export const createProjectBody = z
  .object({
    name: z.string().trim().min(1).max(200).openapi({ example: '廉江高桥红树林造林项目' }),
    nameEn: z.string().trim().min(1).max(200).nullable().optional(),
    description: z.string().max(5000).optional(),
    sinkType: z.enum(SINK_TYPES),
    methodologyId: methodologyId.nullable().optional(),
    organisationId: z.string().uuid().optional().openapi({ description: 'Admins only: create the project for another organisation. Defaults to the caller\'s.' }),
  })
  .strict()
  .openapi('CreateProjectRequest')

export const patchProjectBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    nameEn: z.string().trim().min(1).max(200).nullable().optional(),
    description: z.string().max(5000).optional(),
    sinkType: z.enum(SINK_TYPES).optional(),
    methodologyId: methodologyId.nullable().optional(),
  })
  .strict()
  .openapi('PatchProjectRequest')

export const projectSchema = z
  .object({
    id: z.string().uuid(),
    organisation: z.object({ id: z.string().uuid(), name: z.string() }),
    name: z.string(),
    nameEn: z.string().nullable(),
    description: z.string(),
    sinkType: z.enum(SINK_TYPES),
    methodologyId: z.string().nullable(),
    status: z.enum(PROJECT_STATUSES),
    siteCount: z.number().int(),
    areaHa: z.number().openapi({ description: 'Sum of the sites\' geodesic areas (ha).' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Project')

export const projectIdParam = z.object({ projectId: z.string().uuid().openapi({ param: { name: 'projectId', in: 'path' } }) })

export function toProjectResponse(row: ProjectRow): z.infer<typeof projectSchema> {
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: row.organisationName },
    name: row.name,
    nameEn: row.nameEn,
    description: row.description,
    sinkType: row.sinkType as (typeof SINK_TYPES)[number],
    methodologyId: row.methodologyId,
    status: row.status as (typeof PROJECT_STATUSES)[number],
    siteCount: row.siteCount,
    areaHa: Number(row.areaHa),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
