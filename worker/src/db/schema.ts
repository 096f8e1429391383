/**
 * The D1 schema. Times are UTC milliseconds. Ids are random strings (see `newId`), so they
 * cannot be guessed or counted. Change this file, then `pnpm --filter @sitebranch/worker db:generate`.
 */
// One file per area; drizzle-kit reads this one, and so does every statement that imports tables.
export * from './checkin-schema';
export * from './contest-schema';
export * from './feedback-schema';
export * from './notice-schema';
export * from './organization-schema';
