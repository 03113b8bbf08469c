import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { currentMigrationVersion } from '../../db/migrate.ts'

const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({
      status: z.enum(['up', 'down']),
      mode: z.enum(['embedded', 'server']),
      migrationVersion: z.number().int().nullable(),
      postgis: z.string().nullable(),
      latencyMs: z.number().nullable(),
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
    503: { description: 'Database unreachable', content: { 'application/json': { schema: healthSchema } } },
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
      c.var.logger.error('health check failed', { error: String(err) })
      return c.json(
        { status: 'unavailable' as const, database: { status: 'down' as const, mode: config.databaseMode, migrationVersion: null, postgis: null, latencyMs: null } },
        503,
      )
    }
  })
}
