import { UNIT_KINDS } from '../domain/constants';
import { BRANCH_ROLES } from '../roles';
import { z } from '../zod';
import { IdSchema, PhoneSchema, TimestampSchema, text } from './common';

export const UnitKindSchema = z.enum(UNIT_KINDS, { error: '单位类型不正确' });
export const BranchRoleSchema = z.enum(BRANCH_ROLES, { error: '角色不正确' });
export const BranchKindSchema = z.enum(['site', 'community'], { error: '支部类型只能是工地或社区' });

/** What a person says about themselves. Names may be missing until they fill in their profile. */
export const ProfileSchema = z.object({
  id: IdSchema,
  name: z.string().nullable(),
  phone: z.string().nullable(),
  workTeam: z.string().nullable(),
  unitKind: UnitKindSchema.nullable(),
  unitName: z.string().nullable(),
  createdAt: TimestampSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

export const MyMembershipSchema = z.object({
  branchId: IdSchema,
  branchName: z.string(),
  branchKind: BranchKindSchema,
  regionId: IdSchema,
  role: BranchRoleSchema,
  workTeam: z.string().nullable(),
  joinedAt: TimestampSchema,
});

export const MyRegionSchema = z.object({ regionId: IdSchema, regionName: z.string() });

/** `GET /api/me`: the profile with every branch the person belongs to and the regions they administer. */
export const MeSchema = ProfileSchema.extend({
  memberships: z.array(MyMembershipSchema),
  adminRegions: z.array(MyRegionSchema),
  isPlatformAdmin: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

/** `PATCH /api/me`: only these fields, at least one; `null` clears an optional field. */
export const UpdateMeSchema = z
  .strictObject({
    name: text('姓名', 20).optional(),
    phone: PhoneSchema.nullable().optional(),
    workTeam: text('班组', 20).nullable().optional(),
    unitKind: UnitKindSchema.nullable().optional(),
    unitName: text('单位名称', 40).nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, '请至少修改一项');
export type UpdateMe = z.infer<typeof UpdateMeSchema>;
