/** The path parameter and the ownership access rules the contest endpoints share (not endpoints: `index.ts` leaves them out). */
import { IdSchema } from '../../schemas/common';
import * as z from '../../zod';

export const IdParams = z.strictObject({ id: IdSchema });
export const bank = (need: 'manage' | 'view') => ({ kind: 'owned', resource: 'bank', param: 'id', need }) as const;
export const contest = (need: 'manage' | 'view' | 'take') => ({ kind: 'owned', resource: 'contest', param: 'id', need }) as const;
