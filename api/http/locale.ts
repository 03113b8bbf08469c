import type { Locale } from '../errors/catalog.ts'

/**
 * Picks zh or en from an Accept-Language header by quality; English when
 * nothing matches. `zh`, `zh-CN`, `zh-Hans` … all choose Chinese.
 */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return 'en'
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const r of ranked) {
    if (r.tag === 'zh' || r.tag.startsWith('zh-')) return 'zh'
    if (r.tag === 'en' || r.tag.startsWith('en-')) return 'en'
  }
  return 'en'
}
