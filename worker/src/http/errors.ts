import { ERRORS, type ErrorCode, type ImportIssue } from '@sitebranch/shared';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error type handlers throw. The error handler turns it into
 * `{ error: { code, message, requestId, fields?, issues? } }` with the status of its code.
 */
export class ApiError extends HTTPException {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly issues: ImportIssue[] | undefined;

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>, issues?: ImportIssue[]) {
    const spec = ERRORS[code];
    super(spec.status as ContentfulStatusCode, { message: message ?? spec.message });
    this.code = code;
    this.fields = fields;
    this.issues = issues;
  }
}
