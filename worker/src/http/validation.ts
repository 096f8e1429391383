import type { z } from '@sitebranch/shared';
import type { Context } from 'hono';
import { ApiError } from './errors';

/** Field path → first message, for the `fields` of a validation error. */
function fieldMessages(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Parses input with a schema, or throws a 400 naming each field that is wrong. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldMessages(result.error);
  const first = Object.values(fields)[0];
  throw new ApiError('validation_failed', first ? `提交的内容有误：${first}` : undefined, fields);
}

/** Path parameters that fail their schema name nothing that exists: 404, not 400. */
export function parsePathParams<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError('not_found');
  return result.data;
}

/** JSON bodies above this are refused with 413 (files have their own, larger limit). */
export const MAX_JSON_BYTES = 1024 * 1024;

/** Reads a JSON body; an empty body reads as `undefined` so optional bodies may be left out. */
export async function readJsonBody(c: Context): Promise<unknown> {
  if (c.req.raw.body === null) return undefined;
  const type = c.req.header('content-type');
  if (type !== undefined && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw new ApiError('unsupported_media_type');
  if (Number(c.req.header('content-length') ?? 0) > MAX_JSON_BYTES) throw new ApiError('payload_too_large');
  const text = await c.req.text();
  if (text.length > MAX_JSON_BYTES) throw new ApiError('payload_too_large');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('invalid_json');
  }
}
