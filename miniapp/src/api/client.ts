/**
 * The one request module of the app: every call to the API goes through `api()`, or for files
 * through `upload.ts`, which uses the same three steps (`callHeaders`, then the transfer, then
 * `refusal`). It adds the session (or deliberately none, for receipt calls), renews it before it
 * runs out, retries idempotent requests when the network drops, turns errors into a readable
 * toast, and sends the person to login when the session is gone.
 */
import type { BodyOf, ParamsOf, QueryOf, ResponseOf, Route } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { ApiRequestError, NETWORK_ERROR_MESSAGE, toApiError } from './errors';
import { clearSession, loadSession, needsRenewal, saveSession } from './session-store';
import { fillPath, queryString } from './url';

export interface CallInput<E extends Route> {
  params?: ParamsOf<E>;
  query?: QueryOf<E>;
  body?: BodyOf<E>;
}

export interface CallOptions {
  /** Show the error as a toast (default true). Forms that show errors inline turn it off. */
  toast?: boolean;
  /** Extra request headers, e.g. `x-feedback-receipt` for anonymous feedback. */
  headers?: Record<string, string>;
  /**
   * Send the call without the session (default true: with it). Calls made with an anonymous
   * feedback's receipt go without, so that nothing ties the report to the person.
   */
  withSession?: boolean;
}

/** The headers of a call: the extra ones, and the session unless the call goes without it. */
export function requestHeaders(
  options: Pick<CallOptions, 'headers' | 'withSession'>,
  base: Record<string, string> = {},
): Record<string, string> {
  const header: Record<string, string> = { ...base, ...options.headers };
  const token = options.withSession === false ? undefined : loadSession()?.token;
  if (token) header.authorization = `Bearer ${token}`;
  return header;
}

const RETRY_DELAYS_MS = [600, 1800];
const IDEMPOTENT = new Set(['get', 'put', 'delete']);

let sessionLostHandler: (() => void) | null = null;
let renewing: Promise<void> | null = null;

/** The app decides what happens when the session is gone (silent WeChat login, or the login page). */
export function onSessionLost(handler: () => void): void {
  sessionLostHandler = handler;
}

export function apiBase(): string {
  return process.env.TARO_ENV === 'h5' ? '' : SITEBRANCH_API_BASE;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(method: string, url: string, body: unknown, header: Record<string, string>) {
  const response = await Taro.request({
    url,
    method: method.toUpperCase() as keyof Taro.request.Method,
    data: body as Record<string, unknown> | undefined,
    header,
    timeout: 15000,
    dataType: 'json',
  });
  return { status: response.statusCode, data: response.data as unknown };
}

/** Sends once, and again after short pauses when an idempotent request meets a dead network. */
async function sendWithRetry(method: string, url: string, body: unknown, header: Record<string, string>) {
  const attempts = IDEMPOTENT.has(method) ? RETRY_DELAYS_MS.length + 1 : 1;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(method, url, body, header);
    } catch {
      if (attempt + 1 >= attempts) throw new ApiRequestError(0, 'network', NETWORK_ERROR_MESSAGE);
      await sleep(RETRY_DELAYS_MS[attempt]!);
    }
  }
}

/** Renews the session in the background of a call, once at a time. */
async function renewIfDue(): Promise<void> {
  const session = loadSession();
  if (!session || !needsRenewal(session)) return;
  renewing ??= sendWithRetry('post', `${apiBase()}/api/auth/refresh`, undefined, {
    'content-type': 'application/json',
    authorization: `Bearer ${session.token}`,
  })
    .then(({ status, data }) => {
      if (status === 200) saveSession(data as { token: string; expiresAt: number; sessionEndsAt: number });
    })
    .catch(() => undefined)
    .finally(() => {
      renewing = null;
    });
  await renewing;
}

/** Whether a call carries the session: not for public routes, nor when the caller says so (receipts). */
const carriesSession = (endpoint: Route, options: Pick<CallOptions, 'withSession'>) =>
  options.withSession !== false && endpoint.access.kind !== 'public';

/** The headers of any call, renewing the session first when it runs low (when the call carries it). */
export async function callHeaders(
  endpoint: Route,
  options: Pick<CallOptions, 'headers' | 'withSession'>,
  base: Record<string, string> = {},
): Promise<Record<string, string>> {
  if (carriesSession(endpoint, options)) await renewIfDue();
  return requestHeaders(options, base);
}

/** The error of a refused call; a 401 to a call that carried the session means it is gone: to the login page. */
export function refusal(endpoint: Route, options: Pick<CallOptions, 'withSession'>, status: number, data: unknown): ApiRequestError {
  if (status === 401 && carriesSession(endpoint, options)) {
    clearSession();
    sessionLostHandler?.();
  }
  return toApiError(status, data);
}

/** The URL of an endpoint with its path parameters and query filled in. */
export function endpointUrl<E extends Route>(endpoint: E, input: Pick<CallInput<E>, 'params' | 'query'> = {}): string {
  return apiBase() + fillPath(endpoint.path, input.params as Record<string, string>) + queryString(input.query as Record<string, unknown>);
}

/** Calls one endpoint of the API, typed by its shared contract. */
export async function api<E extends Route>(endpoint: E, input: CallInput<E> = {}, options: CallOptions = {}): Promise<ResponseOf<E>> {
  const header = await callHeaders(endpoint, options, { 'content-type': 'application/json' });
  try {
    const { status, data } = await sendWithRetry(endpoint.method, endpointUrl(endpoint, input), input.body, header);
    if (status >= 200 && status < 300) return (status === 204 ? undefined : data) as ResponseOf<E>;
    throw refusal(endpoint, options, status, data);
  } catch (error) {
    const apiError = error instanceof ApiRequestError ? error : new ApiRequestError(0, 'network', NETWORK_ERROR_MESSAGE);
    if (options.toast !== false && apiError.status !== 401) {
      void Taro.showToast({ title: apiError.message, icon: 'none', duration: 2500 });
    }
    throw apiError;
  }
}
