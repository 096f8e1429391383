/**
 * The organization: regions, branches, discipline contacts, invites, members and the 花名册, one
 * file per resource. Endpoints only: `../index.ts` spreads this module into `endpoints`, so the
 * shared `params.ts` is not re-exported here.
 */
export * from './regions';
export * from './discipline-contacts';
export * from './branches';
export * from './invites';
export * from './members';
export * from './roster';
