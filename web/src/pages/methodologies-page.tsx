import { useLang, useT } from '../app/hooks.ts'
import { useServices } from '../app/services.ts'
import { isMessageKey } from '../i18n/translate.ts'
import { hrefFor } from '../router/match-route.ts'
import { Loaded, Page } from './page-parts.tsx'
import { useResource } from './use-resource.ts'

/** Every methodology and valuation model the API computes, public, each linking to its page. */
export function MethodologiesPage() {
  const { catalog } = useServices()
  const lang = useLang()
  const t = useT()
  const [resource, retry] = useResource(() => catalog.list(), 'all')
  return (
    <Page testId="methodologies-page" title={t('Methodologies.Title')}>
      <p class="bc-hint">{t('Methodologies.Intro')}</p>
      <Loaded resource={resource} retry={retry}>
        {(methodologies) => (
          <ul class="bc-cards" data-testid="methodology-list">
            {methodologies.map((m) => {
              const kind = `Methodologies.Kind.${m.kind}`
              const sink = `SinkType.${m.sinkType}`
              return (
                <li key={m.id} class="bc-card" data-testid="methodology-item" data-id={m.id}>
                  <h2>
                    <a href={hrefFor('methodology', { methodologyId: m.id })}>{m.title[lang]}</a>
                  </h2>
                  <p class="bc-hint">
                    {[isMessageKey(kind) ? t(kind) : m.kind, isMessageKey(sink) ? t(sink) : m.sinkType, t('Methodologies.Version', { version: m.version })].join(' · ')}
                  </p>
                  <p>{m.description[lang]}</p>
                </li>
              )
            })}
          </ul>
        )}
      </Loaded>
    </Page>
  )
}
