import type { Polygon } from 'geojson'
import type { Http } from '../api/http.ts'
import { createProject, listMyProjects, type NewProject, type Project } from '../api/projects.ts'
import { createSite, deleteSite, importSites, listSites, siteOverlaps, updateSite, type ImportResult, type OverlapReport, type Site, type StratumInput } from '../api/sites.ts'
import type { Session } from '../auth/session.ts'
import { createEmitter, type Unsubscribe } from '../util/emitter.ts'

/** What the site panel shows: nothing, a drawing not saved yet, or a stored site. */
export type Selection = { kind: 'none' } | { kind: 'draft'; geometry: Polygon } | { kind: 'site'; siteId: string }

export type WorkspaceChange = 'projects' | 'sites' | 'selection' | 'overlaps'

/** localStorage key of the project last worked on, so a reload reopens it. */
export const PROJECT_STORAGE_KEY = 'bluecarbon.project'

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/**
 * The owner's work in progress: projects, the sites of the current project,
 * the selected site or drawing, and each site's last known overlaps. Controls
 * read it and call its actions; it talks to the API and announces changes.
 * It holds no copy of what the server decides (areas, overlaps): those come
 * back from the API after every change.
 */
export class Workspace {
  readonly #http: Http
  readonly #storage: KeyValueStorage
  readonly #changes = createEmitter<WorkspaceChange>()
  #projects: Project[] = []
  #projectId: string | undefined
  #sites: Site[] = []
  #selection: Selection = { kind: 'none' }
  readonly #overlaps = new Map<string, OverlapReport>()

  constructor(http: Http, storage: KeyValueStorage) {
    this.#http = http
    this.#storage = storage
  }

  /** Follows the session: loads the user's projects on login, forgets them on logout. */
  follow(session: Session): Unsubscribe {
    return session.onChange((user) => void (user ? this.refreshProjects() : this.#forget()))
  }

  onChange(listener: (change: WorkspaceChange) => void): Unsubscribe {
    return this.#changes.on(listener)
  }

  get projects(): readonly Project[] {
    return this.#projects
  }
  get project(): Project | undefined {
    return this.#projects.find((p) => p.id === this.#projectId)
  }
  get sites(): readonly Site[] {
    return this.#sites
  }
  get selection(): Selection {
    return this.#selection
  }
  site(siteId: string): Site | undefined {
    return this.#sites.find((s) => s.id === siteId)
  }
  /** The overlaps of a site with other projects and the server's verdict on them, once known. */
  overlapsOf(siteId: string): OverlapReport | undefined {
    return this.#overlaps.get(siteId)
  }

  async refreshProjects(): Promise<void> {
    this.#projects = await listMyProjects(this.#http)
    let remembered: string | null = null
    try {
      remembered = this.#storage.getItem(PROJECT_STORAGE_KEY)
    } catch {
      remembered = null
    }
    const keep = [this.#projectId, remembered].find((id) => id && this.#projects.some((p) => p.id === id))
    this.#changes.emit('projects')
    await this.selectProject(keep ?? this.#projects[0]?.id)
  }

  async selectProject(projectId: string | undefined): Promise<void> {
    this.#projectId = projectId
    if (projectId) {
      try {
        this.#storage.setItem(PROJECT_STORAGE_KEY, projectId)
      } catch {
        // Not remembered across reloads; nothing else depends on it.
      }
    }
    this.#sites = projectId ? await listSites(this.#http, projectId) : []
    this.#changes.emit('projects')
    this.#changes.emit('sites')
    if (this.#selection.kind === 'site' && !this.site(this.#selection.siteId)) this.select({ kind: 'none' })
  }

  async addProject(project: NewProject): Promise<Project> {
    const created = await createProject(this.#http, project)
    this.#projects = [created, ...this.#projects]
    await this.selectProject(created.id)
    return created
  }

  select(selection: Selection): void {
    this.#selection = selection
    this.#changes.emit('selection')
    if (selection.kind === 'site' && !this.#overlaps.has(selection.siteId)) void this.refreshOverlaps(selection.siteId)
  }

  async refreshOverlaps(siteId: string): Promise<void> {
    this.#overlaps.set(siteId, await siteOverlaps(this.#http, siteId))
    this.#changes.emit('overlaps')
  }

  /** Stores the drawing as a site of the current project and selects it. */
  async saveDraft(name: string, geometry: Polygon): Promise<Site> {
    const projectId = this.#projectId
    if (!projectId) throw new Error('saveDraft needs a current project')
    const saved = await createSite(this.#http, projectId, { name, geometry })
    this.#overlaps.set(saved.id, { overlaps: saved.overlaps, overlapCheck: saved.overlapCheck })
    await this.#reloadSites()
    this.select({ kind: 'site', siteId: saved.id })
    return saved
  }

  async changeSite(siteId: string, patch: { name?: string; geometry?: Polygon; strata?: StratumInput[] }): Promise<Site> {
    const saved = await updateSite(this.#http, siteId, patch)
    this.#overlaps.set(siteId, { overlaps: saved.overlaps, overlapCheck: saved.overlapCheck })
    await this.#reloadSites()
    this.#changes.emit('overlaps')
    this.#changes.emit('selection')
    return saved
  }

  async removeSite(siteId: string): Promise<void> {
    await deleteSite(this.#http, siteId)
    this.#overlaps.delete(siteId)
    if (this.#selection.kind === 'site' && this.#selection.siteId === siteId) this.select({ kind: 'none' })
    await this.#reloadSites()
  }

  async importFile(file: File): Promise<ImportResult> {
    const projectId = this.#projectId
    if (!projectId) throw new Error('importFile needs a current project')
    const result = await importSites(this.#http, projectId, file)
    for (const site of result.imported) this.#overlaps.set(site.id, { overlaps: site.overlaps, overlapCheck: site.overlapCheck })
    await this.#reloadSites()
    return result
  }

  async #reloadSites(): Promise<void> {
    if (!this.#projectId) return
    this.#sites = await listSites(this.#http, this.#projectId)
    // Site count and total area of the project changed as well.
    this.#projects = await listMyProjects(this.#http)
    this.#changes.emit('projects')
    this.#changes.emit('sites')
  }

  #forget(): void {
    this.#projects = []
    this.#projectId = undefined
    this.#sites = []
    this.#overlaps.clear()
    if (this.#selection.kind === 'site') this.#selection = { kind: 'none' }
    this.#changes.emit('projects')
    this.#changes.emit('sites')
    this.#changes.emit('selection')
  }
}
