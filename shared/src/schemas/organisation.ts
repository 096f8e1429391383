import { z } from '../zod';
import { IdSchema, TimestampSchema, text } from './common';
import { BranchKindSchema, BranchRoleSchema, UnitKindSchema } from './user';

export const RegionSchema = z.object({
  id: IdSchema,
  name: z.string(),
  createdAt: TimestampSchema,
});
export type Region = z.infer<typeof RegionSchema>;

export const CreateRegionSchema = z.strictObject({ name: text('区域名称', 40) });

/** A co-building unit (共建单位) of a branch, e.g. the contractor or the supervision firm. */
export const CoUnitSchema = z.strictObject({
  kind: UnitKindSchema,
  name: text('单位名称', 40),
});

export const BranchSchema = z.object({
  id: IdSchema,
  regionId: IdSchema,
  kind: BranchKindSchema,
  name: z.string(),
  projectName: z.string().nullable(),
  address: z.string(),
  coUnits: z.array(z.object({ kind: UnitKindSchema, name: z.string() })),
  createdAt: TimestampSchema,
});
export type Branch = z.infer<typeof BranchSchema>;

export const CreateBranchSchema = z.strictObject({
  kind: BranchKindSchema,
  name: text('支部名称', 40),
  projectName: text('项目名称', 60).nullable().optional(),
  address: text('地址', 100),
  coUnits: z.array(CoUnitSchema).max(20, '共建单位最多 20 个').default([]),
});

export const BranchSummarySchema = BranchSchema.extend({ memberCount: z.number().int() });

/** `GET /api/branches/{id}`: the branch as the viewer sees it. */
export const BranchDetailSchema = BranchSummarySchema.extend({
  regionName: z.string(),
  myRole: BranchRoleSchema.nullable(),
  viewerIsRegionAdmin: z.boolean(),
});

export const InviteSchema = z.object({
  code: z.string(),
  branchId: IdSchema,
  role: BranchRoleSchema,
  expiresAt: TimestampSchema,
  maxUses: z.number().int(),
  uses: z.number().int(),
  revoked: z.boolean(),
  createdAt: TimestampSchema,
});
export type Invite = z.infer<typeof InviteSchema>;

export const CreateInviteSchema = z.strictObject({
  role: BranchRoleSchema.default('masses'),
  expiresInHours: z.number().int().min(1, '有效期至少 1 小时').max(720, '有效期最长 30 天').default(168),
  maxUses: z.number().int().min(1, '使用次数至少 1 次').max(2000, '使用次数最多 2000 次').default(200),
});

/** Invite codes: 8 characters without look-alikes (no 0/O, 1/I/L), easy to read out at a meeting. */
export const InviteCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/, '邀请码是 8 位字母和数字'));

/** What someone holding a code may see before joining. */
export const InvitePreviewSchema = z.object({
  code: z.string(),
  branchId: IdSchema,
  branchName: z.string(),
  branchKind: BranchKindSchema,
  role: BranchRoleSchema,
  expiresAt: TimestampSchema,
  usable: z.boolean(),
});

export const JoinResultSchema = z.object({
  branchId: IdSchema,
  branchName: z.string(),
  role: BranchRoleSchema,
  alreadyMember: z.boolean(),
});

export const MemberSchema = z.object({
  userId: IdSchema,
  name: z.string().nullable(),
  phone: z.string().nullable(),
  role: BranchRoleSchema,
  workTeam: z.string().nullable(),
  unitKind: UnitKindSchema.nullable(),
  unitName: z.string().nullable(),
  joinedAt: TimestampSchema,
});
export type Member = z.infer<typeof MemberSchema>;

export const MemberQuerySchema = z.strictObject({
  role: BranchRoleSchema.optional(),
  workTeam: text('班组', 20).optional(),
  q: text('搜索内容', 20).optional(),
});

export const UpdateMemberSchema = z
  .strictObject({
    role: BranchRoleSchema.optional(),
    workTeam: text('班组', 20).nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, '请至少修改一项');
