import { z } from 'zod'
import type { Http } from './http.ts'

/** A project as `/api/v1/projects` returns it. */
export const projectSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    sinkType: z.string(),
    methodologyId: z.string().nullable(),
    status: z.string(),
    siteCount: z.number(),
    areaHa: z.number(),
  })
  .loose()
export type Project = z.infer<typeof projectSchema>

export type NewProject = { name: string; sinkType: string; methodologyId?: string }

export async function listMyProjects(http: Http): Promise<Project[]> {
  return z.object({ items: z.array(projectSchema) }).parse(await http('/api/v1/projects?limit=200')).items
}

export async function createProject(http: Http, project: NewProject): Promise<Project> {
  return projectSchema.parse(await http('/api/v1/projects', { method: 'POST', json: project }))
}
