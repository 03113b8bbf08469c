import { CH4_DEFAULTS } from './emission-factors.ts'
import type { TidalWetlandShape } from './spec.ts'

/** A refusal of an input combination that VM0033 v2.1 does not allow, at the path of the offending value. */
export type Vm0033Refusal = { path: (string | number)[]; message: { en: string; zh: string } }
type Rule = (input: TidalWetlandShape) => Vm0033Refusal | undefined

/** The soil-rate source the input selects, with the per-ecosystem default applied. */
export function selectedSoilRateSource(input: Pick<TidalWetlandShape, 'soilRateSource' | 'ecosystem' | 'soilCarbonAccumulationTcPerHaPerYear'>) {
  if (input.soilCarbonAccumulationTcPerHaPerYear !== undefined) return 'site-measured' as const
  return input.soilRateSource ?? (input.ecosystem === 'salt-marsh' ? ('vm0033-eq33' as const) : ('ipcc-wetlands-supplement' as const))
}

/** VM0033 §8.1.4.2.3: IPCC emission factors may be used "except for tidal marsh and mangrove systems". */
const ipccNotForTidalMarsh: Rule = (input) =>
  input.ecosystem === 'salt-marsh' && input.soilRateSource === 'ipcc-wetlands-supplement'
    ? {
        path: ['soilRateSource'],
        message: {
          en: 'VM0033 v2.1 §8.1.4.2.3 allows IPCC emission factors for soil CO2 "except for tidal marsh and mangrove systems": use the Eq. 33 default or a site-measured rate',
          zh: 'VM0033 v2.1 §8.1.4.2.3 规定土壤 CO2 可使用 IPCC 排放因子，但“潮汐盐沼和红树林系统除外”：请使用式 33 默认值或实测速率',
        },
      }
    : undefined

/** Eq. 33 is given "for tidal marsh and mangrove systems" only. */
const eq33NotForSeagrass: Rule = (input) =>
  input.ecosystem === 'seagrass' && input.soilRateSource === 'vm0033-eq33'
    ? {
        path: ['soilRateSource'],
        message: {
          en: 'VM0033 v2.1 Eq. 33 (§8.1.4.2.3) applies to tidal marsh and mangrove soils, not seagrass',
          zh: 'VM0033 v2.1 式 33（§8.1.4.2.3）仅适用于潮汐盐沼和红树林土壤，不适用于海草床',
        },
      }
    : undefined

/**
 * §8.1.4.2.3: "When using this default factor, a deduction for allochthonous carbon must be applied";
 * §8.1.4.2.7: the deduction is skipped only when the approach estimates autochthonous carbon directly
 * (for seagrass, fn 14: only with field-collected stock changes). A default rate therefore always
 * carries the deduction; only a site-measured rate may go without it.
 */
const deductionWithDefaults: Rule = (input) =>
  !input.applyAllochthonousDeduction && selectedSoilRateSource(input) !== 'site-measured'
    ? {
        path: ['applyAllochthonousDeduction'],
        message: {
          en: 'VM0033 v2.1 §8.1.4.2.3 and §8.1.4.2.7: a default soil rate must carry the allochthonous deduction; it may be turned off only for a site-measured autochthonous rate',
          zh: 'VM0033 v2.1 §8.1.4.2.3 与 §8.1.4.2.7：使用默认土壤速率时必须扣除外源碳；仅实测的原地（自生）碳速率可不扣除',
        },
      }
    : undefined

/**
 * The deduction needs the soil's %C. The only %C in the register is a Zhanjiang mangrove sediment (S22),
 * which is neither a marsh nor a seagrass soil, so there is no default: the value is required.
 */
const soilCarbonForDeduction: Rule = (input) =>
  input.applyAllochthonousDeduction && input.soilOrganicCarbonPercent === undefined
    ? {
        path: ['soilOrganicCarbonPercent'],
        message: {
          en: 'The allochthonous deduction (VM0033 v2.1 Eqs. 38–41, 45) needs the project soil %C: no sourced default exists for salt-marsh or seagrass soils, so give soilOrganicCarbonPercent',
          zh: '外源碳扣除（VM0033 v2.1 式 38–41、45）需要项目土壤 %C：盐沼和海草床土壤没有有出处的默认值，请填写 soilOrganicCarbonPercent',
        },
      }
    : undefined

const ch4BelowEighteenPpt: Rule = (input) =>
  CH4_DEFAULTS[input.salinity] === undefined && input.ch4EmissionTch4PerHaPerYear === undefined
    ? {
        path: ['ch4EmissionTch4PerHaPerYear'],
        message: {
          en: 'Below 18 ppt VM0033 v2.1 (Eqs. 60–61) gives no CH4 default: give ch4EmissionTch4PerHaPerYear',
          zh: '盐度低于 18 ppt 时 VM0033 v2.1（式 60–61）无 CH4 默认值：请填写 ch4EmissionTch4PerHaPerYear',
        },
      }
    : undefined

/** §8.2.3: the 3 t C/ha default is a herbaceous (marsh) stock; this calculator does not model seagrass biomass. */
const herbaceousMarshOnly: Rule = (input) =>
  input.includeHerbaceousBiomass && input.ecosystem === 'seagrass'
    ? {
        path: ['includeHerbaceousBiomass'],
        message: {
          en: 'The VM0033 v2.1 §8.2.3 herbaceous default is applied here to salt marsh only; seagrass biomass is not credited by this calculator',
          zh: '本计算器仅对盐沼适用 VM0033 v2.1 §8.2.3 草本默认值；不计入海草生物量',
        },
      }
    : undefined

/**
 * §8.2.3: "Where the carbon stock change in herbaceous vegetation is quantified in the project scenario,
 * it must also be quantified in the baseline scenario." The default is a stock; the creditable first-year
 * change is the stock at the project cover minus the stock at the pre-project cover.
 */
const herbaceousBaseline: Rule = (input) => {
  if (!input.includeHerbaceousBiomass || input.ecosystem === 'seagrass') return undefined
  if (input.baselineHerbaceousCoverPercent === undefined) {
    return {
      path: ['baselineHerbaceousCoverPercent'],
      message: {
        en: 'VM0033 v2.1 §8.2.3: a herbaceous stock change claimed in the project must also be quantified in the baseline: give baselineHerbaceousCoverPercent (0 for a bare flat)',
        zh: 'VM0033 v2.1 §8.2.3：项目情景申报草本储量变化时，基线情景也须量化：请填写 baselineHerbaceousCoverPercent（裸滩为 0）',
      },
    }
  }
  if (input.baselineHerbaceousCoverPercent > input.vegetationCoverPercent) {
    return {
      path: ['baselineHerbaceousCoverPercent'],
      message: {
        en: 'The pre-project herbaceous cover exceeds the project cover: no herbaceous gain can be claimed (leave includeHerbaceousBiomass off)',
        zh: '项目前草本覆盖度高于项目覆盖度：不能申报草本增量（请关闭 includeHerbaceousBiomass）',
      },
    }
  }
  return undefined
}

/** Every VM0033 v2.1 rule on the input, in the order the refusals are reported. */
export const VM0033_RULES: readonly Rule[] = [
  ipccNotForTidalMarsh,
  eq33NotForSeagrass,
  deductionWithDefaults,
  soilCarbonForDeduction,
  ch4BelowEighteenPpt,
  herbaceousMarshOnly,
  herbaceousBaseline,
]
