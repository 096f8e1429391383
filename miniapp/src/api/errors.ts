import type { ErrorBody } from '@sitebranch/shared';

/** One problem of an imported file, by row and column (行 12，答案列：选项 E 不存在). */
export type ImportIssue = NonNullable<ErrorBody['error']['issues']>[number];

/** An API call that did not succeed, with the server's code and a message a person can read. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly requestId?: string,
    /** For `import_failed`: every problem of the file, to list beside the message. */
    readonly issues?: ImportIssue[],
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }

  /** The network failed before any answer came back (status 0). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export const NETWORK_ERROR_MESSAGE = '网络不给力，请检查网络后重试';

/** Reads the API's error shape, falling back to a plain message for anything else. */
export function toApiError(status: number, body: unknown): ApiRequestError {
  const error = (body as { error?: Partial<ErrorBody['error']> } | null)?.error;
  if (error?.code && error.message)
    return new ApiRequestError(status, error.code, error.message, error.fields, error.requestId, error.issues);
  return new ApiRequestError(status, 'unexpected', status >= 500 ? '服务器开小差了，请稍后再试' : `请求失败（${status}）`);
}
