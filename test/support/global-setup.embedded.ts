import type { TestProject } from 'vitest/node'
import { startEmbeddedDatabase } from '../../api/db/embedded.ts'
import { freshPgliteDataDir } from './pglite-template.ts'

/** One embedded PGlite + PostGIS for the whole API suite; each test file gets its own schema. */
export default async function setup(project: TestProject) {
  const data = await freshPgliteDataDir()
  const db = await startEmbeddedDatabase(data.dir, 20)
  project.provide('databaseUrl', db.url)
  project.provide('databaseMode', 'embedded')
  return async () => {
    await db.close()
    await data.remove()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    databaseMode: 'embedded' | 'server'
  }
}
