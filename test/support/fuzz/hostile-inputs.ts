import { deflateRawSync } from 'node:zlib'
import fc from 'fast-check'
import { zipFiles } from '../../fixtures/import/zip-writer.ts'
import { box } from '../shapes.ts'

/**
 * GeoJSON geometry for site bodies. The schema says only "type + coordinates
 * array", so valid shapes are written by hand: boxes and many-vertex circles in
 * the Pearl River estuary (clear of the demo sites), multipolygons, plus the
 * malformed shapes a drawing tool or a careless script produces.
 */
export const geometryArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 24, arbitrary: fc.tuple(fc.double({ min: 113, max: 114, noNaN: true }), fc.double({ min: 21.5, max: 22.5, noNaN: true }), fc.double({ min: 0.0005, max: 0.05, noNaN: true })).map(([lon, lat, d]) => ({ type: 'Polygon', coordinates: [box(lon, lat, d, d)] })) },
  { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 4, max: 64 }), fc.double({ min: 0.001, max: 0.05, noNaN: true })).map(([n, r]) => ({ type: 'Polygon', coordinates: [circle(113.5, 22, r, n)] })) },
  // Up to the documented 10,000 positions: rare, since each costs seconds where geometry work is unbounded.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 64, max: 10_000 }), fc.double({ min: 0.001, max: 0.05, noNaN: true })).map(([n, r]) => ({ type: 'Polygon', coordinates: [circle(113.5, 22, r, n)] })) },
  { weight: 4, arbitrary: fc.constant({ type: 'MultiPolygon', coordinates: [[box(113.2, 21.8, 0.01, 0.01)], [box(113.3, 21.8, 0.01, 0.01)]] }) },
  // Self-intersecting (a bow tie), unclosed, too few positions, out-of-range and 3-D positions.
  { weight: 4, arbitrary: fc.constantFrom(
    { type: 'Polygon', coordinates: [[[113, 22], [113.01, 22.01], [113.01, 22], [113, 22.01], [113, 22]]] },
    { type: 'Polygon', coordinates: [[[113, 22], [113.01, 22], [113.01, 22.01]]] },
    { type: 'Polygon', coordinates: [[[113, 22], [113, 22]]] },
    { type: 'Polygon', coordinates: [box(181, 91, 1, 1)] },
    { type: 'Polygon', coordinates: [box(113, 22, 0.01, 0.01).map((p) => [...p, 5])] },
    { type: 'Polygon', coordinates: [] },
    { type: 'MultiPolygon', coordinates: [[]] },
    { type: 'Polygon', coordinates: [box(-180, -85, 360, 170)] },
    { type: 'Polygon', coordinates: [box(113, 22, 1e-9, 1e-9)] },
  ) },
)

function circle(lon: number, lat: number, radiusDeg: number, vertices: number): number[][] {
  const ring = Array.from({ length: vertices }, (_, i) => {
    const a = (2 * Math.PI * i) / vertices
    return [lon + radiusDeg * Math.cos(a), lat + radiusDeg * Math.sin(a)]
  })
  return [...ring, ring[0]!]
}

const featureCollection = JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: '导入' }, geometry: { type: 'Polygon', coordinates: [box(113.6, 22.3, 0.005, 0.005)] } }],
})
const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>k</name><Polygon><outerBoundaryIs><LinearRing><coordinates>113.7,22.3 113.71,22.3 113.71,22.31 113.7,22.3</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`
const validZip = zipFiles([{ name: 'doc.kml', bytes: new TextEncoder().encode(kml) }])

/** A zip whose one entry is deflated (method 8), as real tools write them. */
function deflatedZip(name: string, bytes: Uint8Array): Uint8Array {
  const stored = Buffer.from(zipFiles([{ name, bytes }]))
  const packed = deflateRawSync(bytes)
  // Rebuild by patching a stored zip: method 8 and the compressed size in both headers.
  const local = Buffer.concat([stored.subarray(0, 30 + name.length), packed])
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(packed.length, 18)
  const centralStart = 30 + name.length + bytes.length
  const central = Buffer.from(stored.subarray(centralStart))
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(packed.length, 20)
  central.writeUInt32LE(local.length, central.length - 22 + 16) // end record: central directory offset
  return Buffer.concat([local, central])
}

const bomb = deflatedZip('doc.kml', new Uint8Array(20 * 1024 * 1024).fill(32))

export type HostileFile = { name: string; type: string; bytes: Uint8Array; why: string }

export const hostileFiles: readonly HostileFile[] = [
  { name: 'empty.geojson', type: 'application/geo+json', bytes: new Uint8Array(), why: 'empty file' },
  { name: 'sites.geojson', type: 'application/geo+json', bytes: new TextEncoder().encode(featureCollection), why: 'valid GeoJSON' },
  { name: 'sites.kml', type: 'application/vnd.google-earth.kml+xml', bytes: new TextEncoder().encode(kml), why: 'valid KML' },
  { name: 'sites.kmz', type: 'application/vnd.google-earth.kmz', bytes: validZip, why: 'valid KMZ' },
  { name: 'cut.kmz', type: 'application/vnd.google-earth.kmz', bytes: validZip.slice(0, Math.floor(validZip.length / 2)), why: 'truncated KMZ (stored)' },
  { name: 'cut.zip', type: 'application/zip', bytes: validZip.slice(0, validZip.length - 10), why: 'truncated zip (end record cut)' },
  { name: 'cut-deflated.zip', type: 'application/zip', bytes: bomb.slice(0, 2_000), why: 'truncated deflated zip' },
  { name: 'bomb.kmz', type: 'application/vnd.google-earth.kmz', bytes: bomb, why: 'zip bomb (20 MB of spaces deflated)' },
  { name: 'random.zip', type: 'application/zip', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24), why: 'random bytes named .zip' },
  { name: 'random.shp', type: 'application/octet-stream', bytes: Uint8Array.from({ length: 512 }, (_, i) => (i * 40503) & 0xff), why: 'random bytes named .shp' },
  { name: 'nul\u0000name.geojson', type: 'application/geo+json', bytes: new TextEncoder().encode(featureCollection), why: 'NUL in the file name' },
  { name: 'sites.geojson', type: 'application/geo+json', bytes: new TextEncoder().encode('{"type":"FeatureCollection","features":[' + '{"type":"Feature","properties":{"name":"\\u0000"},"geometry":null},'.repeat(10) + '{}]}'), why: 'NUL in a feature name, null geometries' },
  { name: 'deep.geojson', type: 'application/geo+json', bytes: new TextEncoder().encode('['.repeat(5_000) + ']'.repeat(5_000)), why: 'deeply nested JSON' },
  { name: 'sites.kml', type: 'application/vnd.google-earth.kml+xml', bytes: new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><kml><Placemark><name>&c;</name></Placemark></kml>'), why: 'XML entity expansion' },
]
