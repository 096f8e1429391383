import type { ErrorCode } from '../errors';
import type { BranchRole } from '../roles';
import type * as z from '../zod';
import type { ContractOf, Route } from './routes';

/**
 * Where a route finds the branch it acts on: the branch id itself in a path parameter,
 * or another resource (an invite code, later an event…) that belongs to one branch.
 */
export type BranchLocator = { param: string; resource: 'branch' | 'invite' | 'event' };

/**
 * Who may call a route. The worker enforces this in one place before the handler runs;
 * handlers only add rules that depend on the target (e.g. "not the last secretary").
 */
export type Access =
  | { kind: 'public' }
  /** Any logged-in person. */
  | { kind: 'user' }
  /** The people who run the platform (create regions). */
  | { kind: 'platformAdmin' }
  /** An admin of the region named by a path parameter. */
  | { kind: 'regionAdmin'; regionParam: string }
  /** A discipline contact (纪检联系人) of the region named by a path parameter, appointed by its admins. */
  | { kind: 'regionDiscipline'; regionParam: string }
  /** A member of the branch holding at least `minRole`, or an admin of the branch's region. */
  | { kind: 'branch'; branch: BranchLocator; minRole: BranchRole; regionAdmin: boolean }
  /**
   * A member of the event's branch, checked inside the route's own single SQL statement instead of
   * a separate query first: for hot writes (check-in) whose budget is one D1 round trip.
   */
  | { kind: 'eventMemberInQuery'; eventParam: string }
  /**
   * A question bank or contest, owned by a region or by one branch. `manage`: the branch's
   * committee and secretary, or the region's admins. `view` (organizers reading): also region
   * admins for branch-owned ones, and branch organizers of the region for region-owned ones.
   * `take` (people answering): also members of the branch, or of any branch of the region.
   */
  | { kind: 'owned'; resource: 'bank' | 'contest'; param: string; need: 'manage' | 'view' | 'take' }
  /**
   * One piece of feedback. `submitter`: the person who sent it (by session, or for anonymous
   * feedback by its receipt in the `x-feedback-receipt` header, no session needed). `handle`: the
   * branch's committee and secretary, but for 廉政监督 only the secretary and the discipline
   * member — or, for a 廉政监督 report sent past the branch, only the region's discipline
   * contacts. `view`: either.
   */
  | { kind: 'feedback'; param: string; need: 'view' | 'handle' | 'submitter' };

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route of the API: the single source for validation, the OpenAPI document, the client's types and authorization. */
export interface Endpoint {
  method: HttpMethod;
  /** Hono-style path, e.g. `/api/branches/:id`. */
  path: `/api/${string}`;
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** `null` for 204 No Content, or a file the handler makes (a spreadsheet). */
  response: z.ZodMiniType | null | { file: 'xlsx' | 'csv' | 'image' };
  /** The body is a file (raw bytes, at most this size) instead of JSON. */
  upload?: { maxBytes: number };
  status?: 200 | 201 | 204;
  /**
   * The handler's own statement checks that the caller's session is still live (not logged out),
   * instead of a separate read first: for hot writes whose budget is one D1 round trip.
   */
  sessionCheckedInQuery?: true;
  /**
   * The error codes the handler itself answers with (a closed check-in, the last secretary…);
   * those every route shares and those its params and access imply are added by `errorCodesOf`.
   */
  errors?: readonly ErrorCode[];
}

/** Declares an endpoint, keeping its literal types for the worker and the client. */
export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}

type Infer<T, K extends 'input' | 'output'> = T extends z.ZodMiniType ? (K extends 'input' ? z.input<T> : z.output<T>) : never;

/** What a client sends and receives for an endpoint, or for its route in the app's table (`routes.ts`). */
export type ParamsOf<E extends Endpoint | Route> = Infer<ContractOf<E>['params'], 'input'>;
export type QueryOf<E extends Endpoint | Route> = Infer<ContractOf<E>['query'], 'input'>;
export type BodyOf<E extends Endpoint | Route> = ContractOf<E>['upload'] extends object
  ? ArrayBuffer | Uint8Array
  : Infer<ContractOf<E>['body'], 'input'>;
export type ResponseOf<E extends Endpoint | Route> = ContractOf<E>['response'] extends z.ZodMiniType
  ? z.output<ContractOf<E>['response']>
  : undefined;

/** The same, as the worker sees them after validation. */
export type ValidParamsOf<E extends Endpoint> = Infer<E['params'], 'output'>;
export type ValidQueryOf<E extends Endpoint> = Infer<E['query'], 'output'>;
export type ValidBodyOf<E extends Endpoint> = E['upload'] extends object ? Uint8Array : Infer<E['body'], 'output'>;
/** A file response: its bytes and the name it is saved under. */
export interface FileResult {
  bytes: Uint8Array;
  fileName: string;
  /** For images: the type recognised when the photo was uploaded. */
  contentType?: string;
}
export type HandlerResultOf<E extends Endpoint> = E['response'] extends z.ZodMiniType
  ? z.input<E['response']>
  : E['response'] extends { file: string }
    ? FileResult
    : // biome-ignore lint/suspicious/noConfusingVoidType: what a handler of a 204 route returns: written as an async function with no return, whose type TypeScript makes Promise<void>, which Promise<undefined> would refuse.
      void;

/** `/api/branches/:id` → `/api/branches/{id}` for OpenAPI. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}
