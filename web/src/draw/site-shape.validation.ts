import {
  ValidateMaxAreaSquareMeters,
  ValidateMinAreaSquareMeters,
  ValidateNotSelfIntersecting,
  ValidationReasons,
  type GeoJSONStoreFeatures,
  type TerraDrawExtend,
} from 'terra-draw'
import type { MessageKey } from '../i18n/en.ts'
import type { MessageParams } from '../i18n/translate.ts'

type Validation = NonNullable<TerraDrawExtend.BaseModeOptions<Record<string, never>>['validation']>
type Verdict = ReturnType<Validation>

const M2_PER_HA = 10_000

/**
 * 0.01 ha and 10,000 ha: the server's limits (api/geo/geometry-limits.ts
 * MIN_SITE_AREA_HA and the default MAX_SITE_AREA_HA). The server stays the
 * judge; checking here only spares a round trip for an obvious slip.
 */
export const SITE_LIMITS = { minAreaHa: 0.01, maxAreaHa: 10_000 }

export type ShapeMessage = { key: MessageKey; params?: MessageParams }

/** The UI message for a terra-draw validation reason. */
export function messageForReason(reason: string | undefined, limits = SITE_LIMITS): ShapeMessage {
  if (reason === ValidationReasons.ValidationReasonFeatureSelfIntersects) return { key: 'Draw.SelfIntersects' }
  if (reason === ValidationReasons.ValidationReasonFeatureLessThanMinSize) return { key: 'Draw.TooSmall', params: { min: limits.minAreaHa } }
  if (reason === 'Feature is larger than the maximum area') return { key: 'Draw.TooLarge', params: { max: limits.maxAreaHa } }
  return { key: 'Draw.Invalid' }
}

/**
 * The polygon mode's validation: no check while the user is still moving the
 * pointer (`provisional`), so a gesture is never blocked half-way. When a
 * corner is committed (`commit`) or the outline closed (`finish`), the ring
 * must not cross itself and must stay below the largest site (style.md §15).
 * The smallest area is checked on `finish` only: while corners are still
 * being added, a thin ring of two or three corners is normal.
 * `onRefused` hears why a shape was refused.
 */
export function siteShapeValidation(onRefused: (message: ShapeMessage) => void, limits = SITE_LIMITS): Validation {
  return (feature: GeoJSONStoreFeatures, context): Verdict => {
    const type = String(context.updateType)
    if (type === 'provisional') return { valid: true }
    const checks: Verdict[] = [
      ValidateNotSelfIntersecting(feature),
      ValidateMaxAreaSquareMeters(feature, limits.maxAreaHa * M2_PER_HA),
      ...(type === 'finish' ? [ValidateMinAreaSquareMeters(feature, limits.minAreaHa * M2_PER_HA)] : []),
    ]
    const failed = checks.find((c) => !c.valid)
    if (failed) {
      onRefused(messageForReason(failed.reason, limits))
      return failed
    }
    return { valid: true }
  }
}
