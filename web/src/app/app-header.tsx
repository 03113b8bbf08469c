import { useMemo } from 'preact/hooks'
import { AuthControl } from '../controls/auth.control.ts'
import type { MessageKey } from '../i18n/en.ts'
import { hrefFor } from '../router/match-route.ts'
import type { PlainRouteName } from '../router/routes.ts'
import { ControlHost } from './control-host.tsx'
import { useRoute, useT, useUser } from './hooks.ts'
import { LanguageSwitch } from './language-switch.tsx'
import { useServices } from './services.ts'

type NavLink = { route: PlainRouteName; label: MessageKey; /** Shown only to users with one of these roles. */ roles?: string[] }

/** The header's links; role-bound ones appear only to the roles they serve. */
const LINKS: NavLink[] = [
  { route: 'map', label: 'Nav.Map' },
  { route: 'methodologies', label: 'Nav.Methodologies' },
  { route: 'projects', label: 'Nav.Projects', roles: ['owner', 'admin'] },
]

/** Which header link a page belongs to (a methodology's page sits under Methodologies). */
const SECTION: Partial<Record<string, PlainRouteName>> = { methodology: 'methodologies' }

/** The app name, the pages the user can go to, the language switch and who is signed in, on every page. */
export function AppHeader() {
  const services = useServices()
  const t = useT()
  const user = useUser()
  const route = useRoute()
  const section = SECTION[route.name] ?? route.name
  const auth = useMemo(() => new AuthControl(services.store, services.session, services.auth), [services])
  const links = LINKS.filter((link) => !link.roles || user?.roles.some((role) => link.roles!.includes(role)))
  return (
    <header class="bc-header" data-testid="app-header">
      <a class="bc-brand" href={hrefFor('map')} title={t('App.Subtitle')} data-testid="app-title">
        {t('App.Title')}
      </a>
      <nav class="bc-nav" aria-label={t('Nav.Label')}>
        {links.map((link) => (
          <a key={link.route} href={hrefFor(link.route)} data-testid={`nav-${link.route}`} aria-current={section === link.route ? 'page' : undefined}>
            {t(link.label)}
          </a>
        ))}
      </nav>
      <div class="bc-header-tools">
        <LanguageSwitch />
        <ControlHost control={auth} className="bc-header-auth" />
      </div>
    </header>
  )
}
