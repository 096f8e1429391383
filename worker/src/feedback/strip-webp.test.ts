import { describe, expect, it } from 'vitest';
import { CorruptPhotoError } from './photo-bytes';
import { stripWebp } from './strip-webp';
import {
  concatBytes,
  GPS_LATITUDE,
  includesBytes,
  MARKERS,
  phoneWebp,
  riffChunk,
  VP8L,
  vp8x,
  WEBP,
  webpChunks,
  webpOf,
} from './test-photos';

describe('stripWebp', () => {
  it('drops EXIF, XMP, unknown chunks and what follows the RIFF end; clears their VP8X flags; fixes the RIFF size', () => {
    const stripped = stripWebp(phoneWebp());
    expect([...stripped]).toEqual([...webpOf(vp8x(0), VP8L)]);
    expect(webpChunks(stripped)).toEqual(['VP8X', 'VP8L']);
    expect(MARKERS.filter((marker) => includesBytes(stripped, marker))).toEqual([]);
    expect(includesBytes(stripped, GPS_LATITUDE)).toBe(false);
  });

  it('leaves a simple WebP as it is, and keeps the ICC profile and the other VP8X flags', () => {
    expect([...stripWebp(WEBP)]).toEqual([...WEBP]);
    const icc = riffChunk('ICCP', 'a colour profile');
    const input = webpOf(vp8x(0x20 | 0x10 | 0x08 | 0x04), icc, VP8L, riffChunk('EXIF', 'SN-ABC123456'));
    expect([...stripWebp(input)]).toEqual([...webpOf(vp8x(0x20 | 0x10), icc, VP8L)]);
  });

  const sized = (bytes: Uint8Array, size: number) => {
    const copy = bytes.slice();
    new DataView(copy.buffer).setUint32(4, size, true);
    return copy;
  };
  it.each([
    ['a RIFF size past the end (cut short)', WEBP.subarray(0, WEBP.length - 6)],
    ['a chunk size past the RIFF end', webpOf(vp8x(0), sized(VP8L, 1000))],
    ['a chunk header cut off', sized(concatBytes(WEBP, new Uint8Array([0x45, 0x58])), WEBP.length - 8 + 2)],
    ['no image chunk', webpOf(riffChunk('EXIF', 'SN-ABC123456'))],
    ['a VP8X too short for its fields', webpOf(riffChunk('VP8X', new Uint8Array([0, 0, 0, 0])), VP8L)],
  ])('refuses a WebP with %s', (_what, bytes) => {
    expect(() => stripWebp(bytes)).toThrow(CorruptPhotoError);
  });
});
