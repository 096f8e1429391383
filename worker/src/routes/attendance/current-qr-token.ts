/** The check-in code on an event's screen right now, for tests that check in by scanning. */
import { codeWindowAt, deriveEventKey, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';

export const tokenNow = (eventId: string) => qrToken(deriveEventKey(env.CHECKIN_SECRET!, eventId), eventId, codeWindowAt(Date.now()));
