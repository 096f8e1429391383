/**
 * The knowledge contest: question banks, contests, attempts, leaderboards, analysis, daily practice,
 * one file per resource. Endpoints only: `../index.ts` spreads this module into `endpoints`, so the
 * shared `params.ts` is not re-exported here.
 */
export * from './banks';
export * from './question-import';
export * from './contests';
export * from './attempts';
export * from './standings';
export * from './practice';
