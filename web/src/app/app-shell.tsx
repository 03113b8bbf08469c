import { useEffect, useState } from 'preact/hooks'
import { MapPage } from '../pages/map/map-page.tsx'
import { MethodologiesPage } from '../pages/methodologies-page.tsx'
import { MethodologyPage } from '../pages/methodology-page.tsx'
import { NotFoundPage } from '../pages/not-found-page.tsx'
import { ProjectsPage } from '../pages/projects-page.tsx'
import type { Route } from '../router/routes.ts'
import { AppHeader } from './app-header.tsx'
import { useLang, useRoute } from './hooks.ts'

/** The page component of each route other than the map (which stays mounted, see MapPage). */
function PageFor({ route }: { route: Route }) {
  switch (route.name) {
    case 'methodologies':
      return <MethodologiesPage />
    case 'methodology':
      return <MethodologyPage methodologyId={route.params.methodologyId} />
    case 'projects':
      return <ProjectsPage />
    case 'map':
      return null
    case 'not-found':
      return <NotFoundPage path={window.location.pathname} />
  }
}

/** Header on every page, then the page of the current URL. */
export function AppShell() {
  const route = useRoute()
  const lang = useLang()
  const [mapOpened, setMapOpened] = useState(route.name === 'map')
  useEffect(() => {
    if (route.name === 'map') setMapOpened(true)
  }, [route.name])
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  }, [lang])
  return (
    <>
      <AppHeader />
      {(mapOpened || route.name === 'map') && <MapPage active={route.name === 'map'} />}
      {route.name !== 'map' && (
        <main class="bc-page" id="page" data-route={route.name}>
          <PageFor key={`${route.name}:${JSON.stringify(route.params)}`} route={route} />
        </main>
      )}
    </>
  )
}
