import { TEXT_MAX } from '../domain/text-limits';
import { SHORT_CODE_LENGTH, SHORT_CODE_PATTERN } from '../domain/codes';
import { ROSTER_MAX_CHARS } from '../domain/constants';
import * as z from '../zod';
import { IdSchema, PhoneSchema, TimestampSchema, text } from './common';
import { BranchKindSchema, BranchRoleSchema, UnitKindSchema } from './user';

export const RegionSchema = z.object({
  id: IdSchema,
  name: z.string(),
  createdAt: TimestampSchema,
});
export type Region = z.infer<typeof RegionSchema>;

export const CreateRegionSchema = z.strictObject({ name: text('区域名称', TEXT_MAX.regionName) });

/** A co-building unit (共建单位) of a branch, e.g. the contractor or the supervision firm. */
export const CoUnitSchema = z.strictObject({
  kind: UnitKindSchema,
  name: text('单位名称', TEXT_MAX.unitName),
});

export const BranchSchema = z.object({
  id: IdSchema,
  regionId: IdSchema,
  kind: BranchKindSchema,
  name: z.string(),
  projectName: z.nullable(z.string()),
  address: z.string(),
  coUnits: z.array(z.object({ kind: UnitKindSchema, name: z.string() })),
  createdAt: TimestampSchema,
});
export type Branch = z.infer<typeof BranchSchema>;

export const CreateBranchSchema = z.strictObject({
  kind: BranchKindSchema,
  name: text('支部名称', TEXT_MAX.branchName),
  projectName: z.optional(z.nullable(text('项目名称', TEXT_MAX.projectName))),
  address: text('地址', TEXT_MAX.address),
  coUnits: z._default(z.array(CoUnitSchema).check(z.maxLength(20, '共建单位最多 20 个')), []),
});

export const BranchSummarySchema = z.extend(BranchSchema, { memberCount: z.number().check(z.int()) });

const SecretarySchema = z.object({ userId: IdSchema, name: z.nullable(z.string()), phone: z.nullable(z.string()) });

/** A branch in the region console: who runs it and when it last met. */
export const RegionBranchSchema = z.extend(BranchSummarySchema, {
  secretaries: z.array(SecretarySchema),
  /** The start of its latest published event that has begun; null when it has held none. */
  lastActivityAt: z.nullable(TimestampSchema),
});
export type RegionBranch = z.infer<typeof RegionBranchSchema>;

/** What a replaced secretary becomes: 支委, 党员, or stays a secretary beside the new one. */
export const FORMER_SECRETARY_ROLES = ['committee', 'member', 'keep'] as const;

export const AppointSecretarySchema = z.strictObject({
  userId: IdSchema,
  formerSecretaries: z._default(
    z.enum(FORMER_SECRETARY_ROLES, { error: '原书记只能改为支委（committee）、党员（member）或保留（keep）' }),
    'committee',
  ),
});

export const BranchSecretariesSchema = z.object({ secretaries: z.array(SecretarySchema) });

/** `GET /api/branches/{id}`: the branch as the viewer sees it. */
export const BranchDetailSchema = z.extend(BranchSummarySchema, {
  regionName: z.string(),
  myRole: z.nullable(BranchRoleSchema),
  viewerIsRegionAdmin: z.boolean(),
});

export const InviteSchema = z.object({
  code: z.string(),
  branchId: IdSchema,
  role: BranchRoleSchema,
  expiresAt: TimestampSchema,
  maxUses: z.number().check(z.int()),
  uses: z.number().check(z.int()),
  revoked: z.boolean(),
  createdAt: TimestampSchema,
});
export type Invite = z.infer<typeof InviteSchema>;

export const CreateInviteSchema = z.strictObject({
  role: z._default(BranchRoleSchema, 'masses'),
  expiresInHours: z._default(z.number().check(z.int(), z.minimum(1, '有效期至少 1 小时'), z.maximum(720, '有效期最长 30 天')), 168),
  maxUses: z._default(z.number().check(z.int(), z.minimum(1, '使用次数至少 1 次'), z.maximum(2000, '使用次数最多 2000 次')), 200),
});

/** Invite and claim codes: 8 characters without look-alikes (no 0/O, 1/I/L), easy to read out at a meeting. */
const shortCode = (label: string) =>
  z.string().check(z.trim(), z.toUpperCase(), z.regex(SHORT_CODE_PATTERN, `${label}是 ${SHORT_CODE_LENGTH} 位字母和数字`));
export const InviteCodeSchema = shortCode('邀请码');

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
  name: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  role: BranchRoleSchema,
  workTeam: z.nullable(z.string()),
  unitKind: z.nullable(UnitKindSchema),
  unitName: z.nullable(z.string()),
  /** 纪检委员: sees integrity reports (廉政监督) with the secretary. */
  isDiscipline: z.boolean(),
  joinedAt: TimestampSchema,
  /** On the 花名册 only: added by the secretary, never logged in (checked in by roster; cannot be an organizer). */
  rosterOnly: z.boolean(),
});
export type Member = z.infer<typeof MemberSchema>;

/** A person added to the 花名册 by hand: name, and what the secretary knows. */
export const AddRosterPersonSchema = z.strictObject({
  name: text('姓名', ROSTER_MAX_CHARS.姓名),
  workTeam: z.optional(z.nullable(text('班组', ROSTER_MAX_CHARS.班组))),
  unitName: z.optional(z.nullable(text('单位名称', ROSTER_MAX_CHARS.单位))),
  phone: z.optional(z.nullable(PhoneSchema)),
  role: z._default(z.enum(['member', 'masses'], { error: '身份只能是党员或群众' }), 'masses'),
});

export const RosterImportResultSchema = z.object({ imported: z.number() });

/** A one-time claim code (认领码) for a 花名册 person, shown once to the secretary to hand over. */
export const ClaimCodeSchema = z.object({ code: z.string(), expiresAt: TimestampSchema });

export const ClaimCodeParamSchema = shortCode('认领码');

/** What someone holding a claim code sees before taking it: whose place on which 花名册. */
export const ClaimPreviewSchema = z.object({
  branchId: IdSchema,
  branchName: z.string(),
  name: z.string(),
  workTeam: z.nullable(z.string()),
});

export const MemberQuerySchema = z.strictObject({
  role: z.optional(BranchRoleSchema),
  workTeam: z.optional(text('班组', TEXT_MAX.workTeam)),
  q: z.optional(text('搜索内容', TEXT_MAX.memberSearch)),
});

export const UpdateMemberSchema = z
  .strictObject({
    role: z.optional(BranchRoleSchema),
    workTeam: z.optional(z.nullable(text('班组', TEXT_MAX.workTeam))),
    /** Only a committee member can be the discipline member (纪检委员). */
    isDiscipline: z.optional(z.boolean()),
  })
  .check(z.refine((body) => Object.keys(body).length > 0, '请至少修改一项'));

/** A region's discipline contact (纪检联系人): handles the 廉政监督 reports sent past the branches. */
export const DisciplineContactSchema = z.object({
  userId: IdSchema,
  name: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  /** The person's own unit (工作单位), as in their profile. */
  unitName: z.nullable(z.string()),
  /** A branch of the region the person belongs to, or null (a region admin, or someone outside the branches). */
  branchName: z.nullable(z.string()),
  appointedAt: TimestampSchema,
});
export type DisciplineContact = z.infer<typeof DisciplineContactSchema>;

export const AppointDisciplineContactSchema = z.strictObject({ userId: IdSchema });
