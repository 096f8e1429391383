import { describe, expect, it } from 'vitest';
import { elements, firstInner, withoutElements } from './xml';

const all = (xml: string, tag: string) => [...elements(xml, tag)];
const UNCLOSED = /Excel 文件已损坏（<c> 没有结束）/;

describe('elements', () => {
  it('finds elements with and without content, prefixed or not, and no other tag that starts alike', () => {
    const xml = '<row r="1"><c r="A1"><v>1</v></c><c/><x:c t="s">2</x:c><cols/><c\n\tr="B1" /></row>';
    expect(all(xml, 'c')).toEqual([
      [' r="A1"', '<v>1</v>'],
      ['', ''],
      [' t="s"', '2'],
      ['\n\tr="B1" ', ''],
    ]);
    expect(firstInner(xml, 'v')).toBe('1');
    expect(firstInner(xml, 'is')).toBeUndefined();
    expect(withoutElements('<si><t>a</t><rPh sb="0"><t>ふ</t></rPh><t>b</t></si>', 'rPh')).toBe('<si><t>a</t><t>b</t></si>');
  });

  it('refuses an element that is never closed, in time linear in its length', () => {
    expect(() => all('<row><c r="A1"><v>1</v></row>', 'c')).toThrow(UNCLOSED);
    expect(() => all('<c', 'c')).toThrow(UNCLOSED);
    // Each of these took a lazy regular expression time quadratic in the length: 200 KB of `<c ` 49 s.
    const started = performance.now();
    for (const xml of [`<c ${'x'.repeat(4_000_000)}`, '<c '.repeat(1_300_000), '<c>'.repeat(1_300_000)]) {
      expect(() => all(xml, 'c')).toThrow(UNCLOSED);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('is lazy: stops where the reader stops', () => {
    const rows = elements('<row>1</row><row>2</row><row', 'row');
    expect(rows.next().value).toEqual(['', '1']);
    expect(rows.next().value).toEqual(['', '2']);
    expect(() => rows.next()).toThrow(/<row> 没有结束/);
  });
});
