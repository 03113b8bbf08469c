import type { Sql } from '../client.ts'

export type CollateralValuationRow = {
  id: string
  organisationId: string
  projectId: string | null
  modelId: string
  modelVersion: string
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  basis: Record<string, unknown>
  inputsHash: string
  contentHash: string
  expectedValueFen: string
  maxLoanFen: string
  createdBy: string
  createdAt: Date
}

const columns = (sql: Sql) => sql`
  id, organisation_id AS "organisationId", project_id AS "projectId", model_id AS "modelId", model_version AS "modelVersion",
  inputs, outputs, basis, inputs_hash AS "inputsHash", content_hash AS "contentHash",
  expected_value_fen::text AS "expectedValueFen", max_loan_fen::text AS "maxLoanFen", created_by AS "createdBy", created_at AS "createdAt"`

export async function insertCollateralValuation(
  sql: Sql,
  v: {
    organisationId: string
    projectId: string | null
    modelId: string
    modelVersion: string
    inputs: unknown
    outputs: unknown
    basis: unknown
    inputsHash: string
    contentHash: string
    expectedValueFen: number
    maxLoanFen: number
    createdBy: string
  },
): Promise<CollateralValuationRow> {
  const [row] = await sql<CollateralValuationRow[]>`
    INSERT INTO collateral_valuations (organisation_id, project_id, model_id, model_version, inputs, outputs, basis,
                                       inputs_hash, content_hash, expected_value_fen, max_loan_fen, created_by)
    VALUES (${v.organisationId}, ${v.projectId}, ${v.modelId}, ${v.modelVersion}, ${sql.json(v.inputs as never)},
            ${sql.json(v.outputs as never)}, ${sql.json(v.basis as never)}, ${v.inputsHash}, ${v.contentHash},
            ${String(v.expectedValueFen)}, ${String(v.maxLoanFen)}, ${v.createdBy})
    RETURNING ${columns(sql)}`
  return row!
}

export async function findCollateralValuation(sql: Sql, id: string): Promise<CollateralValuationRow | undefined> {
  const [row]: [CollateralValuationRow?] = await sql`SELECT ${columns(sql)} FROM collateral_valuations WHERE id = ${id}`
  return row
}
