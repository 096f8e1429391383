/** The branch ledger (台账) as an Excel file, for the span asked (this month when left out). */
import { endpoints, parsePeriod, periodOf, periodSpan } from '@sitebranch/shared';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { handlesCategory } from '../../authz/feedback-access';
import { memberships } from '../../db/schema';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { loadLedger } from '../../ledger/load';
import { ledgerSheets } from '../../ledger/sheets';
import { writeXlsx } from '../../spreadsheet/xlsx-write';

export const ledgerRoutes = new Hono<AppEnv>();

implement(ledgerRoutes, endpoints.getLedger, async ({ c, caller, params, query }) => {
  const now = Date.now();
  const thisMonth = periodOf(now, 'month');
  const from = query.from ? parsePeriod(query.from) : thisMonth;
  const to = query.to ? parsePeriod(query.to) : (from ?? thisMonth);
  if (!from || !to) throw new ApiError('validation_failed', '没有这个时段', { [from ? 'to' : 'from']: '没有这个时段' });
  const span = periodSpan(from, to);
  if (typeof span === 'string') throw new ApiError('validation_failed', span, { to: span });
  // 廉政监督 appears only for those who handle it in the branch: the secretary and the 纪检委员.
  const membership = await c
    .get('db')
    .select({ isDiscipline: memberships.isDiscipline })
    .from(memberships)
    .where(and(eq(memberships.branchId, params.id), eq(memberships.userId, caller.userId)))
    .get();
  const seesIntegrity = handlesCategory('integrity', caller.branch.role, membership?.isDiscipline === true);
  const data = await loadLedger(c.env.DB, params.id, span, now, seesIntegrity);
  return { bytes: writeXlsx(ledgerSheets(data)), fileName: `${data.branch.name}台账（${span.label}）.xlsx` };
});
