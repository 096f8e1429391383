/** An API call that did not succeed, with the server's code and a message a person can read. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly requestId?: string,
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
  const error = (body as { error?: { code?: string; message?: string; fields?: Record<string, string>; requestId?: string } } | null)?.error;
  if (error?.code && error.message) return new ApiRequestError(status, error.code, error.message, error.fields, error.requestId);
  return new ApiRequestError(status, 'unexpected', status >= 500 ? '服务器开小差了，请稍后再试' : `请求失败（${status}）`);
}
