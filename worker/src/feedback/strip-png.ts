/**
 * A PNG without its metadata. Critical chunks (IHDR, PLTE, IDAT, IEND…) all stay; of the
 * ancillary ones, which a decoder may skip by definition, only those that change how the image
 * looks stay. So text (tEXt, iTXt with XMP, zTXt), eXIf, tIME and private chunks go — among
 * them Apple's iDOT, whose IDAT offsets would be wrong once chunks before IDAT are gone.
 * Kept chunks are copied with their CRCs.
 */
import { CorruptPhotoError, concat } from './photo-bytes';

const SIGNATURE = 8;
const MAX_LENGTH = 2 ** 31 - 1; // the PNG limit for a chunk's length
const RENDERING = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'cICP', 'mDCv', 'cLLi', 'sBIT', 'pHYs', 'bKGD', 'acTL', 'fcTL', 'fdAT']);

/** Lower case first letter: the ancillary bit. */
const ancillary = (type: string) => type.charCodeAt(0) & 0x20;

export function stripPng(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const parts: Uint8Array[] = [bytes.subarray(0, SIGNATURE)];
  for (let at = SIGNATURE; ; ) {
    if (at + 12 > bytes.length) throw new CorruptPhotoError('PNG ends before IEND');
    const length = view.getUint32(at);
    const end = at + 12 + length; // length, type, data, CRC
    if (length > MAX_LENGTH || end > bytes.length) throw new CorruptPhotoError('PNG: chunk of bad length');
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at === SIGNATURE && type !== 'IHDR') throw new CorruptPhotoError('PNG does not start with IHDR');
    if (!ancillary(type) || RENDERING.has(type)) parts.push(bytes.subarray(at, end));
    // Whatever follows IEND is no part of the image, so it is left behind.
    if (type === 'IEND') return concat(parts);
    at = end;
  }
}
