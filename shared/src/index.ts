// Types only: a namespace object of zod would drag every locale into the bundles (see zod.ts).
export type * as z from './zod';
export * from './errors';
export * from './roles';
export * from './domain/constants';
export * from './domain/membership';
export * from './domain/signin-code';
export * from './domain/geo';
export * from './domain/events';
export * from './domain/time';
export * from './schemas/common';
export * from './schemas/user';
export * from './schemas/auth';
export * from './schemas/organisation';
export * from './schemas/events';
export * from './schemas/attendance';
export * from './api';
