import { z } from 'zod'
import { MANGROVE_SPECIES } from '../../methodologies/mangrove-afforestation/species.ts'

/**
 * Shape of seeds/sites/*.geojson: one Feature per demo site, WGS84 Polygon.
 * The seeder parses the file with this schema; the web test checks the
 * geometry against the shipped coastline (web/src/basemap/shipped-data.test.ts).
 */

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])

const demoSitePropertiesSchema = z.object({
  key: kebab.meta({ description: 'Stable identifier of the site across re-seeds' }),
  name: z.string().min(1).meta({ description: 'Site name in Chinese' }),
  nameEn: z.string().min(1),
  projectKey: kebab,
  projectName: z.string().min(1).meta({ description: 'Project name in Chinese' }),
  projectNameEn: z.string().min(1),
  sinkType: z.literal('mangrove'),
  methodology: z.literal('mangrove-afforestation'),
  species: z.enum(MANGROVE_SPECIES),
  plantingYear: z.number().int().min(1990).max(2100),
  description: z.string().min(1).meta({ description: 'One sentence (en) on why the place is plausible' }),
})

const demoSiteFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: demoSitePropertiesSchema,
  geometry: z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).length(1) }),
})

export const demoSiteCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(demoSiteFeatureSchema).min(1),
})

export type DemoSiteProperties = z.infer<typeof demoSitePropertiesSchema>
export type DemoSiteCollection = z.infer<typeof demoSiteCollectionSchema>
