import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRJ, writeDbf, writeShp } from '../fixtures/import/shapefile-writer.ts'
import { addOwnerOrganisation, box, boxAreaHa, createProject, createSite, polygon } from '../fixtures/import/sites.ts'
import { zipFiles } from '../fixtures/import/zip-writer.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

const TEN_MB = 10 * 1024 * 1024

let ctx: TestContext
let owner: string
let projectId: string
beforeAll(async () => {
  // The production default body limit (MAX_BODY_BYTES = 10 MB).
  ctx = await createTestContext({ config: { maxBodyBytes: TEN_MB } })
  owner = await loginCookie(ctx, 'owner@demo.test')
  projectId = await createProject(ctx, owner, '导入测试项目')
})
afterAll(async () => ctx?.close())

const enc = new TextEncoder()

function upload(bytes: Uint8Array | string, fileName: string, cookie = owner, target = projectId, headers: Record<string, string> = {}) {
  const form = new FormData()
  form.append('file', new File([typeof bytes === 'string' ? enc.encode(bytes) : new Uint8Array(bytes)], fileName))
  return ctx.app.request(`/api/v1/projects/${target}/sites/import`, { method: 'POST', body: form, headers: { cookie, ...headers } })
}

/** Proves an upload was refused with `status`/`code` and stored nothing. */
async function expectRefusedUpload(bytes: Uint8Array | string, fileName: string, status: number, code: string) {
  const before = await tableCounts(ctx.sql)
  const res = await upload(bytes, fileName)
  expect(res.status).toBe(status)
  const problem = await res.json()
  expect(problem.code).toBe(code)
  expect(await tableCounts(ctx.sql)).toEqual(before)
  return problem
}

describe('GeoJSON', () => {
  it('imports the valid features and reports each rejected one with its errors', async () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: '东滩' }, geometry: polygon(box(113.3, 22.3, 0.01, 0.01)) },
        { type: 'Feature', properties: { name: '蝴蝶形' }, geometry: polygon([[113.32, 22.3], [113.33, 22.31], [113.33, 22.3], [113.32, 22.31], [113.32, 22.3]]) },
        { type: 'Feature', properties: { Name: 'a point' }, geometry: { type: 'Point', coordinates: [113.3, 22.3] } },
        { type: 'Feature', properties: {}, geometry: polygon(box(113.34, 22.3, 0.01, 0.01)) },
      ],
    }
    const res = await upload(JSON.stringify(collection), 'sites.geojson')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.format).toBe('geojson')
    expect(body.imported.map((s: { name: string }) => s.name)).toEqual(['东滩', 'sites 4'])
    expect(body.imported[0].areaHa).toBeCloseTo(boxAreaHa(22.3, 0.01, 0.01), 3)
    expect(body.imported[0].overlaps).toEqual([])
    expect(body.rejected.map((r: { index: number; name?: string }) => [r.index, r.name])).toEqual([[1, '蝴蝶形'], [2, 'a point']])
    expect(body.rejected[0].errors[0]).toMatchObject({ path: 'geometry.coordinates', code: 'self_intersection' })
    // The bow-tie's diagonals cross at their midpoint.
    expect(body.rejected[0].errors[0].message).toContain('113.325, 22.305')
    expect(body.rejected[1].errors[0]).toMatchObject({ path: 'geometry.type', code: 'geometry_type' })
    const [event] = await ctx.sql`SELECT action, payload FROM audit_events WHERE subject_id = ${projectId} ORDER BY id DESC LIMIT 1`
    expect(event).toMatchObject({ action: 'site.import', payload: { fileName: 'sites.geojson', format: 'geojson', rejected: 2 } })
  })

  it('none valid → 400 import_failed with per-feature paths; nothing stored', async () => {
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: polygon(box(113.3, 22.4, 0.00001, 0.00001)) }] }
    const problem = await expectRefusedUpload(JSON.stringify(bad), 'tiny.geojson', 400, 'import_failed')
    expect(problem.errors[0]).toMatchObject({ path: 'features[0].geometry', code: 'area_too_small' })
  })

  it('a file that is not JSON, GeoJSON of nothing, and an unknown format are 400 invalid_upload; nothing stored', async () => {
    const notJson = await expectRefusedUpload('{"type": "FeatureCollection", ', 'broken.geojson', 400, 'invalid_upload')
    expect(notJson.detail).toMatch(/^The file is not valid JSON/)
    await expectRefusedUpload(JSON.stringify({ type: 'FeatureCollection', features: [] }), 'empty.geojson', 400, 'invalid_upload')
    const unknown = await expectRefusedUpload('hello', 'notes.txt', 400, 'invalid_upload')
    expect(unknown.detail).toContain('GeoJSON')
  })
})

