import type { Database } from '../db/client.ts'
import { readDemoAccounts, seedDemoAccounts } from './demo-accounts.ts'
import { readDemoSites, seedDemoSites } from './demo-sites.ts'

export type SeedSummary = { organisations: number; users: number; projects: number; sites: number }

const DEMO_OWNER_ORGANISATION = 'demo-zhanjiang-mangrove'
// Shows the registry with one project already through review and one still in it.
const DEMO_PROJECT_STATUS: Record<string, string> = { 'zhanjiang-leizhou-bay-mangrove': 'under_review' }

/**
 * Seeds demo organisations, one user per role, and the demo Zhanjiang sites,
 * in one transaction. Idempotent: running it again inserts nothing.
 */
export async function seedDemo(sql: Database): Promise<SeedSummary> {
  const accounts = await readDemoAccounts()
  const sites = await readDemoSites()
  return sql.begin(async (tx) => {
    const a = await seedDemoAccounts(tx, accounts)
    const s = await seedDemoSites(tx, sites, {
      ownerOrganisationKey: DEMO_OWNER_ORGANISATION,
      projectStatus: (key) => DEMO_PROJECT_STATUS[key] ?? 'registered',
    })
    return { ...a, ...s }
  })
}
