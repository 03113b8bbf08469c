import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import type { Locale } from '../errors/catalog.ts'

/** `?lang=` wins over Accept-Language, for the report and for any problem it answers with. */
export function reportLocale(c: Context<AppEnv>, lang: Locale | undefined): Locale {
  if (lang) c.set('locale', lang)
  return c.get('locale')
}
