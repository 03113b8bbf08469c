import { readFile } from 'node:fs/promises'
import type { Sql } from '../db/client.ts'
import { geodesicAreaHa } from '../geo/geodesic-area.ts'
import { demoSiteCollectionSchema, type DemoSiteCollection } from './demo-sites.schema.ts'

export const DEMO_SITES_FILE = new URL('../../seeds/sites/zhanjiang-demo-sites.geojson', import.meta.url)

export async function readDemoSites(file: URL = DEMO_SITES_FILE): Promise<DemoSiteCollection> {
  return demoSiteCollectionSchema.parse(JSON.parse(await readFile(file, 'utf8')))
}

/**
 * Creates the demo projects (owned by the demo developer organisation) and
 * their sites once; keyed by `seed_key` so re-running changes nothing.
 */
export async function seedDemoSites(
  tx: Sql,
  sites: DemoSiteCollection,
  options: { ownerOrganisationKey: string; projectStatus: (projectKey: string) => string },
): Promise<{ projects: number; sites: number }> {
  const [org] = await tx<{ id: string }[]>`SELECT id FROM organisations WHERE seed_key = ${options.ownerOrganisationKey}`
  if (!org) throw new Error(`Demo organisation ${options.ownerOrganisationKey} is missing; seed accounts first`)
  let projects = 0
  let inserted = 0
  for (const feature of sites.features) {
    const p = feature.properties
    const project = await tx`
      INSERT INTO projects (organisation_id, name, name_en, sink_type, methodology_id, status, seed_key)
      VALUES (${org.id}, ${p.projectName}, ${p.projectNameEn}, ${p.sinkType}, ${p.methodology}, ${options.projectStatus(p.projectKey)}, ${p.projectKey})
      ON CONFLICT (seed_key) DO NOTHING RETURNING id`
    projects += project.count
    const projectId = (await tx<{ id: string }[]>`SELECT id FROM projects WHERE seed_key = ${p.projectKey}`)[0]!.id
    const areaHa = geodesicAreaHa(feature.geometry).toFixed(4)
    const site = await tx`
      INSERT INTO sites (project_id, name, name_en, geom, area_ha, properties, seed_key)
      VALUES (${projectId}, ${p.name}, ${p.nameEn},
              ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(feature.geometry)}), 4326)),
              ${areaHa}, ${tx.json(p as never)}, ${p.key})
      ON CONFLICT (seed_key) DO NOTHING RETURNING id`
    inserted += site.count
  }
  return { projects, sites: inserted }
}
