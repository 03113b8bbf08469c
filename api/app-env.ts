import type { Database, DatabaseMode } from './db/client.ts'
import type { Locale } from './errors/catalog.ts'
import type { Logger } from './logger.ts'
import type { AuthUser } from './auth/auth-user.ts'
import type { TrustedProxies } from './http/client-address.ts'

export type AppConfig = {
  databaseMode: DatabaseMode
  maxBodyBytes: number
  cookieSecure: boolean
  sessionTtlHours: number
  /** Lifetime of an API token whose creator did not choose one. */
  tokenTtlDays: number
  maxSiteAreaHa: number
  /** Share of a site (ratio 0–1) that may overlap other projects' claimed land before submission is refused. */
  maxOverlapShare: number
  /** Most Monte Carlo paths one collateral valuation may ask for (MAX_MC_PATHS). */
  maxMcPaths: number
  /** Reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY, CIDR blocks); empty trusts none. */
  trustProxy: TrustedProxies
  /** Folder with the built web app; null serves the API only. */
  webDistDir: string | null
}

/** Everything a handler may use, injected through createApp (style.md §11). */
export type AppDeps = {
  sql: Database
  now: () => Date
  logger: Logger
  config: AppConfig
  /** HTML → PDF (headless Chromium in production); absent, report.pdf answers 503. */
  renderPdf?: (html: string) => Promise<Uint8Array>
}

export type AppEnv = {
  Variables: {
    services: AppDeps
    requestId: string
    locale: Locale
    logger: Logger
    auth: AuthUser | null
  }
}
