import { describe, expect, it } from 'vitest'
import { zipFiles } from '../../test/fixtures/import/zip-writer.ts'
import { MAX_PARALLEL_PARSES, parseUploadInWorker } from './parse-upload-in-worker.ts'

const enc = new TextEncoder()
const ring = (lon: number, lat: number, d: number) => `${lon},${lat} ${lon + d},${lat} ${lon + d},${lat + d} ${lon},${lat + d} ${lon},${lat}`
const placemark = (name: string, coordinates: string) =>
  `<Placemark><name>${name}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${coordinates}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`
const kml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`

describe('parseUploadInWorker', () => {
  it('unzips, parses and checks a KMZ in a worker thread (the worker loads its TypeScript under vitest too)', async () => {
    const kmz = zipFiles([{ name: 'doc.kml', bytes: enc.encode(kml(placemark('东岸', ring(113.3, 22.5, 0.01)) + placemark('bad', '113.3,22.5 113.31,22.5')) ), deflate: true }])
    const outcome = await parseUploadInWorker({ fileName: 'survey.kmz', bytes: kmz, maxSiteAreaHa: 10_000 })
    expect(outcome).toMatchObject({ ok: true, format: 'kmz', features: [{ name: '东岸', check: { ok: true, site: { geometry: { type: 'MultiPolygon' } } } }, { name: 'bad', check: { ok: false } }] })
  })

  it('a truncated KMZ answers as damaged instead of hanging', async () => {
    const kmz = zipFiles([{ name: 'doc.kml', bytes: enc.encode(kml(placemark('a', ring(113.3, 22.5, 0.01)))), deflate: true }])
    const outcome = await parseUploadInWorker({ fileName: 'survey.kmz', bytes: kmz.subarray(0, kmz.length - 40), maxSiteAreaHa: 10_000 })
    expect(outcome).toEqual({ ok: false, error: { en: 'The zip archive is damaged and cannot be opened.', zh: '压缩包已损坏，无法打开。' } })
  })

  it('a file whose parsing outlasts the time limit is stopped and refused as too complex', async () => {
    // 4,000 placemarks of 200 positions each (~5 MB of KML): seconds of XML and kink checks, far beyond 20 ms.
    const circle = (lon: number, lat: number) =>
      Array.from({ length: 200 }, (_, k) => {
        const a = (2 * Math.PI * (k % 199)) / 199
        return `${(lon + 0.005 * Math.cos(a)).toFixed(7)},${(lat + 0.005 * Math.sin(a)).toFixed(7)}`
      }).join(' ')
    const body = Array.from({ length: 4000 }, (_, i) => placemark(`p${i}`, circle(110 + (i % 100) * 0.02, 20 + Math.floor(i / 100) * 0.02))).join('')
    const outcome = await parseUploadInWorker({ fileName: 'big.kml', bytes: enc.encode(kml(body)), maxSiteAreaHa: 10_000 }, 20)
    expect(outcome).toEqual({
      ok: false,
      limit: true,
      error: {
        en: 'Reading and checking the file took more than 0.02 s and was stopped. Split it into smaller files or simplify the shapes.',
        zh: '读取和检查该文件超过 0.02 秒，已停止。请拆分为较小的文件或简化图形。',
      },
    })
  })

  it('more uploads at once than parsing threads all get their own answer, in any order', async () => {
    const uploads = Array.from({ length: MAX_PARALLEL_PARSES + 3 }, (_, i) => {
      const name = `地块 ${i}`
      const kmz = zipFiles([{ name: 'doc.kml', bytes: enc.encode(kml(placemark(name, ring(113.3 + i * 0.02, 22.5, 0.01)))), deflate: true }])
      // Every other one truncated: a failing upload must pass its turn on too.
      return parseUploadInWorker({ fileName: 'survey.kmz', bytes: i % 2 ? kmz.subarray(0, kmz.length - 40) : kmz, maxSiteAreaHa: 10_000 })
    })
    const outcomes = await Promise.all(uploads)
    outcomes.forEach((outcome, i) => {
      if (i % 2) expect(outcome).toMatchObject({ ok: false, error: { en: 'The zip archive is damaged and cannot be opened.' } })
      else expect(outcome).toMatchObject({ ok: true, features: [{ name: `地块 ${i}`, check: { ok: true } }] })
    })
  })
})
