import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashSecret, newSecret } from '../../api/auth/secret-token.ts'
import { box, createProject, createSite, jsonInit, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(async () => ctx?.close())

const N = 50

/**
 * Organisations with one owner each, signed in through a session written
 * directly (50 password logins would only test scrypt).
 */
async function owners(prefix: string, count: number): Promise<string[]> {
  const cookies: string[] = []
  const expiresAt = new Date(ctx.clock.now.getTime() + 24 * 3600_000)
  for (let i = 0; i < count; i++) {
    const [org] = await ctx.sql<{ id: string }[]>`INSERT INTO organisations (name, kind) VALUES (${`${prefix} org ${i}`}, 'developer') RETURNING id`
    const [user] = await ctx.sql<{ id: string }[]>`
      INSERT INTO users (organisation_id, email, display_name, password_hash) VALUES (${org!.id}, ${`${prefix}-${i}@race.test`}, ${`${prefix} ${i}`}, 'unusable') RETURNING id`
    await ctx.sql`INSERT INTO user_roles (user_id, role) VALUES (${user!.id}, 'owner')`
    const token = newSecret()
    await ctx.sql`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (${hashSecret(token)}, ${user!.id}, ${expiresAt})`
    cookies.push(`bc_session=${token}`)
  }
  return cookies
}

/** One draft project per owner, each with one site on the given land, shifted a little so no two are identical. */
async function draftsOnTheSameLand(cookies: string[], lon: number, lat: number): Promise<string[]> {
  const ids: string[] = []
  for (const [i, cookie] of cookies.entries()) {
    const id = await createProject(ctx, cookie, `race ${lon} ${i}`)
    await createSite(ctx, cookie, id, { name: `site ${i}`, geometry: polygon(box(lon + i * 0.0001, lat, 0.01, 0.01)) })
    ids.push(id)
  }
  return ids
}

const submit = (id: string, cookie: string) => ctx.app.request(`/api/v1/projects/${id}/submit`, { method: 'POST', headers: { cookie } })

describe(`${N} concurrent submissions over the same land`, () => {
  it('exactly one is accepted; the others are refused for overlap and stay drafts, with one audit event', async () => {
    // The boxes straddle the corner 113.8 °E / 22.4 °N, so each locks several grid cells.
    const cookies = await owners('same-land', N)
    const ids = await draftsOnTheSameLand(cookies, 113.795, 22.395)
    const responses = await Promise.all(ids.map((id, i) => submit(id, cookies[i]!)))
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(N - 1)
    for (const r of responses.filter((r) => r.status === 409)) expect((await r.json()).code).toBe('overlap_limit_exceeded')

    const winner = ids[statuses.indexOf(200)]!
    const rows = await ctx.sql<{ id: string; status: string }[]>`SELECT id, status FROM projects WHERE id = ANY(${ctx.sql.array(ids)}::uuid[])`
    expect(rows.filter((r) => r.status === 'submitted').map((r) => r.id)).toEqual([winner])
    expect(rows.filter((r) => r.status === 'draft')).toHaveLength(N - 1)
    const events = await ctx.sql`SELECT subject_id FROM audit_events WHERE action = 'project.submit' AND subject_id = ANY(${ctx.sql.array(ids)})`
    expect(events.map((e) => e.subject_id)).toEqual([winner])
    // The registry shows the winner's site only.
    const [cells] = await ctx.sql<{ n: string }[]>`SELECT coalesce(sum(site_count), 0)::text AS n FROM registry_cells WHERE level = 0`
    const [publicSites] = await ctx.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM sites s JOIN projects p ON p.id = s.project_id WHERE p.status <> 'draft'`
    expect(cells!.n).toBe(publicSites!.n)
  })

  it('projects on different land are all accepted at once', async () => {
    const cookies = await owners('apart', 10)
    const ids: string[] = []
    for (const [i, cookie] of cookies.entries()) {
      const id = await createProject(ctx, cookie, `apart ${i}`)
      await createSite(ctx, cookie, id, { name: `apart ${i}`, geometry: polygon(box(113.9, 21.5 + i * 0.02, 0.01, 0.01)) })
      ids.push(id)
    }
    const statuses = (await Promise.all(ids.map((id, i) => submit(id, cookies[i]!)))).map((r) => r.status)
    expect(statuses).toEqual(ids.map(() => 200))
  })

  it('moving a site of a project that claims its land waits for submissions there: a submission accepted first is never overlapped by a move committed before it', async () => {
    const [mover, ...others] = await owners('move', N)
    // The mover's project already claims land (changes requested) elsewhere.
    const moving = await createProject(ctx, mover!, 'mover')
    const site = await createSite(ctx, mover!, moving, { name: 'moving site', geometry: polygon(box(113.0, 21.0, 0.01, 0.01)) })
    await ctx.sql`UPDATE projects SET status = 'changes_requested' WHERE id = ${moving}`
    const ids = await draftsOnTheSameLand(others, 114.095, 22.595)

    const move = ctx.app.request(`/api/v1/sites/${site.id}`, jsonInit('PATCH', { geometry: polygon(box(114.095, 22.595, 0.01, 0.01)) }, mover!))
    const responses = await Promise.all([move, ...ids.map((id, i) => submit(id, others[i]!))])
    expect(responses[0]!.status).toBe(200)
    const submitted = responses.slice(1).filter((r) => r.status === 200)
    expect(submitted.length).toBeLessThanOrEqual(1)
    expect(responses.slice(1).filter((r) => r.status === 409)).toHaveLength(N - 1 - submitted.length)

    const events = await ctx.sql<{ id: string; action: string }[]>`
      SELECT id::text, action FROM audit_events WHERE (action = 'site.update' AND subject_id = ${site.id}) OR (action = 'project.submit' AND subject_id = ANY(${ctx.sql.array(ids)})) ORDER BY id`
    // Either a submission won before the move (and the move now overlaps it), or the move came first and every submission saw it.
    expect(events.map((e) => e.action)).toEqual(submitted.length ? ['project.submit', 'site.update'] : ['site.update'])
  })
})
