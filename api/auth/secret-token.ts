import { createHash, randomBytes } from 'node:crypto'

/** A 256-bit random secret, base64url, with a readable prefix (e.g. `bct_`). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url')
}

/** Session and API tokens are high-entropy, so a fast hash is enough to store them. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}
