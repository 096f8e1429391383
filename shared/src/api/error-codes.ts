/**
 * The error codes each operation can answer with: those every route shares (the session, the
 * body's shape), those its contract implies (path ids, access), and the endpoint's own `errors`.
 * The OpenAPI document lists them per status; the worker tests fail on an answer not listed here.
 */
import { ERRORS, type ErrorCode } from '../errors';
import type { Endpoint } from './endpoint';

/** Every route reads the session if one is sent, and a JSON body or none, before its handler runs. */
const EVERY_ROUTE: readonly ErrorCode[] = [
  'unauthenticated',
  'session_expired',
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
];

/** Our own faults (500) and a missing or reused secret (503) can reach any route: the `default` response. */
export const SERVER_FAULTS: readonly ErrorCode[] = ['internal', 'misconfigured'];

export function errorCodesOf(endpoint: Endpoint): ErrorCode[] {
  const codes = new Set<ErrorCode>(EVERY_ROUTE);
  if (endpoint.params) codes.add('not_found');
  if (endpoint.upload) codes.add('file_unreadable');
  if (endpoint.access.kind !== 'public' && endpoint.access.kind !== 'user') codes.add('forbidden').add('not_found');
  for (const code of endpoint.errors ?? []) codes.add(code);
  return [...codes];
}

/** The same, grouped by HTTP status, statuses in order. */
export function errorCodesByStatus(endpoint: Endpoint): [number, ErrorCode[]][] {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(endpoint)) {
    const { status } = ERRORS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return [...byStatus.entries()].sort(([a], [b]) => a - b);
}
