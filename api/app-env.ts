import type { Database, DatabaseMode } from './db/client.ts'
import type { Locale } from './errors/catalog.ts'
import type { Logger } from './logger.ts'
import type { AuthUser } from './auth/auth-user.ts'
import type { TrustedProxies } from './http/client-address.ts'
import type { DocumentStore } from './documents/document-store.ts'

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
  /**
   * Length of the public disclosure (公示) an approval opens, in working days
   * (DISCLOSURE_DAYS; 0 ends it at once, for pilots and tests). See api/reviews/disclosure-period.ts.
   */
  disclosureDays: number
  /** Most Monte Carlo paths one collateral valuation may ask for (MAX_MC_PATHS). */
  maxMcPaths: number
  /** Reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY, CIDR blocks); empty trusts none. */
  trustProxy: TrustedProxies
  /** Largest accepted document file in bytes (MAX_DOCUMENT_BYTES, default 25 MiB); the upload route's body limit follows it. */
  maxDocumentBytes: number
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
  /** Where document bytes live; absent, the database (document_blobs). */
  documentStore?: DocumentStore
}

/** The deps as handlers see them, defaults filled in by createApp. */
export type AppServices = AppDeps & { documentStore: DocumentStore }

export type AppEnv = {
  Variables: {
    services: AppServices
    requestId: string
    locale: Locale
    logger: Logger
    auth: AuthUser | null
  }
}
