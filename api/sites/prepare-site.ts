import type { MultiPolygon } from 'geojson'
import type { AppConfig } from '../app-env.ts'
import type { Sql } from '../db/client.ts'
import { postgisValidity } from '../db/queries/sites.ts'
import type { NewStratum } from '../db/queries/site-strata.ts'
import { formatLonLat, type GeometryIssue } from '../geo/geometry-issue.ts'
import { MAX_SITE_VERTICES, MIN_SITE_AREA_HA } from '../geo/geometry-limits.ts'
import { validateSiteGeometry } from '../geo/site-geometry.validation.ts'
import { validateStrata } from '../geo/strata.validation.ts'
import type { StratumInput } from '../routes/sites/schema.ts'

/** A stratum as checkSite takes it: from a request, or read back from the database. */
export type SiteStratumInput = Omit<StratumInput, 'geometry'> & { geometry?: unknown }

export type PreparedSite = { geometry: MultiPolygon; areaHa: number; strata: NewStratum[] }

export type Preparation = { ok: true; site: PreparedSite } | { ok: false; issues: GeometryIssue[] }

/**
 * The pure checks of api/geo for a site and its strata (no database).
 * Returns issues rather than throwing so the importer can report them per feature.
 */
export function checkSite(input: { geometry: unknown; strata: SiteStratumInput[] }, config: Pick<AppConfig, 'maxSiteAreaHa'>): Preparation {
  const site = validateSiteGeometry(input.geometry, { minAreaHa: MIN_SITE_AREA_HA, maxAreaHa: config.maxSiteAreaHa, maxVertices: MAX_SITE_VERTICES })
  if (!site.valid) return { ok: false, issues: site.issues }
  const strata = validateStrata({ parts: site.value.parts, areaHa: site.value.areaHa }, input.strata, MAX_SITE_VERTICES - site.value.vertexCount)
  if (!strata.valid) return { ok: false, issues: strata.issues }
  return {
    ok: true,
    site: {
      geometry: site.value.geometry,
      areaHa: site.value.areaHa,
      strata: input.strata.map((s, i) => ({
        name: s.name ?? null,
        species: s.species,
        plantingYear: s.plantingYear ?? null,
        plantingDensityTreesPerHa: s.plantingDensityTreesPerHa ?? null,
        survivalPercent: s.survivalPercent ?? null,
        areaPercent: strata.strata[i]!.areaPercent,
        areaHa: strata.strata[i]!.areaHa,
        geometry: strata.strata[i]!.geometry,
      })),
    },
  }
}

/**
 * PostGIS's own verdict on sites that passed checkSite, in one query: the
 * last word before storing, since PostGIS is where they live.
 * @returns issues per site, in the order given (empty when valid)
 */
export async function postgisIssues(sql: Sql, sites: PreparedSite[]): Promise<GeometryIssue[][]> {
  const items = sites.flatMap((site, s) => [
    { s, path: 'geometry', g: site.geometry },
    ...site.strata.flatMap((st, i) => (st.geometry ? [{ s, path: `strata[${i}].geometry`, g: st.geometry }] : [])),
  ])
  const verdicts = await postgisValidity(sql, items.map((x) => x.g))
  const out: GeometryIssue[][] = sites.map(() => [])
  for (const v of verdicts) {
    if (v.valid) continue
    const item = items[v.index]!
    out[item.s]!.push(postgisIssue(item.path, v.reason, v.lon, v.lat))
  }
  return out
}

function postgisIssue(path: string, reason: string | null, lon: number | null, lat: number | null): GeometryIssue {
  const at = lon !== null && lat !== null ? ([lon, lat] as [number, number]) : undefined
  const where = at ? { en: ` at ${formatLonLat(at)}`, zh: `（位于 ${formatLonLat(at)}）` } : { en: '', zh: '' }
  return {
    path,
    code: 'postgis_invalid',
    message: { en: `PostGIS rejects the geometry: ${reason ?? 'invalid'}${where.en}.`, zh: `PostGIS 判定几何图形无效：${reason ?? '无效'}${where.zh}。` },
    ...(at ? { point: at } : {}),
  }
}
