/**
 * Binds a shared endpoint contract to a handler on a Hono router. The order of checks is the
 * same for every route: session (401) → path ids (404) → authorization (403/404) → query and
 * body (400) → handler → response validated against its schema (unknown fields are dropped,
 * so a handler can never leak a column by returning a whole row).
 */
import {
  NoBodySchema,
  NoQuerySchema,
  RECEIPT_HEADER,
  type Endpoint,
  type FileResult,
  type HandlerResultOf,
  type ValidBodyOf,
  type ValidParamsOf,
  type ValidQueryOf,
} from '@sitebranch/shared';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { authenticate } from '../authz/authenticate';
import { authorize, type BranchAccess } from '../authz/authorize';
import type { FeedbackAccess } from '../authz/feedback-access';
import type { OwnedAccess } from '../authz/owned';
import { secret } from '../auth/secrets';
import { requireLiveSession } from '../db/sessions';
import { receiptHash } from '../feedback/receipt';
import type { AppEnv } from '../env';
import { readFileBody, sendFile } from './files';
import { parseInput, parsePathParams, readJsonBody } from './validation';

type Kind<E extends Endpoint> = E['access']['kind'];

/** What a handler knows about its caller, by the route's access kind. */
export type CallerOf<E extends Endpoint> =
  Kind<E> extends 'public'
    ? { userId: string | null; sessionId: string | null }
    : Kind<E> extends 'branch'
      ? { userId: string; sessionId: string; branch: BranchAccess }
      : Kind<E> extends 'owned'
        ? { userId: string; sessionId: string; owned: OwnedAccess }
        : Kind<E> extends 'feedback'
          ? { userId: string | null; sessionId: string | null; feedback: FeedbackAccess }
          : { userId: string; sessionId: string };

export interface HandlerContext<E extends Endpoint> {
  c: Context<AppEnv>;
  params: ValidParamsOf<E>;
  query: ValidQueryOf<E>;
  body: ValidBodyOf<E>;
  caller: CallerOf<E>;
}

export type Handler<E extends Endpoint> = (ctx: HandlerContext<E>) => Promise<HandlerResultOf<E>>;

/** Where the handler finds what authorization learned, by access kind. */
const STANDING_NAME: Partial<Record<Endpoint['access']['kind'], string>> = { branch: 'branch', owned: 'owned', feedback: 'feedback' };

export function implement<E extends Endpoint>(router: Hono<AppEnv>, endpoint: E, handler: Handler<E>): void {
  router.on(endpoint.method.toUpperCase(), endpoint.path, async (c) => {
    const session = await authenticate(c);
    // A logged-out session is refused here, unless the route's own statement checks it (hot writes).
    if (session && !endpoint.sessionCheckedInQuery) await requireLiveSession(c.env.DB, session.sessionId, session.userId);
    const userId = session?.userId ?? null;
    const params = endpoint.params ? parsePathParams(endpoint.params, c.req.param()) : {};
    const receipt = c.req.header(RECEIPT_HEADER);
    const standing = await authorize(
      c.get('db'),
      endpoint.access,
      userId,
      params as Record<string, string>,
      receipt ? receiptHash(secret(c.env, 'RECEIPT_SECRET'), receipt) : undefined,
    );
    const query = parseInput(endpoint.query ?? NoQuerySchema, c.req.query());
    const body = endpoint.upload
      ? await readFileBody(c, endpoint.upload.maxBytes)
      : parseInput(endpoint.body ?? NoBodySchema, await readJsonBody(c));

    const caller = {
      userId,
      sessionId: session?.sessionId ?? null,
      ...(standing && { [STANDING_NAME[endpoint.access.kind] ?? 'branch']: standing }),
    } as CallerOf<E>;
    const result = await handler({ c, params, query, body, caller } as HandlerContext<E>);

    if (endpoint.response === null) return c.body(null, 204);
    if ('file' in endpoint.response) return sendFile(c, endpoint.response.file, result as FileResult);
    return c.json(endpoint.response.parse(result), (endpoint.status ?? 200) as ContentfulStatusCode);
  });
}
