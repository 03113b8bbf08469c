import { getMethodology, methodologies } from '../../methodologies/index.ts'
import { isAreaBased, toCsv } from './csv.ts'
import type { AreaBasedLike } from './csv.ts'
import { sitesFromGeoJson } from './sites.ts'

export type EstimateArgs = {
  methodologyId: string
  params: unknown
  /** Parsed GeoJSON of --sites, if given. */
  sites?: unknown
  format: 'json' | 'csv'
}

/** What the command prints and returns; main.ts does the I/O. */
export type CommandOutcome = { exitCode: number; stdout: string; stderr: string[] }

type Issue = { path: PropertyKey[]; message: string; params?: { zh?: string } }

function describeIssues(where: string, issues: Issue[]): string[] {
  return issues.map((i) => {
    const path = i.path.map(String).join('.') || '(root)'
    const zh = i.params?.zh ? ` / ${i.params.zh}` : ''
    return `  ${where}${path}: ${i.message}${zh}`
  })
}

/**
 * Validates the params (and each site) with the methodology's own spec,
 * computes, and formats. Every input problem is reported before anything is
 * computed, so a bad batch prints no partial output.
 */
export function runEstimateCommand(args: EstimateArgs, progress: (line: string) => void): CommandOutcome {
  const m = getMethodology(args.methodologyId)
  if (!m) {
    const known = methodologies.map((x) => x.id).join(', ')
    return { exitCode: 2, stdout: '', stderr: [`error: unknown methodology '${args.methodologyId}'. Known: ${known}`] }
  }
  if (typeof args.params !== 'object' || args.params === null || Array.isArray(args.params)) {
    return { exitCode: 2, stdout: '', stderr: ['error: the params file must hold a JSON object'] }
  }
  const base = args.params as Record<string, unknown>
  let runs: { label: string; params: Record<string, unknown> }[] = [{ label: '', params: base }]
  if (args.sites !== undefined) {
    const sites = sitesFromGeoJson(args.sites, base)
    if (!sites.ok) return { exitCode: 2, stdout: '', stderr: [`error: ${sites.message}`] }
    runs = sites.sites
  }

  const parsed: { label: string; input: unknown }[] = []
  const errors: string[] = []
  for (const run of runs) {
    const r = m.input.safeParse(run.params)
    if (r.success) parsed.push({ label: run.label, input: r.data })
    else errors.push(...describeIssues(run.label === '' ? '' : `site ${run.label}: `, r.error.issues as Issue[]))
  }
  if (errors.length > 0) {
    return { exitCode: 2, stdout: '', stderr: [`error: invalid input for ${m.id}:`, ...errors] }
  }

  const results = parsed.map((p, i) => {
    if (args.sites !== undefined) progress(`estimate ${i + 1}/${parsed.length}: site ${p.label}`)
    return { site: p.label, result: m.compute(p.input) as unknown }
  })

  if (args.format === 'csv') {
    if (!results.every((r) => isAreaBased(r.result))) {
      return { exitCode: 2, stdout: '', stderr: [`error: --format csv needs an area-based methodology; ${m.id} is '${m.kind}'`] }
    }
    return { exitCode: 0, stdout: toCsv(results as { site: string; result: AreaBasedLike }[]), stderr: [] }
  }
  const body = args.sites === undefined ? results[0]!.result : results.map((r) => r.result)
  return { exitCode: 0, stdout: `${JSON.stringify(body, null, 2)}\n`, stderr: [] }
}
