/** Errors of a form, next to its fields: from the shared schema before sending, or from the server's answer. */
import Taro from '@tarojs/taro';
import type { ApiRequestError } from './errors';

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

/** A schema's issues as field → message (by the first path segment; `_` for the form as a whole). */
export function fieldErrors(issues: readonly Issue[]): Record<string, string> {
  return Object.fromEntries(issues.map((issue) => [String(issue.path[0] ?? '_'), issue.message]));
}

/** A refused save: the server's messages beside their fields, anything else in a toast. */
export function showSaveError(e: unknown, setErrors: (errors: Record<string, string>) => void): void {
  const error = e as ApiRequestError;
  if (error.fields) setErrors(error.fields);
  else void Taro.showToast({ title: error.message, icon: 'none' });
}
