import type { ComponentChildren } from 'preact'
import { useEffect } from 'preact/hooks'
import { useLang, useT } from '../app/hooks.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate } from '../i18n/translate.ts'
import { errorText } from '../site-panel/error-text.ts'
import type { Resource } from './use-resource.ts'

/** Sets the window title to "<page> · <app>" (the app name alone for `null`) while the page is shown. */
export function useDocumentTitle(title: string | null): void {
  const lang = useLang()
  useEffect(() => {
    const app = translate(lang, 'App.Title')
    document.title = title ? `${title} · ${app}` : app
  }, [title, lang])
}

/** A page's frame: its heading and content, with the test id the browser suite looks for. */
export function Page({ testId, title, children }: { testId: string; title: string; children: ComponentChildren }) {
  useDocumentTitle(title)
  return (
    <article class="bc-page-body" data-testid={testId}>
      <h1>{title}</h1>
      {children}
    </article>
  )
}

/** The body of a page that loads data: a loading line, an error with Retry, or `children(data)`. */
export function Loaded<T>({ resource, retry, failed = 'Page.LoadFailed', children }: { resource: Resource<T>; retry: () => void; failed?: MessageKey; children: (data: T) => ComponentChildren }) {
  const lang = useLang()
  const t = useT()
  if (resource.state === 'loading') return <p class="bc-hint" data-testid="page-loading">{t('Page.Loading')}</p>
  if (resource.state === 'error') {
    return (
      <p class="bc-status bc-error" role="alert" data-testid="page-error">
        {errorText(resource.error, lang, failed)}{' '}
        <button type="button" onClick={retry}>
          {t('Page.Retry')}
        </button>
      </p>
    )
  }
  return <>{children(resource.data)}</>
}
