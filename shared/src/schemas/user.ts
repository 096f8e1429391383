import { TEXT_MAX } from '../domain/text-limits';
import { UNIT_KINDS } from '../domain/constants';
import { BRANCH_ROLES } from '../roles';
import * as z from '../zod';
import { IdSchema, PhoneSchema, TimestampSchema, text } from './common';

export const UnitKindSchema = z.enum(UNIT_KINDS, { error: '单位类型不正确' });
export const BranchRoleSchema = z.enum(BRANCH_ROLES, { error: '角色不正确' });
export const BranchKindSchema = z.enum(['site', 'community'], { error: '支部类型只能是工地或社区' });

/** What a person says about themselves. Names may be missing until they fill in their profile. */
export const ProfileSchema = z.object({
  id: IdSchema,
  name: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  unitKind: z.nullable(UnitKindSchema),
  unitName: z.nullable(z.string()),
  createdAt: TimestampSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

export const MyMembershipSchema = z.object({
  branchId: IdSchema,
  branchName: z.string(),
  branchKind: BranchKindSchema,
  regionId: IdSchema,
  role: BranchRoleSchema,
  /** The work team (班组) in this branch: one per membership, the same the organizers' roster shows. */
  workTeam: z.nullable(z.string()),
  joinedAt: TimestampSchema,
  /** Whether a 廉政监督 report can be sent past this branch, to its region's discipline contact. */
  regionHasDisciplineContact: z.boolean(),
});

/** `PATCH /api/me/memberships/{branchId}`: one's own work team in a branch (null: 未分班组). */
export const UpdateMyMembershipSchema = z.strictObject({
  workTeam: z.nullable(text('班组', TEXT_MAX.workTeam)),
});

export const MyRegionSchema = z.object({ regionId: IdSchema, regionName: z.string() });

/** `GET /api/me`: the profile with every branch the person belongs to and the regions they administer. */
export const MeSchema = z.extend(ProfileSchema, {
  memberships: z.array(MyMembershipSchema),
  adminRegions: z.array(MyRegionSchema),
  /** Regions where the person is a discipline contact (纪检联系人): they handle integrity reports sent past the branches. */
  disciplineRegions: z.array(MyRegionSchema),
  isPlatformAdmin: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

/** `PATCH /api/me`: only these fields, at least one; `null` clears an optional field. */
export const UpdateMeSchema = z
  .strictObject({
    name: z.optional(text('姓名', TEXT_MAX.personName)),
    phone: z.optional(z.nullable(PhoneSchema)),
    unitKind: z.optional(z.nullable(UnitKindSchema)),
    unitName: z.optional(z.nullable(text('单位名称', TEXT_MAX.unitName))),
  })
  .check(z.refine((body) => Object.keys(body).length > 0, '请至少修改一项'));
export type UpdateMe = z.infer<typeof UpdateMeSchema>;
