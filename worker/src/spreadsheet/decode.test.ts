import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { SpreadsheetError } from './errors';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('题干,答案')))).toBe('题干,答案');
    expect(decodeText(utf8('题干,答案'))).toBe('题干,答案');
  });

  // workerd ships GB18030/GBK decoders (checked on workerd 1.20260426.1); this fails loudly if that changes.
  it('decodes GBK, as Excel on Chinese Windows saves CSV', () => {
    expect(decodeText(Uint8Array.of(0xcc, 0xe2, 0xb8, 0xc9))).toBe('题干');
    const csv = [0xcc, 0xe2, 0xb8, 0xc9, 0x2c, 0xb4, 0xf0, 0xb0, 0xb8, 0x0d, 0x0a, 0xb5, 0xb3, 0x2c, 0xca, 0xc7, 0x0d, 0x0a];
    expect(decodeText(Uint8Array.from(csv))).toBe('题干,答案\r\n党,是\r\n');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = Uint8Array.of(0x41, 0xff, 0x42);
    expect(() => decodeText(bytes)).toThrow(SpreadsheetError);
    expect(() => decodeText(bytes)).toThrow('无法识别文件编码：请在 Excel 里“另存为”CSV UTF-8，或直接上传 .xlsx 文件');
  });
});
