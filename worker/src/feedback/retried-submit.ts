/**
 * A submit retried after its answer was lost (a bad network): the phone sends the same random id
 * for the submission, and gets back the same feedback — and for anonymous feedback the same
 * receipt — instead of a second copy. Both keys are HMACs of (person, that id): the dedupe key under
 * the feedback-rate secret, the receipt under the receipts' secret. The row names nobody, and
 * without the secrets and the phone's id nobody can reproduce them.
 */
import { hmacSha256Hex, type FeedbackRoute, type FeedbackStatus } from '@sitebranch/shared';
import { newReceiptCode } from '../db/ids';
import { first, sql } from '../db/sql';

export function retryKeys(rateSecret: string, receiptSecret: string, userId: string, clientRef: string | undefined) {
  if (!clientRef) return { dedupeKey: null, retryReceipt: null };
  return {
    dedupeKey: hmacSha256Hex(rateSecret, `feedback-dedupe:${userId}:${clientRef}`),
    retryReceipt: newReceiptCode(hmacSha256Hex(receiptSecret, `feedback-receipt:${userId}:${clientRef}`)),
  };
}

type SentRow = {
  id: string;
  status: FeedbackStatus;
  routedTo: FeedbackRoute;
  anonymous: number;
  acceptDueAt: number;
  resolveDueAt: number;
};

/** What the first copy of this submission answered, if it went in. */
export async function earlierSubmit(d1: D1Database, keys: ReturnType<typeof retryKeys>) {
  if (!keys.dedupeKey) return null;
  const row = await first<SentRow>(
    sql(d1, `SELECT id, status, routed_to, anonymous, accept_due_at, resolve_due_at FROM feedback WHERE dedupe_key = :dedupeKey`, {
      dedupeKey: keys.dedupeKey,
    }),
  );
  return (
    row && {
      id: row.id,
      receipt: row.anonymous === 1 ? keys.retryReceipt : null,
      status: row.status,
      routedTo: row.routedTo,
      acceptDueAt: row.acceptDueAt,
      resolveDueAt: row.resolveDueAt,
    }
  );
}
