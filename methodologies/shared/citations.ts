import type { Citation } from '../types.ts'

/**
 * The source register of shared/docs/references/methodologies.md §0.1 (S1 …),
 * plus the few sources found later (GWP, NPRT table, risk figures). A default
 * cites one of these through `cite()`, adding the table or equation it uses.
 */
export const SOURCES = {
  S1: {
    id: 'S1',
    document: 'CDM AR-AM0014 v03.0, Afforestation and reforestation of degraded mangrove habitats (EB 75 Annex 29)',
    url: 'https://cdm.unfccc.int/methodologies/DB/KMH6O8T6RL3P5XKNBQE2N359QG7KOE',
    status: 'primary',
  },
  S2: {
    id: 'S2',
    document: 'CDM AR-TOOL14 v04.2, Estimation of carbon stocks and change in carbon stocks of trees and shrubs (EB 85 Annex 22)',
    status: 'primary',
  },
  S3: { id: 'S3', document: 'CDM AR-TOOL12 v03.1, dead wood and litter', status: 'primary' },
  S5: { id: 'S5', document: 'CDM AR-ACM0003 v02.0, A/R of lands except wetlands', status: 'primary' },
  S6: {
    id: 'S6',
    document: 'Verra VM0033 v2.1 (4 Sep 2023), Methodology for Tidal Wetland and Seagrass Restoration',
    status: 'primary',
  },
  S8: { id: 'S8', document: 'CCER-14-002-V01 红树林营造 (opening pages only)', status: 'primary' },
  S11: { id: 'S11', document: 'CCER-14-001-V01 造林碳汇 (opening pages only)', status: 'primary' },
  S13: {
    id: 'S13',
    document: '孙康 et al. 2020, 地理研究 39(11):2508, Table 2 海水养殖碳汇能力核算系数',
    url: 'http://www.dlyj.ac.cn/article/2020/1000-0585/1000-0585-39-11-2508/T2.html',
    status: 'secondary',
  },
  S14: {
    id: 'S14',
    document: '张智 et al. 2024, 三沙湾养殖固碳, 海洋开发与管理 2024(2):28 (abstract)',
    url: 'https://fx361.cc/page/2024/0509/23804824.shtml',
    status: 'secondary',
  },
  HYT_0305: {
    id: 'HY/T 0305-2021',
    document:
      'HY/T 0305-2021 养殖大型藻类和双壳贝类碳汇计量方法 碳储量变化法 (MNR, issued 2021-02-09; drafted by the Yellow Sea Fisheries Research Institute, CAFS, and FIO-MNR), official text, opening pages only: foreword, §1 scope, §2 normative references, §3.1–3.4 definitions (大型藻类碳汇, 双壳贝类碳汇, 干湿比, 质量比); the formula clauses were not retrieved',
    url: 'https://renrendoc.com/paper/333688127.html',
    status: 'primary',
  },
  MORRIS_HUMPHREYS_2019: {
    id: 'MORRIS-HUMPHREYS-2019',
    document:
      'Morris J.P., Humphreys M.P. 2019, Modelling seawater carbonate chemistry in shellfish aquaculture regions: insights into CO2 release associated with shell formation and growth, Aquaculture (accepted manuscript), abstract: "calcification is a net CO2 source to the atmosphere"',
    url: 'https://raw.githubusercontent.com/humphreys-lab/humphreys-lab.github.io/main/pdfs/morris-2019-aqua.pdf',
    status: 'primary',
  },
  S15: {
    id: 'S15',
    document: 'Nature Communications 2020, s41467-020-18242-w, Table 1 (coastal C burial, citing IPCC Wetlands Supplement)',
    url: 'https://preview-www.nature.com/articles/s41467-020-18242-w/tables/1',
    status: 'secondary',
  },
  S16: {
    id: 'S16',
    document: 'WRI carbon-budget constants_and_names.py (comments cite IPCC 2013 Wetlands Supplement Tables 4.2, 4.5)',
    status: 'secondary',
  },
  S19: {
    id: 'S19',
    document: 'Stand structure and above ground biomass of Kandelia obovata mangrove plantations in Northern Viet Nam (2020), abstract',
    url: 'https://acemap.info/paper/53520168',
    status: 'secondary',
  },
  S22: {
    id: 'S22',
    document: '朱耀军 et al. 2016, 湛江高桥红树林湿地有机碳分布及埋藏特征, 生态学报 36(23):7841',
    url: 'http://www.ecologica.cn/stxb/ch/html/2016/23/stxb201511102276.htm',
    status: 'secondary',
  },
  EUCALYPTUS_NFI_GROWTH: {
    id: 'ZHANG-WANG-EUC-NFI',
    document:
      'Zhang Y., Wang X. (State Forestry and Grassland Administration), Geographical distribution and productivity dynamic change of Eucalyptus spp. in China (nine National Forest Inventories 1973–2018), preprint abstract; published as Sci. Rep. 2021, doi:10.1038/s41598-021-97089-7',
    url: 'https://www.authorea.com/doi/full/10.22541/au.170664949.99765121',
    status: 'primary',
  },
  EUCALYPTUS_WOOD_DENSITY: {
    id: 'LUO-2012-JTFS',
    document:
      'Luo J.Z., Arnold R.J., Cao J.G., Lu W.H., Ren S.Q., Xie Y.J., Xu L.A. 2012, Variation in pulp wood traits between eucalypt clones across sites and implications for deployment strategies, J. Trop. For. Sci. 24(1):70–82, abstract',
    url: 'https://jtfs.frim.gov.my/jtfs/article/view/480',
    status: 'primary',
  },
  ZHANJIANG_FORESTRY: {
    id: 'XIE-ZHANJIANG',
    document: 'Xie Yaojian (China Eucalypt Research Centre, CAF), Forestry in Zhanjiang Prefecture (presentation), "Basic data of Zhanjiang forestry"',
    url: 'https://docslib.org/download/4918870/xie-yaojian-forestry-in-zhanjiang-prefecture',
    status: 'secondary',
  },
  GUANGDONG_EUCALYPTUS_2003: {
    id: 'GDLYKJ-2003-3-45',
    document: '广东林业科技 2003(3):45–48（广东桉树人工林与森林分类经营），摘要：桉树是短周期工业原料林的主要树种和商品用材林的重要树种',
    url: 'http://218.28.6.71:81/Qikan/Article/Detail?id=8351817',
    status: 'secondary',
  },
  CHAPMAN_RICHARDS: {
    id: 'SLU-CHAPMAN-RICHARDS',
    document:
      'SLU Forest Biometrics blog (2017-03-11), The Chapman-Richards growth function: y(t) = y_max [1 − e^(−kt)]^p, with p often restricted to three for theoretical, biological reasons (Richards 1959; Pienaar & Turnbull 1973)',
    url: 'http://blogg.slu.se/forest-biometrics/2017/03/11/the-chapman-richards-growth-function/',
    status: 'secondary',
  },
  EUCALYPTUS_ROTATION: {
    id: 'JXXFW-EUC-ROTATION',
    document: '桉树人工林经营综述（期刊论文摘要）：不少国家桉树的轮伐期在十年左右，浆粕和纺织用材的轮伐期只有五至七年',
    url: 'https://jxxfw.com/periodical/9e8fd81e810e732f284711247c71dc69.html',
    status: 'secondary',
  },
  WORKED_EXAMPLE: {
    id: 'MD-10',
    document: 'shared/docs/references/methodologies.md §10, worked example 100 ha Kandelia obovata, Zhanjiang, 20-yr ex-ante',
    status: 'derived',
  },
  IPCC_AR5_GWP: {
    id: 'IPCC-AR5-WG1-8.7',
    document: 'IPCC AR5 WG1 Chapter 8 (Myhre et al. 2013), 100-year GWP',
    url: 'https://www.ipcc.ch/site/assets/uploads/2018/02/WG1AR5_Chapter08_FINAL.pdf',
    status: 'secondary',
  },
  NPRT_TABLE10: {
    id: 'NPRT-v4.2-T10',
    document: 'Verra AFOLU Non-Permanence Risk Tool v4.2, Table 10 and mitigation factors, as reproduced by greentryst VM0042 course lesson 9_2',
    url: 'https://www.greentryst.com/courses/vm0042/9_2',
    status: 'secondary',
  },
  NPRT_STRUCTURE: {
    id: 'PEERS-3.3',
    document: 'shared/docs/references/peers.md §3.3 (VCS AFOLU NPRT structure: internal + external + natural; floor of 10 in v4.0)',
    status: 'secondary',
  },
  RISK_TYPHOON_FREQUENCY: {
    id: 'FRA-3.1',
    document: 'finance-risk-addendum.md §3.1: 54 typhoon landfalls in Zhanjiang 1949–2019 (China Weather Network), ≈0.76/yr',
    url: 'http://news.weather.com.cn/2020/06/3340420.shtml',
    status: 'derived',
  },
  RISK_TYPHOON_DAMAGE: {
    id: 'FRA-3.3',
    document: 'finance-risk-addendum.md §3.3: Rammasun 2014, Dongzhai Harbor, 6.10 % mangrove area loss, 46 % recovered in 6 years (Sustainability 2026, 18(11):5594)',
    url: 'https://www.mdpi.com/2071-1050/18/11/5594/html',
    status: 'secondary',
  },
  RISK_PESTS: {
    id: 'FRA-3.4',
    document: 'finance-risk-addendum.md §3.4: South China mangrove pest outbreaks 2004, 2005–2012, 2007, 2010–2012 (>10 % dead locally), 2011, 2015, 2023',
    status: 'derived',
  },
  RISK_SEA_LEVEL: {
    id: 'FRA-5',
    document: 'finance-risk-addendum.md §5: Guangdong sea-level rise 3.6 mm/yr vs Zhanjiang mangrove accretion 6.5–11 mm/yr (朱耀军 2016)',
    status: 'derived',
  },
} as const satisfies Record<string, Citation>

/**
 * A source with the table/equation a value comes from, and optionally a
 * weaker status than the source's own (e.g. a primary document used through
 * an inferred mapping).
 *
 * @example cite(SOURCES.S2, 'Eq. 12') // CF_TREE = 0.47
 */
export function cite(source: Citation, locator: string, status?: Citation['status']): Citation {
  return { ...source, locator, ...(status ? { status } : {}) }
}

/** An explicit assumption of ours, named as such (style: never a silent number). */
export function assumption(what: string, locator?: string): Citation {
  return { id: 'ASSUMPTION', document: what, ...(locator ? { locator } : {}), status: 'assumption' }
}
