import { randomBytes } from 'node:crypto'
import { hashSecret, newSecret } from '../../api/auth/secret-token.ts'
import type { Database } from '../../api/db/client.ts'
import type { TestContext } from './test-app.ts'

export type RegisteredProject = { projectId: string; organisationId: string; siteId: string }

/**
 * A project of the demo owner organisation that is already 'registered', with
 * one site whose saved estimate states a non-permanence buffer ratio (as an
 * area-based methodology's `deductions.bufferRatio`). The status is set by SQL
 * until the review API (approve → disclosure → register) replaces this fixture.
 * `bufferRatio: null` saves an estimate without deductions.
 */
export async function registeredProject(
  sql: Database,
  options: { bufferRatio?: number | null; organisationKey?: string; status?: string } = {},
): Promise<RegisteredProject> {
  const [org] = await sql<{ id: string }[]>`SELECT id FROM organisations WHERE seed_key = ${options.organisationKey ?? 'demo-zhanjiang-mangrove'}`
  const tag = randomBytes(4).toString('hex')
  const [project] = await sql<{ id: string }[]>`
    INSERT INTO projects (organisation_id, name, sink_type, methodology_id, status)
    VALUES (${org!.id}, ${`registered ${tag}`}, 'mangrove', 'mangrove-afforestation', ${options.status ?? 'registered'})
    RETURNING id`
  // A small square on the Leizhou peninsula coast, shifted per project so no two coincide.
  const lon = 110.3 + (parseInt(tag, 16) % 1000) * 0.0001
  const [site] = await sql<{ id: string }[]>`
    INSERT INTO sites (project_id, name, geom, area_ha)
    VALUES (${project!.id}, 'site', ST_Multi(ST_MakeEnvelope(${lon}, 21.0, ${lon + 0.005}, 21.005, 4326)), 27.5)
    RETURNING id`
  const bufferRatio = options.bufferRatio === undefined ? 0.1 : options.bufferRatio
  const outputs = bufferRatio === null ? { totals: {} } : { totals: {}, deductions: { leakageRatio: 0, uncertaintyRatio: 0, bufferRatio, uncertaintyRule: 'test' } }
  await sql`
    INSERT INTO site_estimates (site_id, methodology_id, methodology_version, inputs, outputs, content_hash)
    VALUES (${site!.id}, 'mangrove-afforestation', 'test', ${sql.json({})}, ${sql.json(outputs)}, ${'0'.repeat(64)})`
  return { projectId: project!.id, organisationId: org!.id, siteId: site!.id }
}

/** A user with the given roles in an organisation, signed in by a session written directly; returns the Cookie header. */
export async function sessionUser(ctx: TestContext, organisationId: string, roles: string[]): Promise<{ userId: string; cookie: string }> {
  const tag = randomBytes(4).toString('hex')
  const [user] = await ctx.sql<{ id: string }[]>`
    INSERT INTO users (organisation_id, email, display_name, password_hash)
    VALUES (${organisationId}, ${`u-${tag}@ledger.test`}, ${`user ${tag}`}, 'unusable') RETURNING id`
  for (const role of roles) await ctx.sql`INSERT INTO user_roles (user_id, role) VALUES (${user!.id}, ${role})`
  const token = newSecret()
  const expiresAt = new Date(ctx.clock.now.getTime() + 24 * 3600_000)
  await ctx.sql`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (${hashSecret(token)}, ${user!.id}, ${expiresAt})`
  return { userId: user!.id, cookie: `bc_session=${token}` }
}

/** The organisation id of a seeded organisation key. */
export async function organisationId(sql: Database, seedKey: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`SELECT id FROM organisations WHERE seed_key = ${seedKey}`
  if (!row) throw new Error(`no organisation ${seedKey}`)
  return row.id
}
