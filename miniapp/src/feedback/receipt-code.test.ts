import { describe, expect, it } from 'vitest';
import { groupReceipt, normalizeReceipt, receiptError } from './receipt-code';

describe('receipt codes', () => {
  it('are shown in groups of four', () => {
    expect(groupReceipt('AB12CD34EF')).toBe('AB12 CD34 EF');
    expect(groupReceipt('AB12CD34EF56')).toBe('AB12 CD34 EF56');
  });

  it('are read back without the spaces and dashes they were copied with', () => {
    expect(normalizeReceipt(' ab12 CD34-EF ')).toBe('AB12CD34EF');
    expect(receiptError('AB12 CD34 EF')).toBeUndefined();
  });

  it('say what is wrong with a code that cannot be one', () => {
    expect(receiptError('  ')).toBe('请输入回执码');
    expect(receiptError('AB12')).toMatch(/请核对/);
    expect(receiptError('AB12CD34EF!')).toMatch(/请核对/);
  });
});
