import { readGeoJson } from './geojson.reader.ts'
import { readKml } from './kml.reader.ts'
import type { ReadResult } from './raw-feature.ts'
import { readShapefileZip } from './shapefile.reader.ts'
import { extensionOf, readZip } from './zip-entries.ts'

export type UploadFormat = 'geojson' | 'kml' | 'kmz' | 'shapefile'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/**
 * Reads an uploaded file into raw features, whatever its format: GeoJSON,
 * KML, KMZ (zipped KML) or a zipped Shapefile. The format is recognised from
 * the content first (a zip is a zip whatever it is called), then the name.
 */
export async function readUpload(fileName: string, bytes: Uint8Array): Promise<ReadResult & { format?: UploadFormat }> {
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b)
  if (isZip) {
    const zip = await readZip(bytes)
    if (!zip.ok) return zip
    const { entries } = zip
    const kmlEntry = entries.find((e) => extensionOf(e.name) === 'kml')
    if (kmlEntry && !entries.some((e) => extensionOf(e.name) === 'shp')) {
      return { ...readKml(new TextDecoder().decode(kmlEntry.bytes)), format: 'kmz' }
    }
    return { ...readShapefileZip(entries), format: 'shapefile' }
  }
  const ext = extensionOf(fileName)
  if (ext === 'shp' || ext === 'dbf' || ext === 'shx') {
    return {
      ok: false,
      error: {
        en: `A Shapefile is several files: zip the .shp with its .shx, .dbf and .prj and upload the .zip (got ${fileName}).`,
        zh: `Shapefile 由多个文件组成：请将 .shp 与 .shx、.dbf、.prj 一起压缩后上传 .zip（收到的是 ${fileName}）。`,
      },
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (ext === 'kml' || start.startsWith('<')) return { ...readKml(text), format: 'kml' }
  if (ext === 'geojson' || ext === 'json' || start.startsWith('{')) return { ...readGeoJson(text), format: 'geojson' }
  return {
    ok: false,
    error: {
      en: `Unrecognised file "${fileName}": upload GeoJSON (.geojson/.json), KML (.kml), KMZ (.kmz) or a zipped Shapefile (.zip).`,
      zh: `无法识别文件“${fileName}”：请上传 GeoJSON（.geojson/.json）、KML（.kml）、KMZ（.kmz）或压缩的 Shapefile（.zip）。`,
    },
  }
}
