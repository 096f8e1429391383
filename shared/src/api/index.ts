import * as auth from './auth';
import * as organisation from './organisation';

export * from './endpoint';
export * from './openapi';
export { auth, organisation };

/** Every endpoint of the API: the worker implements each one, the OpenAPI document lists each one. */
export const endpoints = { ...auth, ...organisation };
export type EndpointName = keyof typeof endpoints;
