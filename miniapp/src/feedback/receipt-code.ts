/** The receipt code of anonymous feedback: typed back in by hand, so spaces and dashes are forgiven. */
import { RECEIPT_LOOKUP_PATTERN } from '@sitebranch/shared';

/** The code as typed or pasted, without the spaces and dashes it is shown with (the server ignores case). */
export function normalizeReceipt(input: string): string {
  return input.replace(/[\s\-－—_]/g, '').toUpperCase();
}

/** An inline error for a typed code, or undefined when it can be looked up. */
export function receiptError(input: string): string | undefined {
  const code = normalizeReceipt(input);
  if (!code) return '请输入回执码';
  if (!RECEIPT_LOOKUP_PATTERN.test(code)) return '回执码是 10 位以上的字母和数字，请核对后重新输入';
  return undefined;
}

/** Groups of four, easier to read out and copy by hand: `AB12 CD34 EF`. */
export function groupReceipt(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}
