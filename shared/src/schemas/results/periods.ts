/** Reporting periods (months, quarters, years) and the queries that pick them. */
import { PERIOD_FORMAT_MESSAGE, PERIOD_KINDS, PERIOD_PATTERN } from '../../domain/periods';
import * as z from '../../zod';
import { TimestampSchema } from '../common';

export const PeriodKeySchema = z.string().check(z.regex(PERIOD_PATTERN, PERIOD_FORMAT_MESSAGE));

/** `?period=2026-11|2026-Q4|2026`; this month in China when left out. */
export const PeriodQuerySchema = z.strictObject({ period: z.optional(PeriodKeySchema) });

export const PeriodSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  key: z.string(),
  label: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
});

/** `?from=&to=`: months, quarters or years (`2026-11`, `2026-Q4`, `2026`); this month when left out. */
export const LedgerQuerySchema = z.strictObject({ from: z.optional(PeriodKeySchema), to: z.optional(PeriodKeySchema) });
