import { describe, expect, it } from 'vitest';
import { dateStyles, serialDateText } from './xlsx-dates';

describe('dates in an .xlsx', () => {
  it('finds the date styles: built-in date formats and custom ones with y, d, h or s outside quotes', () => {
    const styles = `<styleSheet><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00&quot;天&quot;"/><numFmt numFmtId="166" formatCode="[Red]0.0"/></numFmts>
      <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="166"/></cellXfs></styleSheet>`;
    expect([...dateStyles(styles)]).toEqual([1, 2, 4]);
    expect(dateStyles('')).toEqual(new Set());
  });

  it('turns a day count into the date (and time) it stands for', () => {
    expect(serialDateText(7853)).toBe('1921-07-01');
    expect(serialDateText(45292.5)).toBe('2024-01-01 12:00');
    expect(serialDateText(0.75)).toBe('18:00');
  });
});
