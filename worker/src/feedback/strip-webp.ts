/**
 * A WebP without its metadata: of the RIFF chunks only those that make up the image stay (EXIF,
 * XMP and unknown chunks go), VP8X stops announcing EXIF and XMP, and the RIFF size is the new one.
 */
import { CorruptPhotoError, concat, hasAscii } from './photo-bytes';

const HEADER = 12; // "RIFF", size, "WEBP"
const IMAGE_CHUNKS = new Set(['VP8X', 'VP8 ', 'VP8L', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
/** VP8X flags: bit 3 EXIF, bit 2 XMP. */
const METADATA_FLAGS = 0x08 | 0x04;

export function stripWebp(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length < HEADER || !hasAscii(bytes, 8, 'WEBP')) throw new CorruptPhotoError('not a WebP');
  // The RIFF size says where the file ends; bytes after it are no part of the image and are left behind.
  const riffEnd = 8 + view.getUint32(4, true);
  if (riffEnd > bytes.length) throw new CorruptPhotoError('WebP shorter than its RIFF size');
  const parts: Uint8Array[] = [bytes.slice(0, HEADER)];
  let at = HEADER;
  while (at < riffEnd) {
    if (at + 8 > riffEnd) throw new CorruptPhotoError('WebP: chunk header cut off');
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size % 2); // odd chunks are padded to an even length
    if (end > riffEnd) throw new CorruptPhotoError('WebP: chunk of bad length');
    const fourCC = String.fromCharCode(...bytes.subarray(at, at + 4));
    if (fourCC === 'VP8X') {
      if (size < 10) throw new CorruptPhotoError('WebP: VP8X too short');
      const vp8x = bytes.slice(at, end);
      vp8x[8] = vp8x[8]! & ~METADATA_FLAGS;
      parts.push(vp8x);
    } else if (IMAGE_CHUNKS.has(fourCC)) parts.push(bytes.subarray(at, end));
    at = end;
  }
  if (parts.length === 1) throw new CorruptPhotoError('WebP without image data');
  const out = concat(parts);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}
