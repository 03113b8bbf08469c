import { getMethodology } from '../../methodologies/index.ts'
import type { CheckDeps, CheckedProject } from './check-deps.ts'
import { coastPositions, COAST_TOLERANCE_M } from './coast-position.ts'
import type { ProjectCheck } from './project-check.schema.ts'

/** Sink types whose methodologies (mangrove afforestation, tidal wetland restoration) need sites in the intertidal zone. */
const INTERTIDAL_SINK_TYPES: ReadonlySet<string> = new Set(['mangrove', 'wetland'])

/** The project's sink type is the one its methodology credits; no methodology chosen is a fail (nothing can be estimated or issued). */
export function sinkTypeCheck(project: CheckedProject): ProjectCheck {
  const methodology = project.methodologyId ? getMethodology(project.methodologyId) : undefined
  const evidence = { projectSinkType: project.sinkType, methodologyId: project.methodologyId, methodologySinkType: methodology?.sinkType ?? null }
  if (!methodology) {
    return { id: 'methodology_sink_type', status: 'fail', message: { en: 'The project names no known methodology.', zh: '项目未指定有效的方法学。' }, evidence }
  }
  if (methodology.sinkType !== project.sinkType) {
    return {
      id: 'methodology_sink_type',
      status: 'fail',
      message: { en: `The methodology ${methodology.id} credits ${methodology.sinkType} sinks, but the project is ${project.sinkType}.`, zh: `方法学 ${methodology.id} 适用于 ${methodology.sinkType} 碳汇，而项目类型为 ${project.sinkType}。` },
      evidence,
    }
  }
  return { id: 'methodology_sink_type', status: 'pass', message: { en: `The methodology ${methodology.id} credits ${project.sinkType} sinks, as the project is.`, zh: `方法学 ${methodology.id} 适用于项目的碳汇类型 ${project.sinkType}。` }, evidence }
}

/**
 * For mangrove and tidal-wetland methodologies: every site near the coastline of
 * the shipped land layer (within COAST_TOLERANCE_M). A site wholly inland or
 * wholly offshore is a warn, not a fail: the layer is generalised, and the
 * reviewer decides with the survey in the documents.
 */
export async function intertidalCheck(deps: CheckDeps, project: CheckedProject): Promise<ProjectCheck | null> {
  const methodology = project.methodologyId ? getMethodology(project.methodologyId) : undefined
  const sinkType = methodology?.sinkType ?? project.sinkType
  if (!INTERTIDAL_SINK_TYPES.has(sinkType)) return null
  const positions = await coastPositions(deps.sql, project.siteIds, deps.landFile)
  const misplaced = positions.filter((p) => p.position !== 'intertidal')
  const evidence = { toleranceM: COAST_TOLERANCE_M, sites: positions }
  if (!positions.length) {
    return { id: 'methodology_intertidal', status: 'warn', message: { en: 'The project has no sites to place against the coastline.', zh: '项目尚无地块，无法判断是否位于潮间带。' }, evidence }
  }
  if (misplaced.length) {
    const inland = misplaced.filter((p) => p.position === 'inland').length
    const offshore = misplaced.length - inland
    return {
      id: 'methodology_intertidal',
      status: 'warn',
      message: {
        en: `${misplaced.length} of ${positions.length} site(s) lie outside the intertidal zone (${inland} wholly inland, ${offshore} wholly offshore, farther than ${COAST_TOLERANCE_M} m from the coastline).`,
        zh: `${positions.length} 个地块中有 ${misplaced.length} 个不在潮间带（${inland} 个完全位于内陆，${offshore} 个完全位于海上，距海岸线超过 ${COAST_TOLERANCE_M} 米）。`,
      },
      evidence,
    }
  }
  return { id: 'methodology_intertidal', status: 'pass', message: { en: `All ${positions.length} site(s) lie in the intertidal zone.`, zh: `全部 ${positions.length} 个地块均位于潮间带。` }, evidence }
}
