/**
 * Authorization of one piece of feedback. Its submitter is known by session (named feedback) or
 * by the receipt code in the `x-feedback-receipt` header (anonymous feedback: the record holds
 * only the code's keyed hash). Organizers of the branch handle it; 廉政监督 only the secretary and the
 * discipline member (纪检委员); a 廉政监督 report sent past the branch only the region's discipline
 * contacts — nobody in the branch. Anyone else is told it does not exist.
 */
import type { Access, BranchRole, FeedbackCategory, FeedbackRoute, FeedbackStatus } from '@sitebranch/shared';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { ApiError } from '../http/errors';
import { camelRow } from '../db/sql';

type FeedbackRule = Extract<Access, { kind: 'feedback' }>;

export interface FeedbackAccess {
  feedbackId: string;
  branchId: string;
  category: FeedbackCategory;
  status: FeedbackStatus;
  isSubmitter: boolean;
  canHandle: boolean;
}

/** Whether someone with this role (and discipline flag) in the branch handles feedback of this category. */
export function handlesCategory(category: FeedbackCategory, role: BranchRole | null, isDiscipline: boolean): boolean {
  if (category === 'integrity') return role === 'secretary' || (role === 'committee' && isDiscipline);
  return role === 'committee' || role === 'secretary';
}

/** `receipt` is the keyed hash of the code the request carried (see `feedback/receipt.ts`). */
export async function authorizeFeedback(
  db: Database,
  rule: FeedbackRule,
  userId: string | null,
  id: string,
  receipt: string | undefined,
): Promise<FeedbackAccess> {
  if (!userId && !receipt) throw new ApiError('unauthenticated');
  const raw = await db.get<Record<string, unknown>>(sql`
    SELECT f.branch_id, f.category, f.routed_to, f.status, f.user_id, f.receipt_hash, m.role, m.is_discipline,
      EXISTS (SELECT 1 FROM branches b JOIN region_discipline_contacts dc ON dc.region_id = b.region_id
              WHERE b.id = f.branch_id AND dc.user_id = ${userId ?? ''}) AS is_region_contact
    FROM feedback f LEFT JOIN memberships m ON m.branch_id = f.branch_id AND m.user_id = ${userId ?? ''}
    WHERE f.id = ${id}`);
  const row =
    raw &&
    camelRow<{
      branchId: string;
      category: FeedbackCategory;
      routedTo: FeedbackRoute;
      status: FeedbackStatus;
      userId: string | null;
      receiptHash: string | null;
      role: BranchRole | null;
      isDiscipline: number | null;
      isRegionContact: number;
    }>(raw);
  if (!row) throw new ApiError('not_found', '反馈不存在');
  const isSubmitter =
    (userId !== null && row.userId === userId) || (receipt !== undefined && row.receiptHash !== null && receipt === row.receiptHash);
  const canHandle = row.routedTo === 'region' ? row.isRegionContact === 1 : handlesCategory(row.category, row.role, row.isDiscipline === 1);
  const allowed = rule.need === 'submitter' ? isSubmitter : rule.need === 'handle' ? canHandle : isSubmitter || canHandle;
  // A wrong receipt is "not found", never 401: the app would take a 401 for a lost session.
  if (!allowed) throw new ApiError('not_found', receipt ? '回执码不正确，或没有这条反馈' : '反馈不存在');
  return { feedbackId: id, branchId: row.branchId, category: row.category, status: row.status, isSubmitter, canHandle };
}
