/**
 * Every route of the app with how to call it in a fresh world (path, body) and who may: the table
 * the authorization matrix runs, and that the partial-write test reuses to reach every batch. Each
 * API area's cells are in a file of their own; this puts them together, in the matrix's order.
 */
import { AUTH } from './auth';
import { BANKS } from './banks';
import { BRANCHES } from './branches';
import { CALENDAR } from './calendar';
import type { Cell } from './cell';
import { CONTESTS } from './contests';
import { CHECKING_IN, EVENTS } from './events';
import { FEEDBACK } from './feedback';
import { ME } from './me';
import { MEMBERS } from './members';
import { NOTICES } from './notices';
import { OVERSIGHT } from './oversight';
import { REGIONS } from './regions';
import { SERVICE } from './service';

export { regionBankOf } from './banks';
export { type Cell, perWorld } from './cell';
export { contestBody, regionContestOf } from './contests';
export { BRANCH_MEMBERS, BRANCH_MEMBERS_ONLY, feedbackViewers, only, ORGANIZERS, ROLES_WITH_SESSION } from './expectations';
export { integrityOf } from './feedback';

export const MATRIX: Record<string, Cell> = {
  ...SERVICE,
  ...AUTH,
  ...ME,
  ...REGIONS,
  ...CALENDAR,
  ...BRANCHES,
  ...MEMBERS,
  ...EVENTS,
  ...BANKS,
  ...CONTESTS,
  ...FEEDBACK,
  ...OVERSIGHT,
  ...CHECKING_IN,
  ...NOTICES,
};
