import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { hashPassword } from '../auth/password.ts'
import { ROLES } from '../auth/auth-user.ts'
import type { Sql } from '../db/client.ts'

const accountsFileSchema = z.object({
  password: z.string().min(8),
  organisations: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      nameEn: z.string(),
      kind: z.enum(['developer', 'exchange', 'bank', 'buyer', 'platform']),
      users: z.array(z.object({ email: z.string().email(), displayName: z.string(), roles: z.array(z.enum(ROLES)).min(1) })),
    }),
  ),
})
export type DemoAccounts = z.infer<typeof accountsFileSchema>

export const DEMO_ACCOUNTS_FILE = new URL('../../seeds/demo/organisations.json', import.meta.url)

export async function readDemoAccounts(file: URL = DEMO_ACCOUNTS_FILE): Promise<DemoAccounts> {
  return accountsFileSchema.parse(JSON.parse(await readFile(file, 'utf8')))
}

/** Inserts demo organisations and users once; existing rows (by seed key / email) are left alone. */
export async function seedDemoAccounts(tx: Sql, accounts: DemoAccounts): Promise<{ organisations: number; users: number }> {
  let organisations = 0
  let users = 0
  // Every demo user shares the one demo password: hash it (scrypt, ~50 ms) once, and only if a user is new.
  let passwordHash: Promise<string> | undefined
  for (const org of accounts.organisations) {
    const inserted = await tx`
      INSERT INTO organisations (name, name_en, kind, seed_key)
      VALUES (${org.name}, ${org.nameEn}, ${org.kind}, ${org.key})
      ON CONFLICT (seed_key) DO NOTHING RETURNING id`
    organisations += inserted.count
    const organisationId = (await tx<{ id: string }[]>`SELECT id FROM organisations WHERE seed_key = ${org.key}`)[0]!.id
    for (const user of org.users) {
      const [existing] = await tx`SELECT 1 FROM users WHERE lower(email) = lower(${user.email})`
      if (existing) continue
      passwordHash ??= hashPassword(accounts.password)
      const userId = (await tx<{ id: string }[]>`
        INSERT INTO users (organisation_id, email, display_name, password_hash, is_demo)
        VALUES (${organisationId}, ${user.email}, ${user.displayName}, ${await passwordHash}, true) RETURNING id`)[0]!.id
      for (const role of user.roles) await tx`INSERT INTO user_roles (user_id, role) VALUES (${userId}, ${role})`
      users++
    }
  }
  return { organisations, users }
}
