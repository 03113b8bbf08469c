import { ApiError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'

/** A SQL `numeric(precision, scale)` column, as declared in api/db/migrations. */
export type NumericColumn = { precision: number; scale: number }

/**
 * Whether `value`, rounded to the column's scale, fits it: below 10^(precision − scale)
 * in magnitude and finite. `toFixed` is what the insert sends, so this is the same rounding.
 *
 * @example fitsNumeric(1e18, { precision: 20, scale: 2 }) // false: numeric(20,2) holds < 10^18
 */
export function fitsNumeric(value: number, column: NumericColumn): boolean {
  return Number.isFinite(value) && Math.abs(Number(value.toFixed(column.scale))) < 10 ** (column.precision - column.scale)
}

/**
 * Refuses a computed value its column cannot hold (PostgreSQL would answer
 * `numeric field overflow`, a 500) as a 400 at the path of the input that drives it.
 * @throws ApiError `validation_failed`
 */
export function assertStorable(
  values: { value: number; column: NumericColumn; label: string }[],
  path: string,
  locale: Locale,
): void {
  const bad = values.filter((v) => !fitsNumeric(v.value, v.column))
  if (bad.length === 0) return
  const errors = bad.map(({ value, column, label }) => {
    const limit = `10^${column.precision - column.scale}`
    return {
      path,
      code: 'not_storable',
      message:
        locale === 'zh'
          ? `计算结果 ${label} = ${value} 超出可存储范围（绝对值须小于 ${limit}）；请检查输入的数量与单价`
          : `The result ${label} = ${value} is outside what can be stored (magnitude below ${limit}); check the quantities and prices given`,
    }
  })
  throw new ApiError('validation_failed', { params: { count: errors.length }, errors })
}
