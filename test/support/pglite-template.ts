import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'

const TEMPLATE_DIR = new URL('../../.test-data/pglite-postgis-template', import.meta.url).pathname

/**
 * A fresh PGlite data folder with PostGIS already created. The first run
 * initialises a template (~15 s); later runs copy it (~1 s), which is what
 * architecture.md advises instead of one cold start per suite.
 */
export async function freshPgliteDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const exists = await stat(join(TEMPLATE_DIR, 'PG_VERSION')).then(() => true, () => false)
  if (!exists) {
    const building = `${TEMPLATE_DIR}.building-${process.pid}`
    await mkdir(building, { recursive: true })
    const db = await PGlite.create({ dataDir: building, extensions: { postgis } })
    await db.exec('CREATE EXTENSION IF NOT EXISTS postgis')
    await db.close()
    await rm(TEMPLATE_DIR, { recursive: true, force: true })
    await cp(building, TEMPLATE_DIR, { recursive: true })
    await rm(building, { recursive: true, force: true })
  }
  const dir = await mkdtemp(join(tmpdir(), 'bc-pglite-'))
  await cp(TEMPLATE_DIR, dir, { recursive: true })
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
