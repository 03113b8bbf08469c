import type { Sql } from '../db/client.ts'
import { projectRegistryCode } from '../ledger/serial-format.ts'

/**
 * The project's code in serial numbers, assigned at its first issuance from
 * a sequence (codes are never reused, even after a rolled-back issuance).
 * Call with the project row locked, so two first issuances cannot race.
 */
export async function ensureProjectRegistryCode(tx: Sql, projectId: string): Promise<string> {
  const [existing]: [{ code: string }?] = await tx`SELECT code FROM project_registry_codes WHERE project_id = ${projectId}`
  if (existing) return existing.code
  const [seq] = await tx<{ n: string }[]>`SELECT nextval('project_registry_code_seq')::text AS n`
  const code = projectRegistryCode(Number(seq!.n))
  await tx`INSERT INTO project_registry_codes (project_id, code) VALUES (${projectId}, ${code})`
  return code
}
