/** What the offline check-in tests share: the code shown at a moment, a check-in, and the attendance sheet. */
import { codeWindowAt, deriveEventKey, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { call, type World } from '../../../test/fixtures';

export const MIN = 60_000;
export const tokenAt = (eventId: string, at: number) => qrToken(deriveEventKey(env.CHECKIN_SECRET!, eventId), eventId, codeWindowAt(at));
export const checkIn = (eventId: string, token: string, body: object) => call('POST', `/api/events/${eventId}/checkins`, { token, body });
export const attendance = async (world: World, eventId: string) =>
  (await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token })).body;
