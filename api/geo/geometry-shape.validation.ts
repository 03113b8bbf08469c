import { formatLonLat, indexPath, type GeometryIssue, type LonLat } from './geometry-issue.ts'

export type Ring = LonLat[]
/** Polygons as rings (shell first, then holes): the coordinates of a MultiPolygon. */
export type Parts = Ring[][]

export type ShapeResult = {
  /** Set when the structure is sound: every polygon as shell + holes, 2D, consecutive duplicates removed. */
  parts?: Parts
  /** Whether the input was a MultiPolygon (paths then carry the polygon index). */
  multi: boolean
  vertexCount: number
  issues: GeometryIssue[]
}

/** More issues than this in one geometry help nobody; the rest are summarised. */
const MAX_ISSUES = 20

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/**
 * Reads an untrusted GeoJSON Polygon or MultiPolygon and checks its structure:
 * nesting, positions, longitude/latitude ranges, closed rings of at least 4
 * positions, and the vertex limit. Returns the normalised parts (altitude
 * dropped, repeated consecutive positions removed) only when nothing is wrong.
 *
 * @param input anything parsed from JSON
 * @param path field path of the geometry in the request, e.g. `geometry`
 * @param maxVertices the most positions allowed
 */
export function readGeometryShape(input: unknown, path: string, maxVertices: number): ShapeResult {
  const issues: GeometryIssue[] = []
  const fail = (multi = false): ShapeResult => ({ multi, vertexCount: 0, issues })

  if (input === undefined || input === null) {
    issues.push({ path, code: 'geometry_missing', message: { en: 'A geometry is required (a GeoJSON Polygon or MultiPolygon).', zh: '缺少几何图形（应为 GeoJSON Polygon 或 MultiPolygon）。' } })
    return fail()
  }
  if (typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ path, code: 'geometry_type', message: { en: 'The geometry must be a GeoJSON object with "type" and "coordinates".', zh: '几何图形应为包含 “type” 和 “coordinates” 的 GeoJSON 对象。' } })
    return fail()
  }
  const { type, coordinates } = input as { type?: unknown; coordinates?: unknown }
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    const got = typeof type === 'string' ? type : String(type)
    const hint = type === 'Feature' || type === 'FeatureCollection'
      ? { en: ' Send the geometry of the feature, or use the import endpoint for files.', zh: '请发送要素中的 geometry，或使用导入接口上传文件。' }
      : { en: '', zh: '' }
    issues.push({
      path: `${path}.type`,
      code: 'geometry_type',
      message: {
        en: `Geometry type "${got}" is not accepted: a site is a Polygon or MultiPolygon.${hint.en}`,
        zh: `不接受几何类型 “${got}”：地块应为 Polygon 或 MultiPolygon。${hint.zh}`,
      },
    })
    return fail()
  }
  const multi = type === 'MultiPolygon'
  const base = `${path}.coordinates`
  if (!Array.isArray(coordinates)) {
    issues.push({ path: base, code: 'coordinates_invalid', message: { en: '"coordinates" must be an array.', zh: '“coordinates” 应为数组。' } })
    return fail(multi)
  }
  const polygons = multi ? coordinates : [coordinates]
  if (polygons.length === 0 || (!multi && coordinates.length === 0)) {
    issues.push({ path: base, code: 'geometry_empty', message: { en: 'The geometry has no polygon.', zh: '几何图形中没有多边形。' } })
    return fail(multi)
  }

  const parts: Parts = []
  let vertexCount = 0
  polygons.forEach((polygon: unknown, p) => {
    const polygonIdx = multi ? [p] : []
    if (!Array.isArray(polygon) || polygon.length === 0) {
      issues.push({ path: indexPath(base, ...polygonIdx), code: 'coordinates_invalid', message: { en: 'A polygon must be a non-empty array of rings.', zh: '多边形应为非空的环数组。' } })
      return
    }
    const rings: Ring[] = []
    polygon.forEach((ring: unknown, r) => {
      const ringPath = indexPath(base, ...polygonIdx, r)
      const read = readRing(ring, ringPath, ringName(multi, p, r))
      issues.push(...read.issues)
      vertexCount += read.count
      if (read.ring) rings.push(read.ring)
    })
    parts.push(rings)
  })

  if (vertexCount > maxVertices) {
    issues.push({
      path,
      code: 'too_many_vertices',
      message: {
        en: `The geometry has ${vertexCount} positions; at most ${maxVertices} are allowed. Simplify it first.`,
        zh: `几何图形有 ${vertexCount} 个坐标点，最多允许 ${maxVertices} 个，请先简化。`,
      },
    })
  }
  if (issues.length > MAX_ISSUES) {
    const more = issues.length - MAX_ISSUES
    issues.length = MAX_ISSUES
    issues.push({ path, code: 'coordinates_invalid', message: { en: `…and ${more} more problems.`, zh: `……另有 ${more} 处问题。` } })
  }
  return issues.length ? { multi, vertexCount, issues } : { parts, multi, vertexCount, issues }
}

/** Human names for a ring, used in messages: "ring 0 (outer boundary) of polygon 2". */
function ringName(multi: boolean, p: number, r: number): { en: string; zh: string } {
  const kindEn = r === 0 ? 'outer boundary' : `hole ${r}`
  const kindZh = r === 0 ? '外边界' : `第 ${r} 个内洞`
  return multi ? { en: `the ${kindEn} of polygon ${p}`, zh: `第 ${p} 个多边形的${kindZh}` } : { en: `the ${kindEn}`, zh: kindZh }
}

