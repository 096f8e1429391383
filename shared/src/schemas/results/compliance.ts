/** 三会一课 compliance: each kind's target, and what a period held against it. */
import { COMPLIANCE_KINDS, COMPLIANCE_PERS, MAX_COMPLIANCE_TIMES, UNIT_STATES } from '../../domain/compliance';
import * as z from '../../zod';
import { PeriodSchema } from './periods';

export const ComplianceTargetSchema = z.strictObject({
  per: z.enum(COMPLIANCE_PERS, { error: '频次只能是每月（month）或每季度（quarter）' }),
  times: z
    .number()
    .check(
      z.int('次数要是整数'),
      z.gte(1, '每期至少 1 次；不需要时请关闭这一项'),
      z.lte(MAX_COMPLIANCE_TIMES, `每期最多 ${MAX_COMPLIANCE_TIMES} 次`),
    ),
});

/** Every 三会一课 kind, each a target or null (off). */
export const ComplianceTargetsSchema = z.strictObject(
  Object.fromEntries(COMPLIANCE_KINDS.map((kind) => [kind, z.nullable(ComplianceTargetSchema)])) as Record<
    (typeof COMPLIANCE_KINDS)[number],
    z.ZodMiniNullable<typeof ComplianceTargetSchema>
  >,
);

const ComplianceUnitSchema = z.object({
  key: z.string(),
  label: z.string(),
  due: z.number(),
  held: z.number(),
  scheduled: z.number(),
  state: z.enum(UNIT_STATES),
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
