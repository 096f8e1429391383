/**
 * A JPEG without its metadata: the segments a decoder needs are copied as they are (the
 * entropy-coded data byte for byte), the rest are left out, and only the orientation survives.
 */
import { orientationOf, orientationSegment } from './exif-orientation';
import { CorruptPhotoError, concat, hasAscii } from './photo-bytes';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const APP15 = 0xef;
const COM = 0xfe;
/** JFIF's fixed fields (identifier, version, units, densities) before the thumbnail's size and pixels. */
const JFIF_FIELDS = 12;

/** Markers that stand alone, without a length: TEM and the restart markers. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * What is kept of a segment (marker included): itself, a replacement, or nothing; all but APPn and COM stay.
 * Kept are what decoding needs: JFIF (without its thumbnail, which can show what a crop removed),
 * the ICC profile (the colours of wide-gamut phone photos; it describes a colour space, the same
 * for every phone of a maker, never the shot) and Adobe's APP14 (tells CMYK and YCCK apart).
 * Gone are EXIF and XMP (APP1: position, time, camera and its serial), MPF (APP2: it points at
 * preview images after EOI, which are cut off), IPTC (APP13), every other APPn, and comments.
 */
function keptOf(marker: number, segment: Uint8Array): Uint8Array | null {
  const payload = segment.subarray(4);
  if (marker === APP0) {
    if (!hasAscii(payload, 0, 'JFIF\0') || payload.length < JFIF_FIELDS + 2) return null;
    const jfif = concat([segment.subarray(0, 4 + JFIF_FIELDS), new Uint8Array([0, 0])]); // a 0×0 thumbnail
    new DataView(jfif.buffer).setUint16(2, jfif.length - 2);
    return jfif;
  }
  if (marker === APP2) return hasAscii(payload, 0, 'ICC_PROFILE\0') ? segment : null;
  if (marker === APP14) return hasAscii(payload, 0, 'Adobe') ? segment : null;
  if ((marker >= APP0 && marker <= APP15) || marker === COM) return null;
  return segment;
}

/** Where the entropy-coded data that starts at `from` ends: at the first marker that is not a restart. */
function scanEnd(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0xff, from); at !== -1; at = bytes.indexOf(0xff, at + 1)) {
    const next = bytes[at + 1];
    if (next === undefined) break;
    // 0xFF 0x00 is a stuffed data byte; 0xFF 0xFF is fill before a marker; RSTn belong to the scan.
    if (next !== 0x00 && next !== 0xff && !standalone(next)) return at;
  }
  throw new CorruptPhotoError('JPEG scan without an end');
}

export function stripJpeg(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) throw new CorruptPhotoError('JPEG without SOI');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let orientationPending = true;
  let scanned = false;
  let at = 2;
  for (;;) {
    if (bytes[at] !== 0xff) throw new CorruptPhotoError(`JPEG: no marker at ${at}`);
    while (bytes[at + 1] === 0xff) at++; // fill bytes before a marker carry nothing
    const marker = bytes[at + 1];
    if (marker === undefined) throw new CorruptPhotoError('JPEG ends before EOI');
    if (marker === EOI) {
      if (!scanned) throw new CorruptPhotoError('JPEG without image data');
      // Whatever follows EOI (a phone's motion video, MPF previews with their own EXIF) is left behind.
      parts.push(bytes.subarray(at, at + 2));
      return concat(parts);
    }
    if (marker === SOI) throw new CorruptPhotoError('JPEG: SOI inside the image');
    if (standalone(marker)) {
      parts.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) throw new CorruptPhotoError('JPEG: segment length cut off');
    const length = view.getUint16(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new CorruptPhotoError(`JPEG: segment ${marker.toString(16)} of bad length`);
    const segment = bytes.subarray(at, end);
    // The first EXIF decides the orientation, as it does for decoders; it takes the EXIF's place.
    if (marker === APP1 && orientationPending && hasAscii(segment, 4, 'Exif\0\0')) {
      orientationPending = false;
      const orientation = orientationOf(segment.subarray(4));
      if (orientation !== 1) parts.push(orientationSegment(orientation));
    }
    const kept = keptOf(marker, segment);
    if (kept) parts.push(kept);
    at = end;
    if (marker === SOS) {
      scanned = true;
      at = scanEnd(bytes, end);
      parts.push(bytes.subarray(end, at));
    }
  }
}
