import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { touchProject } from '../../db/queries/projects.ts'
import { listStrata } from '../../db/queries/site-strata.ts'
import { findSite, insertSite } from '../../db/queries/sites.ts'
import { unsafeTextCode, unsafeTextError } from '../../http/unsafe-text.ts'
import { ApiError, type FieldError } from '../../errors/api-error.ts'
import { claimsLand, overlapViewer } from '../../overlaps/overlap-policy.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem, problemResponse } from '../../http/problem-responses.ts'
import { parseUploadInWorker } from '../../import/parse-upload-in-worker.ts'
import { withoutExtension } from '../../import/zip-entries.ts'
import { issuesToFieldErrors } from '../../geo/geometry-problem.ts'
import { postgisIssues, type PreparedSite } from '../../sites/prepare-site.ts'
import { siteWithOverlapsSchema } from '../sites/schema.ts'
import { overlapReports } from '../../overlaps/overlap-check.ts'
import { toSiteResponse } from '../../sites/site-response.ts'
import { lockClaimedLand } from '../../overlaps/land-lock.ts'
import { assertWritableProject, lockEditableProject } from '../../projects/project-access.ts'
import { projectIdParam } from './schema.ts'

/** One upload becomes at most this many sites; more is a file meant for GIS, not for one project. */
export const MAX_IMPORT_FEATURES = 2000

const uploadBody = z
  .object({
    file: z.instanceof(File, { error: 'Attach the file as the multipart/form-data field "file"' }).openapi({ type: 'string', format: 'binary', description: 'GeoJSON, KML, KMZ or a zipped Shapefile (.shp + .dbf + .prj).' }),
  })
  .strict()

const rejectedSchema = z.object({
  index: z.number().int().openapi({ description: 'Position of the feature in the file (0-based).' }),
  name: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
})

const route = createRoute({
  method: 'post',
  path: '/{projectId}/sites/import',
  tags: ['Sites'],
  summary: 'Import sites from GeoJSON, KML/KMZ or a zipped Shapefile (multipart field `file`)',
  description:
    'Each feature is validated like a drawn site; the valid ones are stored (one transaction) and the others listed in `rejected` with their errors. 400 `import_failed` when none is valid (`errors` paths are `features[i].…`), 400 `invalid_upload` when the file cannot be read (e.g. a zip without .shp, a damaged zip, or a .prj that cannot be reprojected), 422 `upload_too_complex` when it exceeds a safety limit (archive entries, inflated size, compression ratio, parsing time or memory), 413 above the body limit.',
  request: { params: projectIdParam, body: { required: true, content: { 'multipart/form-data': { schema: uploadBody } } } },
  responses: {
    200: {
      description: 'At least one feature was imported',
      content: {
        'application/json': {
          schema: z.object({ format: z.string(), imported: z.array(siteWithOverlapsSchema), rejected: z.array(rejectedSchema) }).openapi('SiteImportResult'),
        },
      },
    },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
    422: problemResponse('`upload_too_complex`: the file exceeds a safety limit on entries, inflated size, compression ratio, parsing time or memory.'),
  },
})

export function registerImportSites(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const { file } = c.req.valid('form')
    const { sql, now, config } = c.var.services
    const locale = c.get('locale')
    const at = now()
    const bytes = new Uint8Array(await file.arrayBuffer())
    const fileName = file.name || 'upload'

    // Who may write comes before anything about the file; reading and checking
    // the file happen outside the transaction so they do not hold the database.
    await assertWritableProject(sql, user, projectId)
    // Parsed and checked in a worker thread with a time and memory limit: a hostile file costs that thread, never the event loop.
    const read = await parseUploadInWorker({ fileName, bytes, maxSiteAreaHa: config.maxSiteAreaHa })
    if (!read.ok) throw new ApiError(read.limit ? 'upload_too_complex' : 'invalid_upload', { params: read.error })
    if (!read.features.length) throw new ApiError('invalid_upload', { params: { en: 'The file holds no feature.', zh: '文件中没有任何要素。' } })
    if (read.features.length > MAX_IMPORT_FEATURES) {
      throw new ApiError('invalid_upload', {
        params: { en: `The file holds ${read.features.length} features; at most ${MAX_IMPORT_FEATURES} can be imported at once.`, zh: `文件包含 ${read.features.length} 个要素；一次最多导入 ${MAX_IMPORT_FEATURES} 个。` },
      })
    }
    const stem = withoutExtension(fileName).slice(0, 150)
    const rejected: { index: number; name?: string; errors: FieldError[] }[] = []
    const valid: { index: number; name: string; site: PreparedSite }[] = []
    read.features.forEach((f, index) => {
      // A name read from the file is text like any other: NUL or a half surrogate pair cannot be stored.
      const badName = f.name === undefined ? null : unsafeTextCode(f.name)
      if (badName) {
        rejected.push({ index, errors: [unsafeTextError('name', badName, locale)] })
        return
      }
      const checked = f.check
      if (checked.ok) valid.push({ index, name: f.name ?? `${stem} ${index + 1}`, site: checked.site })
      else rejected.push({ index, ...(f.name ? { name: f.name } : {}), errors: issuesToFieldErrors(checked.issues, locale) })
    })

    const result = await sql.begin(async (tx) => {
      const project = await lockEditableProject(tx, user, projectId)
      if (claimsLand(project.status)) await lockClaimedLand(tx, { geometries: valid.map((v) => v.site.geometry) })
      const verdicts = await postgisIssues(tx, valid.map((v) => v.site))
      const accepted = valid.filter((v, i) => {
        const issues = verdicts[i]!
        if (issues.length) rejected.push({ index: v.index, name: v.name, errors: issuesToFieldErrors(issues, locale) })
        return !issues.length
      })
      rejected.sort((a, b) => a.index - b.index)

      if (!accepted.length) {
        const errors = rejected.flatMap((r) => r.errors.map((e) => ({ ...e, path: `features[${r.index}].${e.path}` })))
        throw new ApiError('import_failed', { params: { count: read.features.length }, errors })
      }

      const ids: string[] = []
      for (const v of accepted) {
        ids.push(await insertSite(tx, { projectId, name: v.name, nameEn: null, geometry: v.site.geometry, areaHa: v.site.areaHa.toFixed(4) }, at))
      }
      await touchProject(tx, projectId, at)
      await appendAuditEvent(
        tx,
        { actorUserId: user.id, action: 'site.import', subjectType: 'project', subjectId: projectId, payload: { fileName, format: read.format, siteIds: ids, rejected: rejected.length } },
        at,
      )
      const rows = []
      for (const id of ids) rows.push(await findSite(tx, id))
      const strata = await listStrata(tx, ids)
      const viewer = overlapViewer(user, locale)
      const reports = await overlapReports(tx, rows.map((r) => ({ id: r!.id, areaHa: Number(r!.areaHa) })), viewer, config.maxOverlapShare)
      const imported = rows.map((r) => ({ ...toSiteResponse(r!, strata), ...reports.get(r!.id)! }))
      return { format: read.format ?? 'unknown', imported, rejected }
    })
    return c.json(result, 200)
  })
}
