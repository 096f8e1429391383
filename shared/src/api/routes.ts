import type { Endpoint } from './endpoint';

/**
 * The fields of an endpoint the app needs when it calls it: where to send it, whether it carries
 * the session, and the size limit of an upload. The app's bundle holds only these (its `routes`
 * table is made from `endpoints` when the app is built), not every route's schemas and summaries.
 */
export const ROUTE_FIELDS = ['method', 'path', 'access', 'upload'] as const;
type RouteField = (typeof ROUTE_FIELDS)[number];

/** Marks the endpoint a route was made from, for types only: the contract's types follow the route. */
declare const contract: unique symbol;

/** An endpoint as the app carries it: its route fields, and (in types only) its whole contract. */
export type Route<E extends Endpoint = Endpoint> = Readonly<Pick<E, RouteField & keyof E>> & { readonly [contract]?: E };

/** The endpoint behind a route, or the endpoint itself. */
export type ContractOf<T> = T extends { readonly [contract]?: infer E } ? (E extends Endpoint ? E : T) : T;

export type RouteTable<T extends Record<string, Endpoint>> = { readonly [K in keyof T]: Route<T[K]> };

/** The route fields of each endpoint, as plain data (JSON) for the app's build. */
export function routeTable<T extends Record<string, Endpoint>>(all: T): RouteTable<T> {
  const table: Record<string, Partial<Endpoint>> = {};
  for (const [name, endpoint] of Object.entries(all)) {
    const route: Record<string, unknown> = {};
    for (const field of ROUTE_FIELDS) if (endpoint[field] !== undefined) route[field] = endpoint[field];
    table[name] = route as Partial<Endpoint>;
  }
  return table as unknown as RouteTable<T>;
}
