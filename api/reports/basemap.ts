import { readFile } from 'node:fs/promises'

/** The offline Guangdong land layer the web map uses (owned by web/; read, never changed here). */
export const BASEMAP_FILE = new URL('../../web/public/basemap/guangdong-land.geojson', import.meta.url)

export type Basemap = {
  attribution: string
  /** Polygons as lists of rings of [lon, lat]. */
  polygons: number[][][][]
}

type LandFile = {
  attribution?: unknown
  features?: { geometry?: { type?: string; coordinates?: unknown } }[]
}

/**
 * Reads the land polygons and their attribution. Read per report (≈150 kB, a few
 * ms) rather than cached in module state, so nothing outlives the request.
 */
export async function readBasemap(file: URL = BASEMAP_FILE): Promise<Basemap> {
  const data = JSON.parse(await readFile(file, 'utf8')) as LandFile
  const polygons: number[][][][] = []
  for (const feature of data.features ?? []) {
    const geometry = feature.geometry
    if (geometry?.type === 'Polygon') polygons.push(geometry.coordinates as number[][][])
    if (geometry?.type === 'MultiPolygon') polygons.push(...(geometry.coordinates as number[][][][]))
  }
  return { attribution: typeof data.attribution === 'string' ? data.attribution : '', polygons }
}
