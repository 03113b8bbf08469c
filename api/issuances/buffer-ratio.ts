import type { Sql } from '../db/client.ts'

/**
 * The non-permanence buffer ratio (0–1, as decimal text) that applies to a
 * project's issuance: the highest `deductions.bufferRatio` among the latest
 * saved estimate of each of its sites. Highest, because the buffer protects
 * against reversal and a project is as exposed as its riskiest site. Null when
 * no latest estimate states one (e.g. a project never estimated with a
 * crediting methodology). Read as numeric from the JSON text, never as float,
 * and rounded to the 6 decimals the issuance keeps.
 */
export async function projectBufferRatio(tx: Sql, projectId: string): Promise<string | null> {
  const [row]: [{ ratio: string | null }?] = await tx`
    SELECT max(round((latest.outputs -> 'deductions' ->> 'bufferRatio')::numeric, 6))::text AS ratio
    FROM sites s
    CROSS JOIN LATERAL (
      SELECT e.outputs FROM site_estimates e WHERE e.site_id = s.id ORDER BY e.created_at DESC, e.id DESC LIMIT 1
    ) latest
    WHERE s.project_id = ${projectId}
      AND jsonb_typeof(latest.outputs -> 'deductions' -> 'bufferRatio') = 'number'
      AND (latest.outputs -> 'deductions' ->> 'bufferRatio')::numeric BETWEEN 0 AND 1`
  return row?.ratio ?? null
}

/**
 * Buffer credits of an issuance: verified × ratio rounded UP to whole tonnes,
 * in SQL numeric (no float), so the buffer is never short of its percentage.
 */
export async function bufferQuantityTco2e(tx: Sql, verifiedTco2e: number, bufferRatio: string): Promise<number> {
  const [row] = await tx<{ buffer: string }[]>`SELECT ceil(${verifiedTco2e}::numeric * ${bufferRatio}::numeric)::text AS buffer`
  return Number(row!.buffer)
}