type RingRead = { ring?: Ring; count: number; issues: GeometryIssue[] }

function readRing(ring: unknown, ringPath: string, name: { en: string; zh: string }): RingRead {
  const issues: GeometryIssue[] = []
  if (!Array.isArray(ring)) {
    issues.push({ path: ringPath, code: 'coordinates_invalid', message: { en: `${cap(name.en)} must be an array of positions.`, zh: `${name.zh}应为坐标点数组。` } })
    return { count: 0, issues }
  }
  const positions: LonLat[] = []
  let badLon: { index: number; value: number; count: number } | undefined
  let badLat: { index: number; value: number; count: number; lon: number } | undefined
  ring.forEach((pos: unknown, i) => {
    const posPath = `${ringPath}[${i}]`
    if (!Array.isArray(pos) || pos.length < 2 || !isNumber(pos[0]) || !isNumber(pos[1])) {
      if (issues.length < MAX_ISSUES) {
        issues.push({
          path: posPath,
          code: 'position_invalid',
          message: { en: 'A position must be [longitude, latitude] with two finite numbers.', zh: '坐标点应为 [经度, 纬度]，两个有限数值。' },
        })
      }
      return
    }
    const [lon, lat] = pos as [number, number]
    if (lon < -180 || lon > 180) badLon = badLon ? { ...badLon, count: badLon.count + 1 } : { index: i, value: lon, count: 1 }
    if (lat < -90 || lat > 90) badLat = badLat ? { ...badLat, count: badLat.count + 1 } : { index: i, value: lat, count: 1, lon }
    positions.push([lon, lat])
  })
  if (badLon || badLat) issues.push(...rangeIssues(ringPath, badLon, badLat))
  if (issues.length) return { count: ring.length, issues }

  if (positions.length < 4) {
    issues.push({
      path: ringPath,
      code: 'ring_too_short',
      message: {
        en: `${cap(name.en)} has ${positions.length} positions; a closed ring needs at least 4 (3 corners and the first repeated at the end).`,
        zh: `${name.zh}只有 ${positions.length} 个坐标点；闭合环至少需要 4 个（3 个顶点，末点重复首点）。`,
      },
    })
    return { count: ring.length, issues }
  }
  const first = positions[0]!
  const last = positions[positions.length - 1]!
  if (first[0] !== last[0] || first[1] !== last[1]) {
    issues.push({
      path: `${ringPath}[${positions.length - 1}]`,
      code: 'ring_not_closed',
      message: {
        en: `${cap(name.en)} is not closed: its last position (${formatLonLat(last)}) must repeat its first (${formatLonLat(first)}).`,
        zh: `${name.zh}未闭合：末点（${formatLonLat(last)}）应与首点（${formatLonLat(first)}）相同。`,
      },
      point: last,
    })
    return { count: ring.length, issues }
  }
  // Repeated consecutive positions add zero-length edges that self-intersection tests misread.
  const deduped = positions.filter((p, i) => i === 0 || p[0] !== positions[i - 1]![0] || p[1] !== positions[i - 1]![1])
  if (deduped.length < 4) {
    issues.push({
      path: ringPath,
      code: 'ring_degenerate',
      message: { en: `${cap(name.en)} has fewer than 3 distinct corners.`, zh: `${name.zh}的不同顶点少于 3 个。` },
      point: first,
    })
    return { count: ring.length, issues }
  }
  return { ring: deduped, count: ring.length, issues }
}

function rangeIssues(
  ringPath: string,
  badLon: { index: number; value: number; count: number } | undefined,
  badLat: { index: number; value: number; count: number; lon: number } | undefined,
): GeometryIssue[] {
  const out: GeometryIssue[] = []
  const worst = Math.max(Math.abs(badLon?.value ?? 0), Math.abs(badLat?.value ?? 0))
  // Metres of a projected system (UTM, Gauss–Krüger) run to hundreds of thousands.
  const hint =
    worst > 1000
      ? { en: ' These look like projected coordinates (metres); convert them to WGS84 longitude/latitude (EPSG:4326).', zh: '这些数值像是投影坐标（米），请转换为 WGS84 经纬度（EPSG:4326）。' }
      : badLat && !badLon && Math.abs(badLat.value) <= 180 && Math.abs(badLat.lon) <= 90
        ? { en: ' Longitude and latitude may be swapped: GeoJSON positions are [longitude, latitude].', zh: '经纬度可能写反了：GeoJSON 坐标顺序为 [经度, 纬度]。' }
        : { en: '', zh: '' }
  const more = (n: number) => (n > 1 ? { en: ` (${n} positions of this ring are out of range)`, zh: `（该环共有 ${n} 个坐标点超出范围）` } : { en: '', zh: '' })
  if (badLon) {
    out.push({
      path: `${ringPath}[${badLon.index}]`,
      code: 'longitude_out_of_range',
      message: {
        en: `Longitude ${badLon.value} is outside −180…180${more(badLon.count).en}.${hint.en}`,
        zh: `经度 ${badLon.value} 超出 −180…180 的范围${more(badLon.count).zh}。${hint.zh}`,
      },
    })
  }
  if (badLat) {
    out.push({
      path: `${ringPath}[${badLat.index}]`,
      code: 'latitude_out_of_range',
      message: {
        en: `Latitude ${badLat.value} is outside −90…90${more(badLat.count).en}.${badLon ? '' : hint.en}`,
        zh: `纬度 ${badLat.value} 超出 −90…90 的范围${more(badLat.count).zh}。${badLon ? '' : hint.zh}`,
      },
    })
  }
  return out
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
