import type { ErrorBody, ErrorCode } from '@sitebranch/shared';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env';
import { ApiError } from './errors';

/** Statuses Hono's own middleware may raise, mapped to our codes. */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

export function errorResponse(c: Context<AppEnv>, error: ApiError) {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      requestId: c.get('requestId') ?? 'unknown',
      ...(error.fields && { fields: error.fields }),
      ...(error.issues && { issues: error.issues }),
    },
  };
  return c.json(body, error.status as ContentfulStatusCode);
}

/** Every thrown error becomes the one error shape; only our own bugs become a 500. */
export const handleError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err);
  if (err instanceof HTTPException) {
    const code = CODE_BY_STATUS[err.status];
    if (code) return errorResponse(c, new ApiError(code));
  }
  console.error(
    JSON.stringify({ level: 'error', requestId: c.get('requestId'), path: c.req.path, error: String(err), stack: (err as Error)?.stack }),
  );
  return errorResponse(c, new ApiError('internal'));
};

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  errorResponse(c, new ApiError('not_found', `接口不存在：${c.req.method} ${c.req.path}`));
