import { describe, expect, it } from 'vitest';
import { ROOT_FONT_SIZE_SCRIPT } from '../config/root-font-size';

/** Runs the H5 page's root font-size script in a window of this size. */
function rootFontSize(width: number, height: number): string {
  Object.assign(window, { innerWidth: width, innerHeight: height });
  new Function('window', ROOT_FONT_SIZE_SCRIPT)(window);
  return document.documentElement.style.fontSize;
}

describe('the H5 root font size', () => {
  it('follows the viewport’s shorter side: 40 px per 750, between 20 and 40', () => {
    expect(rootFontSize(375, 740)).toBe('20px');
    expect(parseFloat(rootFontSize(412, 823))).toBeCloseTo((40 * 412) / 750, 5);
    expect(rootFontSize(1366, 800)).toBe('40px');
    expect(rootFontSize(320, 568)).toBe('20px');
  });
});
