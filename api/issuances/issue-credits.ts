import type { Sql } from '../db/client.ts'
import { lockProject } from '../db/queries/projects.ts'
import { ApiError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'
import { appendLedgerAudit } from '../ledger/ledger-audit.ts'
import { allocateSerials } from '../ledger/serial-counter.ts'
import { insertIssuedBlock } from '../ledger/serial-blocks.ts'
import { bufferAccountId } from './buffer-account.ts'
import { bufferQuantityTco2e, projectBufferRatio } from './buffer-ratio.ts'
import type { CorrespondingAdjustment } from './issuance-rows.ts'
import { ensureProjectRegistryCode } from './registry-code.ts'
import { assertVerificationDocument } from './verification-document.ts'

export type IssuanceRequest = {
  projectId: string
  monitoringFrom: string
  monitoringTo: string
  vintage: number
  verifiedTco2e: number
  verifier: string
  verificationDocumentId: string
  correspondingAdjustment: CorrespondingAdjustment
}

const STATUS_ZH: Record<string, string> = { draft: '草稿', submitted: '已提交', under_review: '审核中', changes_requested: '需修改', rejected: '已驳回' }

/**
 * Issues verified credits in one transaction: checks the project is
 * registered and the monitoring period not yet issued (the project row lock
 * makes concurrent identical requests take turns, so exactly one wins),
 * reserves serials, and creates two blocks — the owner's share (held by the
 * project's organisation) on the lower serials, the buffer share (held by the
 * platform buffer account) on the upper ones — plus one audit event.
 * Returns the new issuance id.
 */
export async function issueCredits(tx: Sql, req: IssuanceRequest, actor: { userId: string; at: Date; locale: Locale }): Promise<string> {
  const project = await lockProject(tx, req.projectId)
  if (!project) throw new ApiError('not_found', { params: { resource: 'project', resourceZh: '项目' } })
  if (project.status !== 'registered') throw new ApiError('project_not_registered', { params: { status: project.status, statusZh: STATUS_ZH[project.status] ?? project.status } })
  await assertVerificationDocument(tx, req.projectId, req.verificationDocumentId, actor.locale)

  const [taken]: [{ id: string }?] = await tx`
    SELECT id FROM issuances
    WHERE project_id = ${req.projectId} AND monitoring_from <= ${req.monitoringTo}::date AND monitoring_to >= ${req.monitoringFrom}::date
    LIMIT 1`
  if (taken) throw new ApiError('issuance_period_taken', { params: { from: req.monitoringFrom, to: req.monitoringTo, issuanceId: taken.id } })

  const bufferRatio = await projectBufferRatio(tx, req.projectId)
  if (bufferRatio === null) throw new ApiError('buffer_estimate_missing')
  const bufferTco2e = await bufferQuantityTco2e(tx, req.verifiedTco2e, bufferRatio)
  const ownerTco2e = req.verifiedTco2e - bufferTco2e

  const registryCode = await ensureProjectRegistryCode(tx, req.projectId)
  const { firstSerial, lastSerial } = await allocateSerials(tx, req.verifiedTco2e)
  const [issuance] = await tx<{ id: string }[]>`
    INSERT INTO issuances (project_id, monitoring_from, monitoring_to, vintage, verified_tco2e, verifier, verification_document_id,
                           buffer_ratio, buffer_tco2e, owner_tco2e, first_serial, last_serial, corresponding_adjustment, created_by, created_at)
    VALUES (${req.projectId}, ${req.monitoringFrom}::date, ${req.monitoringTo}::date, ${req.vintage}, ${req.verifiedTco2e}, ${req.verifier},
            ${req.verificationDocumentId}, ${bufferRatio}::numeric, ${bufferTco2e}, ${ownerTco2e}, ${firstSerial}, ${lastSerial},
            ${req.correspondingAdjustment}, ${actor.userId}, ${actor.at})
    RETURNING id`
  const issuanceId = issuance!.id
  const base = { projectId: req.projectId, vintage: req.vintage, issuanceId }
  const eventIds: string[] = []
  const blocks: Record<string, unknown>[] = []
  if (ownerTco2e > 0) {
    const owner = { ...base, firstSerial, lastSerial: firstSerial + ownerTco2e - 1, holderOrganisationId: project.organisationId, state: 'held' as const }
    eventIds.push((await insertIssuedBlock(tx, owner, actor.at)).eventId)
    blocks.push({ holder: owner.holderOrganisationId, state: owner.state, range: [owner.firstSerial, owner.lastSerial] })
  }
  if (bufferTco2e > 0) {
    const buffer = { ...base, firstSerial: firstSerial + ownerTco2e, lastSerial, holderOrganisationId: await bufferAccountId(tx), state: 'buffer' as const }
    eventIds.push((await insertIssuedBlock(tx, buffer, actor.at)).eventId)
    blocks.push({ holder: buffer.holderOrganisationId, state: buffer.state, range: [buffer.firstSerial, buffer.lastSerial] })
  }
  await appendLedgerAudit(
    tx,
    {
      actorUserId: actor.userId,
      action: 'issuance.create',
      subjectType: 'issuance',
      subjectId: issuanceId,
      payload: { ...req, registryCode, bufferRatio, bufferTco2e, ownerTco2e, serials: [firstSerial, lastSerial], blocks },
    },
    eventIds,
    actor.at,
  )
  return issuanceId
}
