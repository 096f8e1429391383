/** The path parameters and the branch access rule the organization endpoints share (not endpoints: `index.ts` leaves them out). */
import { IdSchema } from '../../schemas/common';
import { InviteCodeSchema } from '../../schemas/organization';
import * as z from '../../zod';

export const RegionParams = z.strictObject({ id: IdSchema });
export const BranchParams = z.strictObject({ id: IdSchema });
export const InviteParams = z.strictObject({ code: InviteCodeSchema });
export const MemberParams = z.strictObject({ id: IdSchema, userId: IdSchema });

export const thisBranch = { param: 'id', resource: 'branch' } as const;
