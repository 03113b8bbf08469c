import { z } from 'zod'
import type { Http } from './http.ts'
import { ApiProblem } from './problem.ts'

/** The signed-in user as `/api/v1/me` and `/api/v1/auth/login` return it. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }).loose(),
  roles: z.array(z.string()),
})
export type User = z.infer<typeof userSchema>

const userResponse = z.object({ user: userSchema })

export async function login(http: Http, email: string, password: string): Promise<User> {
  return userResponse.parse(await http('/api/v1/auth/login', { method: 'POST', json: { email, password } })).user
}

export async function logout(http: Http): Promise<void> {
  await http('/api/v1/auth/logout', { method: 'POST' })
}

/** The current user, or null when the session is missing or expired (401). */
export async function currentUser(http: Http): Promise<User | null> {
  try {
    return userResponse.parse(await http('/api/v1/me')).user
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return null
    throw error
  }
}
