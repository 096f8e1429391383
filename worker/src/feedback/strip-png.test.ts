import { describe, expect, it } from 'vitest';
import { CorruptPhotoError } from './photo-bytes';
import { stripPng } from './strip-png';
import { chunk, concatBytes, GPS_LATITUDE, includesBytes, MARKERS, phonePng, PNG, pngChunks } from './test-photos';

const IHDR_END = 8 + 25;

describe('stripPng', () => {
  it('drops eXIf, text chunks, tIME, private chunks and what follows IEND; the rest keeps its bytes and CRCs', () => {
    const stripped = stripPng(phonePng());
    expect([...stripped]).toEqual([...PNG]);
    expect(pngChunks(stripped)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND'].map((type) => ({ type, crcOk: true })));
    expect(MARKERS.filter((marker) => includesBytes(stripped, marker))).toEqual([]);
    expect(includesBytes(stripped, GPS_LATITUDE)).toBe(false);
  });

  it('keeps the chunks that change how the image looks', () => {
    const rendering = [
      chunk('gAMA', new Uint8Array([0, 0, 0xb1, 0x8f])),
      chunk('sRGB', new Uint8Array([0])),
      chunk('iCCP', 'ICC\0\0', 'a colour profile'),
    ];
    const withRendering = concatBytes(PNG.subarray(0, IHDR_END), ...rendering, PNG.subarray(IHDR_END));
    const input = concatBytes(PNG.subarray(0, IHDR_END), ...rendering, chunk('iDOT', new Uint8Array(28)), PNG.subarray(IHDR_END));
    expect([...stripPng(input)]).toEqual([...withRendering]);
  });

  const tooLong = PNG.slice();
  new DataView(tooLong.buffer).setUint32(IHDR_END, 0x80000000);
  it.each([
    ['cut inside IDAT', PNG.subarray(0, PNG.length - 20)],
    ['no IEND', PNG.subarray(0, PNG.length - 12)],
    [
      'a chunk length past the end',
      concatBytes(PNG.subarray(0, IHDR_END), new Uint8Array([0, 0, 0x10, 0, 0x74, 0x45, 0x58, 0x74]), PNG.subarray(IHDR_END)),
    ],
    ['a chunk length over 2³¹ − 1', tooLong],
    ['no IHDR first', concatBytes(PNG.subarray(0, 8), PNG.subarray(IHDR_END))],
    ['nothing after the signature', PNG.subarray(0, 8)],
  ])('refuses a PNG with %s', (_what, bytes) => {
    expect(() => stripPng(bytes)).toThrow(CorruptPhotoError);
  });
});
