import { z } from 'zod'
import { citationSchema } from '../types.ts'

/**
 * A citation plus the quality flag of shared/docs/references/finance-risk-addendum.md
 * ([peer], [news], [low] …) and a note on caveats. It stays a valid `Citation`
 * (extra keys only), so it can sit in field metadata unchanged.
 */
export const gepSourceSchema = citationSchema.extend({
  quality: z.enum(['peer', 'official-relay', 'news', 'low', 'user']).optional(),
  note: z.string().optional(),
})
export type GepSource = z.infer<typeof gepSourceSchema>

/** 甘孜 GEP paper, Table 3: the unit prices of the Ouyang-group GEP practice (2010 prices). */
const GANZI_TABLE_3 = {
  document:
    '白玛卓嘎, 肖燚, 欧阳志云, 王莉雁. 甘孜藏族自治州生态系统生产总值核算研究. 生态学报 2017, 37(19):6302-6312 (doi:10.5846/stxb201607011362)',
  url: 'https://github.com/DreamBlooms/ChinaXiv-201601-to-202209/blob/0a846556fb36a3b0955132ca4face76465539c21/md/ChinaXiv-201711.00120V1.md',
  status: 'primary',
  quality: 'peer',
} as const

export const SOURCES = {
  oxygenPrice: {
    id: 'ganzi-2017-t3-oxygen',
    ...GANZI_TABLE_3,
    locator: 'Table 3, 释氧量 unit price 727 元/t (industrial oxygen method), 2010',
    note: 'Terrestrial case (Garzê); the only GEP-practice O2 price found. 高天岩 (生态学报 2017, Table 1) gives 1160.70 元/t for 2014 from LY/T 1721-2008.',
  },
  nitrogenPrice: {
    id: 'ganzi-2017-t3-nitrogen',
    ...GANZI_TABLE_3,
    locator: 'Table 3, 减少N面源污染 / 净化氨氮 unit price 875 元/t, 2010',
    note: 'Pollution-fee basis (排污费征收标准管理办法 2003): a lower bound of treatment cost.',
  },
  phosphorusPrice: {
    id: 'ganzi-2017-t3-phosphorus',
    ...GANZI_TABLE_3,
    locator: 'Table 3, 减少P面源污染 unit price 2800 元/t, 2010',
    note: 'Pollution-fee basis: a lower bound of treatment cost.',
  },
  codPrice: {
    id: 'ganzi-2017-t3-cod',
    ...GANZI_TABLE_3,
    locator: 'Table 3, 净化COD量 unit price 700 元/t, 2010',
    note: 'Pollution-fee basis: a lower bound of treatment cost.',
  },
  dredgingPrice: {
    id: 'ganzi-2017-t3-dredging',
    ...GANZI_TABLE_3,
    locator: 'Table 3, 减少泥沙淤积 unit price 15.58 元/m3 (reservoir dredging cost), 2010',
  },
  ganziIndicatorSystem: {
    id: 'ganzi-2017-t2',
    ...GANZI_TABLE_3,
    locator: 'Table 2 (indicator system: 3 classes, 16 indicators) and Table 3',
  },
  marineGepFramework: {
    id: 'li-2024-marine-gep',
    document:
      'Li, He, Chen … Chen Shang. Marine GEP accounting framework (Changdao). Frontiers in Marine Science 2024, doi:10.3389/fmars.2024.1356149',
    url: 'https://www.frontiersin.org/articles/10.3389/fmars.2024.1356149',
    locator: 'Abstract: material (aquatic, oxygen), regulating (carbon, climate, waste treatment, coastal protection), cultural (recreation, seascape)',
    status: 'secondary',
    quality: 'peer',
  },
  stoichiometry: {
    id: 'gaotianyan-2017-t2',
    document:
      '缪建群 et al. 江西高天岩自然保护区森林生态系统服务功能价值评估. 生态学报 2017, 37(19):6422-6430',
    url: 'https://github.com/DreamBlooms/ChinaXiv-201601-to-202209/blob/0a846556fb36a3b0955132ca4face76465539c21/md/ChinaXiv-201711.00109V1.md',
    locator: 'Table 2: 1.63 t CO2 and 1.19 t O2 per t NPP (9862.01/6050.31 and 7199.87/6050.31)',
    status: 'derived',
    quality: 'peer',
    note: 'Photosynthetic stoichiometry; it does not hold for shell carbon, so mariculture needs a measured O2 quantity.',
  },
  seawallCost: {
    id: 'hepu-zongjiangwei-seawall-2023',
    document: '合浦县总江围海堤标准化建设 (Beihai, Guangxi), 概算 approved 2023-12',
    url: 'https://bbs.hepu123.com/thread-652096-1-1.html',
    locator:
      'finance-risk-addendum.md §1.1: 1.63 亿元 / (19.968 km seawall + 2.557 km revetment) = 724 万元/km',
    status: 'derived',
    quality: 'news',
    note: 'derived: 163,000,000 CNY / 22.525 km. The budget includes sluices and management buildings, so it overstates the dike-only cost; 20-yr flood/tide standard. The lower of the two per-km readings is used.',
  },
  mangroveDenitrification: {
    id: 'qld-wetlandinfo-mangrove-n',
    document: 'Queensland WetlandInfo, Nitrogen concept model – Mangrove processes (literature synthesis)',
    url: 'https://wetlandinfo.des.qld.gov.au/wetlands/ecology/processes-systems/nitrogen-concept-model/mangrove/processes.html',
    locator: 'Denitrification 912 (649–1,175) g N/ha/day',
    status: 'derived',
    quality: 'official-relay',
    note: 'derived: 912 g N/ha/day × 365 / 1000 = 332.88 kg N/ha/yr. Australian process rates; no measured Chinese mangrove N removal rate was found (finance-risk-addendum.md §2.1).',
  },
  zhanjiangAccretion: {
    id: 'zhu-2016-zhanjiang-accretion',
    document: '朱耀军, 赵峰, 郭菊兰, 武高洁, 林广旋. 湛江高桥红树林沉积速率 (210Pb). 生态学报 2016, 36(23):7841-7849',
    url: 'http://www.ecologica.cn/stxb/ch/html/2016/23/stxb201511102276.htm',
    locator: 'Accretion 6.5–11 mm/yr, Gaoqiao core area, century scale',
    status: 'derived',
    quality: 'peer',
    note: 'derived: 0.0065 m/yr × 10,000 m2/ha = 65 m3/ha/yr (low end of the range). Treats the accreted volume as retained sediment; it also contains organic matter.',
  },
  futianRecreation: {
    id: 'futian-park-gep-2022',
    document: '深圳特区报 2022-01-18, 福田红树林生态公园 GEP 核算报告 (红树林基金会, 中国科学院生态环境研究中心)',
    url: 'http://m.dejiangwang.com/cj/2022/0118/12225.html',
    locator: 'Cultural products 1.61 亿元/yr; 1.3 M visits/yr',
    status: 'derived',
    quality: 'news',
    note: 'derived: 161,000,000 CNY / 1,300,000 visits = 123.85 CNY/visit (includes education). Urban mangrove park in Shenzhen; transfer to other sites is indicative. The accounting year is not stated; price year 2021 is inferred from the release date.',
  },
  priceYearInference: {
    id: 'futian-park-gep-2022-price-year',
    document: '深圳特区报 2022-01-18 (release date of the Futian park GEP report)',
    url: 'http://m.dejiangwang.com/cj/2022/0118/12225.html',
    status: 'inferred',
    quality: 'news',
    note: 'Price year 2021 assumed: the report was released on 2022-01-17 and gives annual averages.',
  },
} as const satisfies Record<string, GepSource>

/** Marks a number the user typed in; `note` carries the user's own reference if given. */
export function userSource(id: string, note?: string): GepSource {
  return {
    id: `user:${id}`,
    document: 'User-supplied value',
    status: 'assumption',
    quality: 'user',
    ...(note ? { note } : {}),
  }
}
