import { OpenAPIHono } from '@hono/zod-openapi'
import { Scalar } from '@scalar/hono-api-reference'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { AppDeps, AppEnv, AppServices } from './app-env.ts'
import { authenticate } from './auth/authenticate.middleware.ts'
import { databaseFaultProblem } from './db/database-errors.ts'
import { databaseDocumentStore } from './documents/database-document-store.ts'
import { ApiError } from './errors/api-error.ts'
import { problemResponse } from './errors/render-problem.ts'
import { bodyLimits } from './http/body-limits.middleware.ts'
import { jsonBody } from './http/json-body.middleware.ts'
import { requestText } from './http/request-text.middleware.ts'
import { pickLocale } from './http/locale.ts'
import { noStoreWhenPersonal } from './http/no-store.middleware.ts'
import { requireSameOrigin } from './http/same-origin.middleware.ts'
import { auditRouter } from './routes/audit/index.ts'
import { authRouter } from './routes/auth/index.ts'
import { carbonPricesRouter } from './routes/carbon-prices/index.ts'
import { projectChecksRouter } from './routes/checks/index.ts'
import { documentsRouter, projectDocumentsRouter } from './routes/documents/index.ts'
import { disclosuresRouter, publicDisclosuresRouter } from './routes/disclosures/index.ts'
import { estimatesRouter } from './routes/estimates/index.ts'
import { healthRouter } from './routes/health/index.ts'
import { holdingsRouter } from './routes/holdings/index.ts'
import { issuancesRouter } from './routes/issuances/index.ts'
import { ledgerRouter } from './routes/ledger/index.ts'
import { collateralRouter } from './routes/collateral/index.ts'
import { insuranceRouter } from './routes/insurance/index.ts'
import { meRouter } from './routes/me/index.ts'
import { methodologiesRouter } from './routes/methodologies/index.ts'
import { projectsRouter } from './routes/projects/index.ts'
import { registryRouter } from './routes/registry/index.ts'
import { reportsRouter } from './routes/reports/index.ts'
import { findingsRouter, projectReviewsRouter } from './routes/reviews/index.ts'
import { sitesRouter } from './routes/sites/index.ts'
import { tokensRouter } from './routes/tokens/index.ts'
import { unitsRouter } from './routes/units/index.ts'
import { valuationsRouter } from './routes/valuations/index.ts'
import { mountWeb } from './static/serve-web.ts'

/**
 * Builds the whole HTTP application from its dependencies; nothing is read from
 * module state, so the same app runs in tests on PGlite or PostgreSQL.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>()
  const services: AppServices = { ...deps, documentStore: deps.documentStore ?? databaseDocumentStore() }

  app.use('*', requestId({ headerName: 'X-Request-Id' }))
  app.use('*', async (c, next) => {
    const started = performance.now()
    c.set('services', services)
    c.set('locale', pickLocale(c.req.header('accept-language')))
    c.set('auth', null)
    const logger = deps.logger.child({ requestId: c.get('requestId') })
    c.set('logger', logger)
    await next()
    c.header('Vary', 'Accept-Language, Cookie, Authorization', { append: true })
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      userId: c.get('auth')?.id ?? null,
    })
  })
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // MapLibre runs its worker from a blob and draws with inline styles.
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  )
  app.use('/api/*', noStoreWhenPersonal)
  // Before the body is read: a forged cross-site post is refused unread.
  app.use('/api/*', requireSameOrigin)
  app.use('/api/*', bodyLimits(deps.config))
  app.use('/api/*', jsonBody)
  app.use('/api/*', requestText)
  app.use('/api/v1/*', authenticate)

  app.route('/api', healthRouter())
  app.route('/api/v1/auth', authRouter())
  app.route('/api/v1/me', meRouter())
  app.route('/api/v1/tokens', tokensRouter())
  app.route('/api/v1/registry', registryRouter())
  app.route('/api/v1/projects', projectsRouter())
  app.route('/api/v1/projects', projectDocumentsRouter())
  app.route('/api/v1/documents', documentsRouter())
  app.route('/api/v1/projects', projectChecksRouter())
  app.route('/api/v1/sites', sitesRouter())
  app.route('/api/v1/methodologies', methodologiesRouter())
  app.route('/api/v1/estimates', estimatesRouter())
  app.route('/api/v1/carbon-prices', carbonPricesRouter())
  app.route('/api/v1/valuations', valuationsRouter())
  app.route('/api/v1/collateral', collateralRouter())
  app.route('/api/v1/insurance', insuranceRouter())
  app.route('/api/v1/sites', reportsRouter())
  app.route('/api/v1/projects', projectReviewsRouter())
  app.route('/api/v1/findings', findingsRouter())
  app.route('/api/v1/public/disclosures', publicDisclosuresRouter())
  app.route('/api/v1/disclosures', disclosuresRouter())
  app.route('/api/v1/projects', issuancesRouter())
  app.route('/api/v1', unitsRouter())
  app.route('/api/v1/holdings', holdingsRouter())
  app.route('/api/v1/audit', auditRouter())
  app.route('/api/v1/ledger', ledgerRouter())

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Blue Carbon & Ecological Product Valuation Platform API',
      version: '1.0.0',
      description:
        'Sites, methodology estimates, ecosystem product value, registry. Errors are application/problem+json; titles and details follow Accept-Language (zh or en).',
    },
    servers: [{ url: '/' }],
  })
  app.get(
    '/api/docs',
    // The docs page loads Scalar from its CDN; it relaxes the CSP for this page only.
    async (c, next) => {
      await next()
      c.res.headers.set(
        'Content-Security-Policy',
        "default-src 'self' https://cdn.jsdelivr.net; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.scalar.com; font-src 'self' data: https://fonts.scalar.com; img-src 'self' data: blob:; connect-src 'self'",
      )
    },
    Scalar({ url: '/api/openapi.json', pageTitle: 'Blue Carbon Platform API' }),
  )

  if (deps.config.webDistDir) mountWeb(app, deps.config.webDistDir)

  app.notFound((c) => problemResponse(c, 'route_not_found', { params: { method: c.req.method, path: c.req.path } }))

  app.onError((err, c) => {
    if (err instanceof ApiError) return problemResponse(c, err.code, { params: err.params, errors: err.errors, headers: err.headers })
    if (err instanceof HTTPException) {
      // Raised by Hono itself (body limit, content type, its validators): map to our closed codes.
      if (err.status === 413) return problemResponse(c, 'payload_too_large', { params: { limit: deps.config.maxBodyBytes } })
      if (err.status === 415) return problemResponse(c, 'unsupported_media_type')
      if (err.status === 401) return problemResponse(c, 'unauthenticated')
      if (err.status < 500) {
        return problemResponse(c, 'validation_failed', { params: { count: 1 }, errors: [{ path: '(body)', code: 'invalid_body', message: err.message }] })
      }
    }
    const fault = databaseFaultProblem(err)
    if (fault) {
      c.get('logger')?.warn('database fault', { code: fault.code, error: err instanceof Error ? err.message : String(err) })
      return problemResponse(c, fault.code, { params: fault.params, headers: fault.headers })
    }
    c.get('logger')?.error('unhandled error', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) })
    return problemResponse(c, 'internal_error')
  })

  return app
}

export type App = ReturnType<typeof createApp>
