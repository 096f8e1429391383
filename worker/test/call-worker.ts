/** Calling the worker from a test: a request through its fetch handler, the answer read back as JSON or bytes. */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../src/index';
import { checkDeclaredError } from './declared-errors';

export const BASE_URL = 'http://sitebranch.test';

export interface CallOptions {
  token?: string | undefined;
  body?: unknown;
  /** Sent as is, instead of JSON-encoding `body`. */
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  /** Return the body as bytes (downloads) instead of parsed JSON. */
  binary?: boolean;
  /** Bindings to run the worker with instead of the test environment's (e.g. a metered D1). */
  bindings?: typeof env;
}

/**
 * What a test reads an answer as unless it says more: the API's JSON, read field by field in
 * hundreds of places, where `unknown` would need a cast or a schema at each one.
 */
// biome-ignore lint/suspicious/noExplicitAny: the one loose type of the tests' answers, named so it is found
export type LooseJson = any;

export interface CallResult<T = LooseJson> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * Calls the worker's fetch handler inside workerd, as the runtime would for a client's request.
 * (Not through `exports.default`: that loopback gets slower with every request it has carried,
 * which turns the thousands of fuzzing requests quadratic.)
 */
export async function call<T = LooseJson>(method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(BASE_URL + path, { method, headers, body }), options.bindings ?? env, ctx);
  await waitOnExecutionContext(ctx);
  if (options.binary) return { status: res.status, body: new Uint8Array(await res.arrayBuffer()) as T, headers: res.headers };
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  checkDeclaredError(method, BASE_URL + path, res.status, parsed);
  return { status: res.status, body: parsed as T, headers: res.headers };
}
