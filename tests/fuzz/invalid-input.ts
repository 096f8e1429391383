/**
 * Input a route must refuse, generated with fast-check: JSON bodies its schema refuses, text that
 * is not JSON, query strings its schema refuses, and ids that name nothing.
 */
import { NoQuerySchema, type Endpoint, type z } from '@sitebranch/shared';
import fc from 'fast-check';

const isInvalid = (schema: z.ZodMiniType | undefined) => (value: unknown) => !schema?.safeParse(value).success;

/** JSON bodies the route's schema refuses (any body at all, for routes that take none). */
export function invalidBodies(endpoint: Endpoint) {
  const json = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(
      fc.constantFrom(
        'name',
        'role',
        'kind',
        'code',
        'phone',
        'workTeam',
        'maxUses',
        'expiresInHours',
        'address',
        'coUnits',
        'extra',
        'title',
        'placeName',
        'startsAt',
        'endsAt',
        'geofence',
        'token',
        'digits',
        'offline',
        'location',
        'status',
        'reason',
        'userId',
        'decision',
        'note',
        'type',
        'stem',
        'options',
        'answer',
        'tags',
        'difficulty',
        'bankIds',
        'draw',
        'points',
        'opensAt',
        'closesAt',
        'timeLimitMinutes',
        'questionId',
        'category',
        'text',
        'place',
        'anonymous',
        'to',
        'level',
        'comment',
        'acceptDays',
        'resolveDays',
        'followUpDays',
        'holidays',
        'workdays',
        'date',
        'userIds',
        'allPending',
        'scannedAt',
        'offlineGraceMinutes',
        'offlineAutoAccept',
        'keepPoolPrivate',
        'approve',
        'secret',
      ),
      fc.jsonValue(),
    ),
  );
  return json.filter(isInvalid(endpoint.body)).map((value) => ({ raw: JSON.stringify(value) }));
}

/** Text that is not JSON at all. */
export const malformedJson = fc.string({ minLength: 1 }).filter((s) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
});

export function invalidQueries(endpoint: Endpoint) {
  const key = fc.oneof(
    fc.constantFrom('role', 'workTeam', 'q', 'by', 'from', 'to', 'status', 'search', 'offset', 'branchId'),
    fc.string({ minLength: 1, maxLength: 8 }),
  );
  return fc
    .dictionary(key, fc.string({ maxLength: 30 }), { minKeys: 1 })
    .filter((query) => {
      const parsed = new URLSearchParams(query);
      return isInvalid(endpoint.query ?? NoQuerySchema)(Object.fromEntries(parsed));
    })
    .map((query) => new URLSearchParams(query).toString())
    .filter((query) => query.length > 0);
}

/** Ids that name nothing: random words, wrong shapes, path tricks. */
export const badIds = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.stringMatching(/^[0-9a-z]{16}$/),
  fc.constantFrom('..', '%00', 'null', 'undefined', '0', '-1', "' OR 1=1 --", 'A'.repeat(500)),
);
