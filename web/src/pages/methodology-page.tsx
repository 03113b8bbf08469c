import { useLang, useT } from '../app/hooks.ts'
import { useServices } from '../app/services.ts'
import { specToFields } from '../forms/spec-to-fields.ts'
import { isMessageKey } from '../i18n/translate.ts'
import { hrefFor } from '../router/match-route.ts'
import { InputsTable } from './methodology-inputs.tsx'
import { Loaded, Page } from './page-parts.tsx'
import { useResource } from './use-resource.ts'

/** One methodology: what it is, the inputs it takes with units, defaults and sources, and its references. */
export function MethodologyPage({ methodologyId }: { methodologyId: string }) {
  const { catalog } = useServices()
  const lang = useLang()
  const t = useT()
  const [resource, retry] = useResource(() => catalog.detail(methodologyId), methodologyId)
  const title = resource.state === 'ready' ? resource.data.title[lang] : t('Methodologies.Title')
  return (
    <Page testId="methodology-page" title={title}>
      <p>
        <a href={hrefFor('methodologies')} data-testid="methodologies-back">
          ← {t('Methodologies.All')}
        </a>
      </p>
      <Loaded resource={resource} retry={retry}>
        {(m) => {
          const kind = `Methodologies.Kind.${m.kind}`
          return (
            <>
              <p class="bc-hint" data-testid="methodology-meta">
                {[m.id, isMessageKey(kind) ? t(kind) : m.kind, t('Methodologies.Version', { version: m.version })].join(' · ')}
              </p>
              <p>{m.description[lang]}</p>
              <h2>{t('Methodologies.Inputs')}</h2>
              <InputsTable root={specToFields(m.inputSchema)} />
            </>
          )
        }}
      </Loaded>
    </Page>
  )
}
