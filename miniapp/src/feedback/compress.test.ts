import { MAX_PHOTO_BYTES } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { fitWithin, keepOriginal } from './compress';

describe('photo sizing', () => {
  it('shrinks the longer side to 1600 px, keeping the shape', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(4032, 1816)).toEqual({ width: 1600, height: 721 }); // 1816 × 1600 / 4032 = 720.6
  });

  it('never enlarges a small photo, and never makes a side zero', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 });
    expect(fitWithin(20000, 3)).toEqual({ width: 1600, height: 1 });
  });

  it('takes another limit', () => {
    expect(fitWithin(1000, 500, 400)).toEqual({ width: 400, height: 200 });
  });
});

describe('keeping the original', () => {
  const png = { size: 40_000, type: 'image/png' };
  it('keeps a small file that re-encoding did not shrink', () => {
    expect(keepOriginal(png, 60_000, false)).toBe(true);
  });

  it('uses the compressed one when it is smaller, was resized, or the original cannot be sent', () => {
    expect(keepOriginal(png, 30_000, false)).toBe(false);
    expect(keepOriginal(png, 60_000, true)).toBe(false);
    expect(keepOriginal({ size: 40_000, type: 'image/heic' }, 60_000, false)).toBe(false);
    expect(keepOriginal({ size: MAX_PHOTO_BYTES + 1, type: 'image/jpeg' }, MAX_PHOTO_BYTES + 2, false)).toBe(false);
  });
});
