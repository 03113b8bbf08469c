import proj4 from 'proj4'
import { parseDbf, parseShp } from 'shpjs'
import { featureName, type RawFeature, type ReadResult } from './raw-feature.ts'
import { baseName, extensionOf, withoutExtension, type ZipEntry } from './zip-entries.ts'

/**
 * A zipped Shapefile: each .shp in the archive is a layer, read with its
 * .dbf (attributes, .cpg code page) and reprojected to WGS84 from its .prj.
 * A .prj that proj4 cannot read is refused: guessing would put every site in
 * the wrong place. Without a .prj the coordinates are taken as WGS84 and the
 * validator says so if they are metres.
 */
export function readShapefileZip(entries: ZipEntry[]): ReadResult {
  const shps = entries.filter((e) => extensionOf(e.name) === 'shp')
  if (!shps.length) {
    const found = entries.map((e) => baseName(e.name)).slice(0, 10).join(', ') || '—'
    return {
      ok: false,
      error: {
        en: `The zip holds no .shp file (found: ${found}). Zip the .shp together with its .shx, .dbf and .prj.`,
        zh: `压缩包中没有 .shp 文件（包含：${found}）。请将 .shp 与 .shx、.dbf、.prj 一起压缩。`,
      },
    }
  }
  const features: RawFeature[] = []
  for (const shp of shps) {
    const stem = withoutExtension(shp.name).toLowerCase()
    const sibling = (ext: string) => entries.find((e) => withoutExtension(e.name).toLowerCase() === stem && extensionOf(e.name) === ext)
    const prjEntry = sibling('prj')
    const prj = prjEntry ? new TextDecoder().decode(prjEntry.bytes).trim() : undefined
    if (prj !== undefined && !readableProjection(prj)) {
      const name = baseName(prjEntry!.name)
      const shown = prj.length > 120 ? `${prj.slice(0, 120)}…` : prj
      return {
        ok: false,
        error: {
          en: `The projection in ${name} cannot be read or reprojected to WGS84 (${shown}). Reproject the layer to WGS84 (EPSG:4326) in your GIS and upload it again.`,
          zh: `无法识别 ${name} 中的投影，不能转换为 WGS84（${shown}）。请在 GIS 软件中将图层转换为 WGS84（EPSG:4326）后重新上传。`,
        },
      }
    }
    let geometries: ReturnType<typeof parseShp>
    let rows: Record<string, unknown>[] = []
    try {
      geometries = parseShp(shp.bytes, prj ?? false)
      const dbf = sibling('dbf')
      const cpg = sibling('cpg')
      if (dbf) rows = parseDbf(dbf.bytes, cpg ? new TextDecoder().decode(cpg.bytes).trim() : undefined)
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err)
      return { ok: false, error: { en: `${baseName(shp.name)} cannot be read: ${reason}`, zh: `无法读取 ${baseName(shp.name)}：${reason}` } }
    }
    geometries.forEach((geometry, i) => {
      const name = featureName(rows[i])
      features.push({ ...(name ? { name } : {}), geometry })
    })
  }
  return { ok: true, features }
}

/** Whether proj4 understands the .prj (WKT) well enough to reproject from it. */
function readableProjection(prj: string): boolean {
  try {
    const converter = proj4(prj)
    const probe = converter.inverse([0, 0])
    return Array.isArray(probe) && probe.length >= 2
  } catch {
    return false
  }
}
