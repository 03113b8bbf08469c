import type { DemoSiteProperties } from '../../api/demo/demo-sites.schema.ts'

/**
 * How each demo site is drawn: a band on the seaward side of the shipped
 * coastline between two points, `gapM` off the shore line and `widthM` wide,
 * with a fixed (not random) wobble so the shape is irregular but reproducible.
 */
export interface SitePlan {
  properties: DemoSiteProperties
  from: [number, number]
  to: [number, number]
  gapM: number
  widthM: number
  /** Points along the shore; the polygon gets 2·samples + 2 distinct vertices. */
  samples: number
  /** Phase of the wobble, radians; differs per site so no two look alike. */
  phase: number
}

const gaoqiao = {
  projectKey: 'lianjiang-gaoqiao-mangrove',
  projectName: '廉江高桥红树林造林项目',
  projectNameEn: 'Lianjiang Gaoqiao Mangrove Afforestation',
} as const

const zhanjiangBay = {
  projectKey: 'zhanjiang-leizhou-bay-mangrove',
  projectName: '湛江湾—雷州湾红树林造林项目',
  projectNameEn: 'Zhanjiang Bay – Leizhou Bay Mangrove Afforestation',
} as const

const common = { sinkType: 'mangrove', methodology: 'mangrove-afforestation' } as const

export const SITE_PLANS: SitePlan[] = [
  {
    properties: {
      key: 'gaoqiao-inlet-head',
      name: '高桥英罗港湾顶滩涂',
      nameEn: 'Gaoqiao, head of Yingluo inlet',
      ...gaoqiao,
      ...common,
      species: 'kandelia-obovata',
      plantingYear: 2016,
      description:
        'Sheltered muddy head of the Yingluo inlet beside Gaoqiao town, inside the Zhanjiang Mangrove National Nature Reserve where Kandelia obovata is the usual pioneer planting.',
    },
    from: [109.7625, 21.56],
    to: [109.7785, 21.535],
    gapM: 40,
    widthM: 230,
    samples: 16,
    phase: 0.4,
  },
  {
    properties: {
      key: 'gaoqiao-inlet-east',
      name: '高桥英罗港东岸滩涂',
      nameEn: 'Gaoqiao, east shore of Yingluo inlet',
      ...gaoqiao,
      ...common,
      species: 'aegiceras-corniculatum',
      plantingYear: 2017,
      description:
        'Intertidal flat on the Guangdong (east) shore of the Yingluo inlet, the estuary that holds the largest natural mangrove stands of the Gaoqiao reserve section.',
    },
    from: [109.786, 21.516],
    to: [109.7965, 21.478],
    gapM: 35,
    widthM: 260,
    samples: 18,
    phase: 2.1,
  },
  {
    properties: {
      key: 'techeng-island-south',
      name: '特呈岛南岸滩涂',
      nameEn: 'Techeng Island, south shore',
      ...zhanjiangBay,
      ...common,
      species: 'avicennia-marina',
      plantingYear: 2018,
      description:
        'Mudflat fringing the south shore of Techeng Island in sheltered Zhanjiang Bay, an island known for its old Avicennia and Bruguiera stands.',
    },
    from: [110.4345, 21.1497],
    to: [110.4125, 21.1545],
    gapM: 30,
    widthM: 190,
    samples: 14,
    phase: 4.0,
  },
  {
    properties: {
      key: 'leizhou-bay-nandu-estuary',
      name: '雷州湾南渡河口滩涂',
      nameEn: 'Leizhou Bay, Nandu River mouth',
      ...zhanjiangBay,
      ...common,
      species: 'kandelia-obovata',
      plantingYear: 2019,
      description:
        'Silt-rich tidal flat where the Nandu River enters the south-west shore of Leizhou Bay, a setting of the estuarine mudflats used for mangrove planting on the Leizhou Peninsula.',
    },
    from: [110.168, 20.895],
    to: [110.192, 20.845],
    gapM: 45,
    widthM: 280,
    samples: 20,
    phase: 5.3,
  },
]
