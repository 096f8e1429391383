import type { Database } from './client';
import { users } from './schema';
import { newId } from './ids';

/** The columns of a user that the person may see about themselves. */
export const profileColumns = {
  id: users.id,
  name: users.name,
  phone: users.phone,
  unitKind: users.unitKind,
  unitName: users.unitName,
  createdAt: users.createdAt,
};

/** Finds the person with this openid or makes them, in one round trip. */
export async function upsertUserByOpenid(db: Database, openid: string, name: string | null) {
  const now = Date.now();
  const user = await db
    .insert(users)
    .values({ id: newId(), openid, name, createdAt: now, updatedAt: now, lastLoginAt: now })
    .onConflictDoUpdate({ target: users.openid, set: { lastLoginAt: now } })
    .returning(profileColumns)
    .get();
  return { user, isNewUser: user.createdAt === now };
}