describe('KML and KMZ', () => {
  const kml = (placemarks: string) => `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`
  const placemark = (name: string, coords: number[][], altitude = false) =>
    `<Placemark><name>${name}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${coords.map((c) => (altitude ? `${c[0]},${c[1]},0` : `${c[0]},${c[1]}`)).join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`

  it('imports placemarks (altitudes dropped) with their names', async () => {
    const text = kml(placemark('北岸', box(113.3, 22.5, 0.01, 0.01), true) + placemark('南岸', box(113.32, 22.5, 0.01, 0.01)))
    const res = await upload(text, 'survey.kml')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.format).toBe('kml')
    expect(body.imported.map((s: { name: string }) => s.name)).toEqual(['北岸', '南岸'])
    expect(body.imported[0].geometry.coordinates[0][0][0]).toEqual([113.3, 22.5])
  })

  it('a zipped KML (KMZ) is read the same way', async () => {
    const kmz = zipFiles([{ name: 'doc.kml', bytes: enc.encode(kml(placemark('KMZ 地块', box(113.3, 22.52, 0.01, 0.01)))) }])
    const body = await (await upload(kmz, 'survey.kmz')).json()
    expect(body).toMatchObject({ format: 'kmz', rejected: [] })
    expect(body.imported[0].name).toBe('KMZ 地块')
  })

  it('malformed XML is a 400 that says so; nothing stored', async () => {
    const problem = await expectRefusedUpload('<kml><Document><Placemark>', 'broken.kml', 400, 'invalid_upload')
    expect(problem.detail).toMatch(/^The file is not readable KML/)
  })
})

describe('zipped Shapefile', () => {
  const layer = (prj: string | null, polygons: { rings: [number, number][][]; attributes: Record<string, string> }[]) =>
    zipFiles([
      { name: 'sites/sites.shp', bytes: writeShp(polygons) },
      { name: 'sites/sites.dbf', bytes: writeDbf(polygons.map((p) => p.attributes)) },
      { name: 'sites/sites.cpg', bytes: enc.encode('UTF-8') },
      ...(prj ? [{ name: 'sites/sites.prj', bytes: enc.encode(prj) }] : []),
    ])

  it('WGS84: imported with names from the .dbf', async () => {
    const zip = layer(PRJ.wgs84, [{ rings: [box(113.3, 22.6, 0.01, 0.01) as [number, number][]], attributes: { NAME: '淇澳岛一号' } }])
    const body = await (await upload(zip, 'sites.zip')).json()
    expect(body.format).toBe('shapefile')
    expect(body.imported[0].name).toBe('淇澳岛一号')
    expect(body.imported[0].areaHa).toBeCloseTo(boxAreaHa(22.6, 0.01, 0.01), 3)
  })

  it('UTM zone 49N: reprojected to WGS84', async () => {
    // A 1,000 m square on the central meridian (E 500,000 m = 111°E), N 2,400,000 m ≈ 21.70°N.
    // Grid metres there are true metres divided by the scale factor k0 = 0.9996, so the square is
    // (1000 / 0.9996)² m² = 1,000,800 m² ≈ 100.08 ha on the ellipsoid; the sphere of @turf/area reads
    // within ~0.5 % of that, so the test allows 1 %.
    const square: [number, number][] = [[500000, 2400000], [501000, 2400000], [501000, 2401000], [500000, 2401000], [500000, 2400000]]
    const body = await (await upload(layer(PRJ.utm49n, [{ rings: [square], attributes: { NAME: 'UTM square' } }]), 'utm.zip')).json()
    const site = body.imported[0]
    expect(Math.abs(site.areaHa - 100.08) / 100.08).toBeLessThan(0.01)
    const [lon, lat] = site.geometry.coordinates[0][0][0]
    expect(lon).toBeCloseTo(111, 6)
    expect(lat).toBeGreaterThan(21.69)
    expect(lat).toBeLessThan(21.72)
  })

  it('a projection that cannot be reprojected → 400 that says so; nothing stored', async () => {
    const zip = layer(PRJ.unknown, [{ rings: [box(113.3, 22.6, 0.01, 0.01) as [number, number][]], attributes: { NAME: 'x' } }])
    const problem = await expectRefusedUpload(zip, 'local.zip', 400, 'invalid_upload')
    expect(problem.detail).toMatch(/^The projection in sites\.prj cannot be read or reprojected to WGS84/)
  })

  it('projected coordinates without a .prj are refused per feature with a hint', async () => {
    const square: [number, number][] = [[500000, 2400000], [501000, 2400000], [501000, 2401000], [500000, 2401000], [500000, 2400000]]
    const problem = await expectRefusedUpload(layer(null, [{ rings: [square], attributes: { NAME: 'metres' } }]), 'noprj.zip', 400, 'import_failed')
    expect(problem.errors[0].message).toContain('projected coordinates (metres)')
  })

  it('a zip without .shp, and a bare .shp, are 400 that say what is missing; nothing stored', async () => {
    const noShp = await expectRefusedUpload(zipFiles([{ name: 'sites.dbf', bytes: writeDbf([{ NAME: 'x' }]) }]), 'sites.zip', 400, 'invalid_upload')
    expect(noShp.detail).toBe('The zip holds no .shp file (found: sites.dbf). Zip the .shp together with its .shx, .dbf and .prj.')
    const bare = await expectRefusedUpload(writeShp([{ rings: [box(113.3, 22.6, 0.01, 0.01) as [number, number][]], attributes: {} }]), 'sites.shp', 400, 'invalid_upload')
    expect(bare.detail).toContain('zip the .shp')
  })
})

