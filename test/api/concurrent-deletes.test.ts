import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { box, createProject, createSite, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
})
afterAll(async () => ctx?.close())

const N = 50

async function deleteConcurrently(path: string): Promise<number[]> {
  const responses = await Promise.all(Array.from({ length: N }, () => ctx.app.request(path, { method: 'DELETE', headers: { cookie: owner } })))
  return responses.map((r) => r.status)
}

async function auditEventCount(): Promise<number> {
  const [row] = await ctx.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM audit_events`
  return Number(row!.n)
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length

describe(`${N} concurrent deletes of one resource`, () => {
  it('a site: one 204, the rest 404, the site gone and exactly one audit event', async () => {
    const projectId = await createProject(ctx, owner, 'parallel site delete')
    const site = await createSite(ctx, owner, projectId, { name: 'deleted once', geometry: polygon(box(113.7, 22.3, 0.01, 0.01)), strata: [{ species: 'a', areaPercent: 100 }] })
    const statuses = await deleteConcurrently(`/api/v1/sites/${site.id}`)
    expect(count(statuses, 204)).toBe(1)
    expect(count(statuses, 404)).toBe(N - 1)
    expect(await ctx.sql`SELECT id FROM sites WHERE id = ${site.id}`).toHaveLength(0)
    const events = await ctx.sql`SELECT action FROM audit_events WHERE subject_id = ${site.id} ORDER BY id`
    expect(events.map((e) => e.action)).toEqual(['site.create', 'site.delete'])
  })

  it('a project: one 204, the rest 404, the project and its sites gone and exactly one audit event', async () => {
    const projectId = await createProject(ctx, owner, 'parallel project delete')
    await createSite(ctx, owner, projectId, { name: 'goes with it', geometry: polygon(box(113.72, 22.3, 0.01, 0.01)) })
    const statuses = await deleteConcurrently(`/api/v1/projects/${projectId}`)
    expect(count(statuses, 204)).toBe(1)
    expect(count(statuses, 404)).toBe(N - 1)
    expect(await ctx.sql`SELECT id FROM projects WHERE id = ${projectId}`).toHaveLength(0)
    expect(await ctx.sql`SELECT id FROM sites WHERE project_id = ${projectId}`).toHaveLength(0)
    const events = await ctx.sql`SELECT action FROM audit_events WHERE subject_id = ${projectId} AND action = 'project.delete'`
    expect(events).toHaveLength(1)
  })

  it('a repeated delete after the first answers 404 and writes nothing', async () => {
    const projectId = await createProject(ctx, owner, 'sequential delete')
    const site = await createSite(ctx, owner, projectId, { name: 'twice', geometry: polygon(box(113.74, 22.3, 0.01, 0.01)) })
    const first = await ctx.app.request(`/api/v1/sites/${site.id}`, { method: 'DELETE', headers: { cookie: owner } })
    expect(first.status).toBe(204)
    const before = await auditEventCount()
    const second = await ctx.app.request(`/api/v1/sites/${site.id}`, { method: 'DELETE', headers: { cookie: owner } })
    expect(second.status).toBe(404)
    expect((await second.json()).code).toBe('not_found')
    expect(await auditEventCount()).toBe(before)
  })
})
