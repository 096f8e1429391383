import { SpreadsheetError } from './errors';

/**
 * Decodes uploaded CSV bytes: UTF-8 (a BOM is dropped), else GB18030, the superset of GBK that Excel on
 * Chinese Windows uses when it saves "CSV (逗号分隔)". Throws a SpreadsheetError when neither fits.
 *
 * workerd does support these legacy encodings (checked in workerd 1.20260426.1, compatibility date
 * 2026-04-20): `new TextDecoder('gb18030')` and `'gbk'` (also `'gb2312'`, which maps to gbk) decode
 * CC E2 B8 C9 to "题干", and `fatal: true` works for them. Decoding fatally means bytes that are not
 * GB18030 either (e.g. a lone 0xFF) are refused instead of turned into "�". If a runtime lacks gb18030,
 * the constructor throws a RangeError and the user gets the same advice.
 */
export function decodeText(bytes: Uint8Array): string {
  // ignoreBOM: false (the default, but workers-types requires it) means a leading BOM is dropped.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: most likely a GBK file from Excel; try that next.
  }
  try {
    return new TextDecoder('gb18030', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SpreadsheetError('无法识别文件编码：请在 Excel 里“另存为”CSV UTF-8，或直接上传 .xlsx 文件');
  }
}
