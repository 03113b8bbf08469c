import { listMyProjects } from '../api/projects.ts'
import { useLang, useSessionState, useT } from '../app/hooks.ts'
import { useServices } from '../app/services.ts'
import { formatAreaHa } from '../format/quantity.ts'
import { isMessageKey } from '../i18n/translate.ts'
import { Loaded, Page } from './page-parts.tsx'
import { useResource } from './use-resource.ts'

function ProjectTable() {
  const { http } = useServices()
  const lang = useLang()
  const t = useT()
  const [resource, retry] = useResource(() => listMyProjects(http), 'mine')
  const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback)
  return (
    <Loaded resource={resource} retry={retry}>
      {(projects) =>
        projects.length === 0 ? (
          <p class="bc-hint">{t('ProjectList.None')}</p>
        ) : (
          <table class="bc-page-table" data-testid="project-list">
            <thead>
              <tr>
                <th>{t('ProjectList.Name')}</th>
                <th>{t('ProjectList.SinkType')}</th>
                <th>{t('ProjectList.Status')}</th>
                <th>{t('ProjectList.Sites')}</th>
                <th>{t('ProjectList.Area')}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id} data-testid="project-row" data-id={p.id}>
                  <td>{lang === 'en' && p.nameEn ? p.nameEn : p.name}</td>
                  <td>{label(`SinkType.${p.sinkType}`, p.sinkType)}</td>
                  <td>{label(`SiteStatus.${p.status}`, p.status)}</td>
                  <td>{p.siteCount}</td>
                  <td>{formatAreaHa(p.areaHa, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </Loaded>
  )
}

/** The signed-in owner's projects (GET /api/v1/projects); asks to log in otherwise. */
export function ProjectsPage() {
  const { user, known } = useSessionState()
  const t = useT()
  return (
    <Page testId="projects-page" title={t('ProjectList.Title')}>
      {!known ? <p class="bc-hint">{t('Page.Loading')}</p> : user ? <ProjectTable key={user.id} /> : <p class="bc-hint" data-testid="projects-login-first">{t('ProjectList.LoginFirst')}</p>}
    </Page>
  )
}
