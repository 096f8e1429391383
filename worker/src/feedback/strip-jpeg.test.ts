import { describe, expect, it } from 'vitest';
import { orientationOf, orientationSegment } from './exif-orientation';
import { CorruptPhotoError } from './photo-bytes';
import { stripJpeg } from './strip-jpeg';
import {
  ADOBE_APP14,
  concatBytes,
  GPS_LATITUDE,
  includesBytes,
  JFIF_APP0,
  JPEG,
  MARKERS,
  phoneJpeg,
  PROGRESSIVE_JPEG,
  segment,
  withSegments,
} from './test-photos';

/** APP1 "Exif": big-endian TIFF, IFD0 with one entry, Orientation (SHORT, 1) = 6, no next IFD. Written out by hand. */
const ORIENTATION_6 = new Uint8Array([
  0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0,
  0, 0, 0, 0,
]);

describe('stripJpeg', () => {
  it('keeps JFIF, Adobe and every image segment byte for byte, and of EXIF only the orientation', () => {
    const stripped = stripJpeg(phoneJpeg(6));
    expect([...stripped]).toEqual([...withSegments(JPEG, JFIF_APP0, ORIENTATION_6, ADOBE_APP14)]);
    expect(MARKERS.filter((marker) => includesBytes(stripped, marker))).toEqual([]);
    expect(includesBytes(stripped, GPS_LATITUDE)).toBe(false);
    // The tables, SOF, SOS and the entropy-coded data up to EOI are the original's.
    expect([...stripped.subarray(-(JPEG.length - 2))]).toEqual([...JPEG.subarray(2)]);
  });

  it('writes no EXIF at all for an upright photo', () => {
    expect([...stripJpeg(phoneJpeg(1))]).toEqual([...withSegments(JPEG, JFIF_APP0, ADOBE_APP14)]);
  });

  it('keeps every scan of a progressive JPEG, with the tables between them', () => {
    expect([...stripJpeg(PROGRESSIVE_JPEG)]).toEqual([...PROGRESSIVE_JPEG]);
    expect([...stripJpeg(phoneJpeg(6, PROGRESSIVE_JPEG))]).toEqual([
      ...withSegments(PROGRESSIVE_JPEG, JFIF_APP0, ORIENTATION_6, ADOBE_APP14),
    ]);
  });

  it('keeps the ICC profile; drops MPF, maker APPn, a non-Adobe APP14 and the JFIF thumbnail', () => {
    const icc = segment(0xe2, 'ICC_PROFILE\0', new Uint8Array([1, 1]), 'a colour profile');
    const thumbnailJfif = segment(0xe0, 'JFIF\0', new Uint8Array([1, 2, 0, 0, 1, 0, 1, 1, 1, 0xaa, 0xbb, 0xcc]));
    const input = withSegments(
      JPEG,
      thumbnailJfif,
      icc,
      segment(0xe2, 'MPF\0', 'MM', 'SN-ABC123456'),
      segment(0xe3, 'SN-ABC123456'),
      segment(0xec, 'Ducky', 'SN-ABC123456'),
      segment(0xee, 'NotAdobe SN-ABC123456'),
      segment(0xef, 'SN-ABC123456'),
    );
    expect([...stripJpeg(input)]).toEqual([...withSegments(JPEG, JFIF_APP0, icc)]);
  });

  it('carries restart markers and stuffed bytes through a scan, and drops a comment between scans', () => {
    const sos = segment(0xda, new Uint8Array([1, 1, 0, 0, 0x3f, 0]));
    const scan = new Uint8Array([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd1, 0x78]);
    const [soi, eoi] = [new Uint8Array([0xff, 0xd8]), new Uint8Array([0xff, 0xd9])];
    const input = concatBytes(soi, sos, scan, segment(0xfe, 'COMMENT-AT-GATE-3'), sos, scan, eoi);
    expect([...stripJpeg(input)]).toEqual([...concatBytes(soi, sos, scan, sos, scan, eoi)]);
  });

  it('reads the orientation in either byte order, and EXIF it cannot read as upright', () => {
    expect(orientationOf(orientationSegment(8).subarray(4))).toBe(8);
    const brokenExif = segment(0xe1, 'Exif\0\0', 'II', new Uint8Array([42, 0, 0xff, 0xff, 0, 0]));
    expect([...stripJpeg(withSegments(JPEG, brokenExif))]).toEqual([...JPEG]);
  });

  const phone = phoneJpeg(6);
  it.each([
    ['cut inside a segment', phone.subarray(0, 60)],
    ['cut inside the entropy-coded data', JPEG.subarray(0, JPEG.length - 4)],
    ['without EOI', JPEG.subarray(0, JPEG.length - 2)],
    ['a length pointing past the end', withSegments(JPEG, new Uint8Array([0xff, 0xe1, 0xff, 0xff, 0]))],
    ['a length below 2', withSegments(JPEG, new Uint8Array([0xff, 0xfe, 0x00, 0x01]))],
    ['bytes between segments', withSegments(JPEG, new Uint8Array([0x00, 0x00]))],
    ['no image data', concatBytes(new Uint8Array([0xff, 0xd8]), JFIF_APP0, new Uint8Array([0xff, 0xd9]))],
    ['a second SOI', withSegments(JPEG, new Uint8Array([0xff, 0xd8]))],
    ['only the first bytes of an APP0', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2])],
  ])('refuses a JPEG with %s', (_what, bytes) => {
    expect(() => stripJpeg(bytes)).toThrow(CorruptPhotoError);
  });
});
