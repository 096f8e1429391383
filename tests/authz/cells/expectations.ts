/**
 * Who may call a route, as the matrix says it: the role groups, and the status each role gets
 * (an expectation) built from them.
 */
import { MATRIX_ROLES, type MatrixRole } from '@sitebranch/worker/testing';

export type Expectation = Record<MatrixRole, number>;

export const ROLES_WITH_SESSION = MATRIX_ROLES.filter((r) => r !== 'none');

export const BRANCH_MEMBERS: MatrixRole[] = ['masses', 'member', 'committee', 'secretary', 'regionAdmin'];
export const BRANCH_MEMBERS_ONLY: MatrixRole[] = ['masses', 'member', 'committee', 'secretary'];
export const COMMITTEE: MatrixRole[] = ['committee', 'secretary'];
export const ORGANIZERS: MatrixRole[] = ['committee', 'secretary', 'regionAdmin'];
export const MANAGERS: MatrixRole[] = ['secretary', 'regionAdmin'];

/** Everyone, even without a session. */
export const anyone = (status: number): Expectation => Object.fromEntries(MATRIX_ROLES.map((r) => [r, status])) as Expectation;

/** Any logged-in person; 401 without a session. */
export const loggedIn = (status: number): Expectation => ({ ...anyone(status), none: 401 });

/** Only the listed roles get `status`; other logged-in people 403; no session 401. */
export const only = (status: number, roles: MatrixRole[]): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : roles.includes(r) ? status : 403])) as Expectation;

/** Not a member of the world's branch, so 404: the attempt is looked up as the caller's own. */
export const ownerOnly = (status: number, owner: MatrixRole): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : r === owner ? status : 404])) as Expectation;

/** Seen by its submitter and the branch's committee and secretary; to everyone else it does not exist. */
export const feedbackViewers = (status: number, viewers: MatrixRole[]): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : viewers.includes(r) ? status : 404])) as Expectation;
