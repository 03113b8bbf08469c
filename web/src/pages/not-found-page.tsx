import { useT } from '../app/hooks.ts'
import { hrefFor } from '../router/match-route.ts'
import { Page } from './page-parts.tsx'

/** Any URL the route table does not know; the server sent the app, the app says so. */
export function NotFoundPage({ path }: { path: string }) {
  const t = useT()
  return (
    <Page testId="not-found-page" title={t('NotFound.Title')}>
      <p>{t('NotFound.Text', { path })}</p>
      <p>
        <a href={hrefFor('map')} data-testid="not-found-home">
          {t('NotFound.Home')}
        </a>
      </p>
    </Page>
  )
}
