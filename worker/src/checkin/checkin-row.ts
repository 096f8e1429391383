/** A check-in as D1 returns it (`RETURNING`), and as the API sends it. */
import type { CheckinMethod, CheckinStatus } from '@sitebranch/shared';

export type CheckinRow = {
  eventId: string;
  userId: string;
  method: CheckinMethod;
  checkedInAt: number;
  late: number;
  offline: number;
  status: CheckinStatus;
};

export function toCheckin(row: CheckinRow) {
  return { ...row, late: row.late === 1, offline: row.offline === 1 };
}
