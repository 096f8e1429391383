/**
 * The one piece of EXIF a photo keeps: its orientation. Phones store portrait shots sideways and
 * say so in EXIF; without the tag they would show lying on their side.
 */
import { hasAscii } from './photo-bytes';

const EXIF_HEADER = 'Exif\0\0';
const ORIENTATION_TAG = 0x0112;
const SHORT = 3;

/**
 * The Orientation (1–8) in IFD0 of an APP1 payload, or 1 (upright) when it has none. Metadata that
 * cannot be read is dropped anyway, so it is no reason to refuse the photo: it just reads as upright.
 */
export function orientationOf(app1: Uint8Array): number {
  if (!hasAscii(app1, 0, EXIF_HEADER)) return 1;
  const tiff = new DataView(app1.buffer, app1.byteOffset + EXIF_HEADER.length, app1.length - EXIF_HEADER.length);
  try {
    const little = hasAscii(app1, EXIF_HEADER.length, 'II');
    if (!little && !hasAscii(app1, EXIF_HEADER.length, 'MM')) return 1;
    const ifd = tiff.getUint32(4, little);
    const entries = tiff.getUint16(ifd, little);
    for (let i = 0; i < entries; i++) {
      const entry = ifd + 2 + i * 12;
      if (tiff.getUint16(entry, little) !== ORIENTATION_TAG) continue;
      const value = tiff.getUint16(entry + 8, little);
      return tiff.getUint16(entry + 2, little) === SHORT && value >= 1 && value <= 8 ? value : 1;
    }
    return 1;
  } catch {
    return 1; // an offset past the end: DataView throws RangeError
  }
}

/** A whole APP1 segment (marker included) whose EXIF holds only the Orientation: TIFF header and IFD0 with one entry. */
export function orientationSegment(orientation: number): Uint8Array {
  const payload = new Uint8Array(EXIF_HEADER.length + 8 + 2 + 12 + 4);
  payload.set([...EXIF_HEADER].map((ch) => ch.charCodeAt(0)));
  const tiff = new DataView(payload.buffer, EXIF_HEADER.length);
  tiff.setUint16(0, 0x4d4d); // "MM": big-endian
  tiff.setUint16(2, 42);
  tiff.setUint32(4, 8); // IFD0 right after the header
  tiff.setUint16(8, 1); // one entry
  tiff.setUint16(10, ORIENTATION_TAG);
  tiff.setUint16(12, SHORT);
  tiff.setUint32(14, 1); // count
  tiff.setUint16(18, orientation); // a SHORT sits left-justified in the 4-byte value field
  // bytes 20–23 stay 0: no next IFD
  const segment = new Uint8Array(4 + payload.length);
  const head = new DataView(segment.buffer);
  head.setUint16(0, 0xffe1); // APP1
  head.setUint16(2, payload.length + 2); // the length counts itself
  segment.set(payload, 4);
  return segment;
}
