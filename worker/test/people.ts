/** People for tests: a user row written straight to D1, with a real session and its signed token. */
import { env } from 'cloudflare:workers';
import { SESSION_LIFETIME_MS, signSessionToken } from '../src/auth/session';
import { createDatabase } from '../src/db/client';
import { newId } from '../src/db/ids';
import { users } from '../src/db/schema';
import { openSession } from '../src/db/sessions';

export interface Person {
  id: string;
  name: string;
  token: string;
}

/** Opens a real session (a row in `sessions`) for the person and signs a token for it, as login does. */
export async function tokenFor(userId: string, ttlMs = 3_600_000): Promise<string> {
  const session = await openSession(env.DB, userId, 'dev', SESSION_LIFETIME_MS);
  return (await signSessionToken(env.SESSION_SECRET!, { userId, sessionId: session.id }, Date.now() + ttlMs)).token;
}

/** Inserts a person and returns them with a session token. */
export async function makePerson(name: string, options: { platformAdmin?: boolean } = {}): Promise<Person> {
  const id = newId();
  const now = Date.now();
  await createDatabase(env.DB)
    .insert(users)
    .values({ id, openid: `test:${id}`, name, isPlatformAdmin: options.platformAdmin ?? false, createdAt: now, updatedAt: now });
  return { id, name, token: await tokenFor(id) };
}
