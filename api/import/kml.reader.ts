import { kml } from '@tmcw/togeojson'
import { DOMParser } from '@xmldom/xmldom'
import { featureName, polygonsOnly, type ReadResult } from './raw-feature.ts'

/**
 * A KML document (Google Earth, 奥维互动地图 exports): each Placemark becomes
 * a feature via @tmcw/togeojson; altitudes are dropped later by the validator.
 */
export function readKml(text: string): ReadResult {
  let failure: string | undefined
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') failure ??= message
    },
  })
  let doc: ReturnType<DOMParser['parseFromString']>
  try {
    doc = parser.parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml')
  } catch (err) {
    failure ??= err instanceof Error ? err.message : String(err)
    return notKml(failure)
  }
  if (failure) return notKml(failure)
  if (!doc.getElementsByTagName('kml').length && !doc.getElementsByTagName('Placemark').length) return notKml('no <kml> or <Placemark> element')
  // togeojson reads the standard DOM interface, which xmldom implements.
  const collection = kml(doc as unknown as Document)
  return {
    ok: true,
    features: collection.features.map((f) => {
      const name = featureName(f.properties)
      return { ...(name ? { name } : {}), geometry: polygonsOnly(f.geometry) }
    }),
  }
}

function notKml(reason: string): ReadResult {
  return { ok: false, error: { en: `The file is not readable KML: ${reason}`, zh: `无法读取 KML 文件：${reason}` } }
}
