import { html, type SafeHtml } from '../html.ts'
import type { SectionContext } from './context.ts'

type Warning = { code: string; message: { zh: string; en: string } }

export function warningList(ctx: SectionContext, warnings: readonly Warning[]): SafeHtml | null {
  if (warnings.length === 0) return null
  return html`<h3>${ctx.t('Warnings.Heading')}</h3><ul class="warnings">${warnings.map((w) => html`<li>${w.message[ctx.locale]}</li>`)}</ul>`
}