describe('upload limits and access', () => {
  it('a 50 MB upload → 413 before it is parsed; nothing stored', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await upload(new Uint8Array(50 * 1024 * 1024), 'huge.geojson')
    expect(res.status).toBe(413)
    expect((await res.json()).code).toBe('payload_too_large')
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('no file field → 400; another organisation\'s draft → 404; nothing stored', async () => {
    const other = await addOwnerOrganisation(ctx, 'owner2@import.test', '导入测试另一公司')
    const before = await tableCounts(ctx.sql)
    const form = new FormData()
    form.append('other', 'x')
    const missing = await ctx.app.request(`/api/v1/projects/${projectId}/sites/import`, { method: 'POST', body: form, headers: { cookie: owner } })
    expect(missing.status).toBe(400)
    expect((await missing.json()).errors[0]).toMatchObject({ path: 'file', message: 'Attach the file as the multipart/form-data field "file"' })
    const res = await upload(JSON.stringify(polygon(box(113.3, 22.7, 0.01, 0.01))), 'a.geojson', other.cookie)
    expect(res.status).toBe(404)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })
})

describe('export', () => {
  it('GeoJSON and CSV carry areas and the latest saved estimate of each site', async () => {
    const id = await createProject(ctx, owner, '导出项目')
    const s1 = await createSite(ctx, owner, id, { name: 'Site "A", north', geometry: polygon(box(113.3, 22.8, 0.01, 0.01)) })
    const s2 = await createSite(ctx, owner, id, { name: '=HYPERLINK("x")', geometry: polygon(box(113.32, 22.8, 0.01, 0.01)) })
    // Two estimates of s1: the export must show the newer one.
    await ctx.sql`
      INSERT INTO site_estimates (site_id, methodology_id, methodology_version, inputs, outputs, content_hash, area_ha, total_net_credits_tco2e, created_at)
      VALUES (${s1.id}, 'mangrove-afforestation', '1.0.0', '{}', '{}', 'h1', ${s1.areaHa}, 100.5, '2026-01-01T00:00:00Z'),
             (${s1.id}, 'mangrove-afforestation', '1.1.0', '{}', '{}', 'h2', ${s1.areaHa}, 1234.567, '2026-03-01T00:00:00Z')`

    const geo = await ctx.app.request(`/api/v1/projects/${id}/sites.geojson`, { headers: { cookie: owner } })
    expect(geo.status).toBe(200)
    expect(geo.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    expect(geo.headers.get('content-disposition')).toBe(`attachment; filename="project-${id}-sites.geojson"`)
    const fc = await geo.json()
    // Sites come in creation order; both were created at the same (test clock) instant, so by id.
    const order = [s1.id, s2.id].sort()
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(order)
    const byId = (id: string) => fc.features.find((f: { id: string }) => f.id === id)
    expect(byId(s1.id).properties).toMatchObject({ name: 'Site "A", north', areaHa: s1.areaHa, projectName: '导出项目', latestEstimate: { methodologyId: 'mangrove-afforestation', methodologyVersion: '1.1.0', totalNetCreditsTco2e: 1234.567 } })
    expect(byId(s2.id).properties.latestEstimate).toBeNull()

    const csv = await ctx.app.request(`/api/v1/projects/${id}/sites.csv`, { headers: { cookie: owner } })
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes).split('\r\n')
    expect(lines[0]).toBe('site_id,name,name_en,area_ha,label_lon,label_lat,strata_count,estimate_id,methodology_id,methodology_version,total_net_credits_tco2e,estimated_at')
    const [row] = await ctx.sql`SELECT area_ha::text AS a FROM sites WHERE id = ${s1.id}`
    const line = (id: string) => lines[1 + order.indexOf(id)]!
    // Quotes doubled and the field quoted (RFC 4180); the exact stored decimals; the newer estimate.
    expect(line(s1.id)).toMatch(new RegExp(`^${s1.id},"Site ""A"", north",,${row!.a.replace('.', '\\.')},113\\.\\d+,22\\.8\\d+,0,[0-9a-f-]{36},mangrove-afforestation,1\\.1\\.0,1234\\.567,2026-03-01T00:00:00\\.000Z$`))
    // A formula-like name is defused for spreadsheets.
    expect(line(s2.id)).toContain(`,"'=HYPERLINK(""x"")",`)
    expect(lines[3]).toBe('')
  })

  it('another organisation cannot export a draft (404)', async () => {
    const other = await addOwnerOrganisation(ctx, 'owner3@import.test', '导出测试另一公司')
    expect((await ctx.app.request(`/api/v1/projects/${projectId}/sites.csv`, { headers: { cookie: other.cookie } })).status).toBe(404)
    expect((await ctx.app.request(`/api/v1/projects/${projectId}/sites.geojson`, { headers: { cookie: other.cookie } })).status).toBe(404)
  })
})
