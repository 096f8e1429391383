/** Results (结果): reporting periods and 三会一课 compliance. */
import { COMPLIANCE_KINDS, MAX_COMPLIANCE_TIMES } from '../domain/compliance';
import { PERIOD_FORMAT_MESSAGE, PERIOD_KINDS, PERIOD_PATTERN } from '../domain/periods';
import * as z from '../zod';
import { TimestampSchema } from './common';

export const PeriodKeySchema = z.string().check(z.regex(PERIOD_PATTERN, PERIOD_FORMAT_MESSAGE));

/** `?period=2026-11|2026-Q4|2026`; this month in China when left out. */
export const PeriodQuerySchema = z.strictObject({ period: z.optional(PeriodKeySchema) });

export const PeriodSchema = z.object({ kind: z.enum(PERIOD_KINDS), key: z.string(), label: z.string(), startsAt: TimestampSchema, endsAt: TimestampSchema });

export const ComplianceTargetSchema = z.strictObject({
  per: z.enum(['month', 'quarter'], { error: '频次只能是每月（month）或每季度（quarter）' }),
  times: z.number().check(z.int('次数要是整数'), z.gte(1, '每期至少 1 次；不需要时请关闭这一项'), z.lte(MAX_COMPLIANCE_TIMES, `每期最多 ${MAX_COMPLIANCE_TIMES} 次`)),
});

/** Every 三会一课 kind, each a target or null (off). */
export const ComplianceTargetsSchema = z.strictObject(
  Object.fromEntries(COMPLIANCE_KINDS.map((kind) => [kind, z.nullable(ComplianceTargetSchema)])) as Record<(typeof COMPLIANCE_KINDS)[number], z.ZodMiniNullable<typeof ComplianceTargetSchema>>,
);

const ComplianceUnitSchema = z.object({
  key: z.string(),
  label: z.string(),
  due: z.number(),
  held: z.number(),
  scheduled: z.number(),
  state: z.enum(['met', 'missing', 'open']),
});

export const ComplianceSchema = z.object({
  period: PeriodSchema,
  targets: ComplianceTargetsSchema,
  rows: z.array(
    z.object({
      kind: z.enum(COMPLIANCE_KINDS),
      target: ComplianceTargetSchema,
      units: z.array(ComplianceUnitSchema),
      due: z.number(),
      held: z.number(),
      missing: z.number(),
      toCome: z.number(),
    }),
  ),
});
