import { z } from 'zod'
import { DEFAULT_MAX_OVERLAP_SHARE } from './overlaps/overlap-policy.ts'
import { parseTrustedProxies } from './http/client-address.ts'

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v))

/**
 * Configuration from the environment, parsed once in the server entry (style.md §11).
 * Parsing returns a value or throws a readable error; it never exits the process.
 */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Seed demo organisations, users and sites. Defaults to on with the embedded database. */
  DEMO: booleanFlag.optional(),
  /** Largest accepted request body in bytes (uploads included). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  /** Mark the session cookie Secure; set when served behind https. */
  COOKIE_SECURE: booleanFlag.default(false),
  SESSION_TTL_HOURS: z.coerce.number().int().positive().max(24 * 90).default(24 * 7),
  /** Lifetime of an API token created without `expiresInDays`. */
  TOKEN_TTL_DAYS: z.coerce.number().int().positive().max(3650).default(90),
  /** Largest site accepted, in hectares (issue 5 default 10,000 ha). */
  MAX_SITE_AREA_HA: z.coerce.number().positive().default(10_000),
  /** Overlap with other projects' claimed land, as a ratio of the site, above which a project cannot be submitted. */
  MAX_OVERLAP_SHARE: z.coerce.number().min(0).max(1).default(DEFAULT_MAX_OVERLAP_SHARE),
  /**
   * Public disclosure (公示) opened by a review approval, in working days. The
   * CCER Measures (2023) publish a project design document for 20 working days
   * (第十二条–第十五条, as summarised in docs references/market-registry.md §2.2); 0 allowed for pilots and tests.
   */
  DISCLOSURE_DAYS: z.coerce.number().int().min(0).max(365).default(20),
  /**
   * Reverse proxies in front of the API, as addresses or CIDR blocks separated
   * by commas (or `loopback`); only their X-Forwarded-For is believed. Unset: none.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((text, ctx) => {
      const parsed = parseTrustedProxies(text)
      if (parsed.ok) return parsed.value
      ctx.addIssue({ code: 'custom', message: `"${parsed.invalid}" is not an IP address or CIDR block` })
      return z.NEVER
    }),
  /** Largest document (evidence file) accepted, in bytes; default 25 MiB. */
  MAX_DOCUMENT_BYTES: z.coerce.number().int().positive().max(1024 * 1024 * 1024).default(25 * 1024 * 1024),
  /** Where document bytes are kept: in the database (bytea, default) or as files in DOCUMENT_DIR. */
  DOCUMENT_STORE: z.enum(['database', 'folder']).default('database'),
  /** Folder of the folder document store; default <DATA_DIR>/documents. */
  DOCUMENT_DIR: z.string().min(1).optional(),
  /** Most Monte Carlo paths a collateral valuation may request (each path × 5 runs × term years of work). */
  MAX_MC_PATHS: z.coerce.number().int().min(100).max(1_000_000).default(200_000),
  /** Headless Chromium that prints report PDFs (Debian: apt-get install chromium); never downloaded. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
})

export type Env = z.infer<typeof envSchema>

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return result.data
}
