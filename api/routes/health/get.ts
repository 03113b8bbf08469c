import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { currentMigrationVersion } from '../../db/migrate.ts'
import { databaseUnavailable } from '../../db/database-errors.ts'
import { problemSchema } from '../../http/problem-responses.ts'

const healthSchema = z
  .object({
    status: z.enum(['ok']),
    database: z.object({
      status: z.enum(['up']),
      mode: z.enum(['embedded', 'server']),
      migrationVersion: z.number().int().nullable(),
      postgis: z.string().nullable(),
      latencyMs: z.number(),
    }),
  })
  .openapi('Health')

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Liveness and database status, with the applied migration version',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: healthSchema } } },
    503: {
      description: 'Database unreachable (`service_unavailable`); retry after Retry-After seconds.',
      content: { 'application/problem+json': { schema: problemSchema } },
      headers: z.object({ 'Retry-After': z.string() }),
    },
  },
})

export function registerHealth(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { sql, config } = c.var.services
    const started = performance.now()
    try {
      const [row]: [{ postgis: string }?] = await sql`SELECT postgis_lib_version() AS postgis`
      const migrationVersion = await currentMigrationVersion(sql)
      return c.json(
        {
          status: 'ok' as const,
          database: { status: 'up' as const, mode: config.databaseMode, migrationVersion, postgis: row?.postgis ?? null, latencyMs: Math.round(performance.now() - started) },
        },
        200,
      )
    } catch (err) {
      // Any failure to answer these two queries means the database cannot serve requests, whatever its error class.
      c.var.logger.warn('health check failed', { error: String(err) })
      throw databaseUnavailable(err)
    }
  })
}
