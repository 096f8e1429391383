import * as z from '../zod';

/** Opaque identifiers: random lower-case letters and digits (demo data uses readable ones with hyphens). */
export const IdSchema = z.string().check(z.regex(/^[0-9a-z][0-9a-z-]{3,39}$/, '编号格式不正确'));

/** A moment in time as UTC milliseconds; shown to people in China Standard Time. */
export const TimestampSchema = z.number().check(z.int(), z.nonnegative());

/** Free text a person types: trimmed, not blank, bounded. */
export function text(label: string, max: number, min = 1) {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`),
      z.maxLength(max, `${label}不能超过 ${max} 个字`),
    );
}

/** A mainland China mobile number, 11 digits starting with 1[3-9]. */
export const PhoneSchema = z.string().check(z.trim(), z.regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码'));

/** A body with nothing in it, for routes that take none but are POSTed. */
export const EmptyBodySchema = z.strictObject({});

/** For routes without a query: a stray parameter is a caller's mistake worth telling. */
export const NoQuerySchema = z.strictObject({});

/** For routes that take no body. */
export const NoBodySchema = z.undefined({ error: '该接口不接受请求内容' });
