/**
 * Test photos, for the metadata strippers and the photo route. Small real images (16×8, left half
 * red, right half blue; encoded once with sharp 0.34 / libvips: `.jpeg({ quality: 80 })`, the same
 * with `progressive: true`, `.png({ compressionLevel: 9 })`, `.webp({ lossless: true })`; as base64
 * because tests run inside workerd) and the metadata a phone writes, built here around them with
 * marker strings that must never reach the bucket.
 */
import { concat } from './photo-bytes';

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
const ascii = (text: string) => new TextEncoder().encode(text);

export const JPEG = fromBase64(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABoRAAEFAQAAAAAAAAAAAAAAAAAGB0OCwkT/2gAMAwEAAhEDEQA/AIhIgSN7000LlzBbJ//Z',
);
/** Progressive: ten scans, with Huffman tables between them. */
export const PROGRESSIVE_JPEG = fromBase64(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wgARCAAIABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUAQEAAAAAAAAAAAAAAAAAAAAF/9oADAMBAAIQAxAAAAGHIEl//8QAFBABAAAAAAAAAAAAAAAAAAAAEP/aAAgBAQABBQI//8QAGBEAAgMAAAAAAAAAAAAAAAAAAAVCgcH/2gAIAQMBAT8BeQvD/8QAGBEAAgMAAAAAAAAAAAAAAAAAAAZDgcH/2gAIAQIBAT8BXpK0/8QAFBABAAAAAAAAAAAAAAAAAAAAEP/aAAgBAQAGPwI//8QAFBABAAAAAAAAAAAAAAAAAAAAEP/aAAgBAQABPyE//9oADAMBAAIAAwAAABDz/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPxBn/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPxA3/8QAFBABAAAAAAAAAAAAAAAAAAAAEP/aAAgBAQABPxA//9k=',
);
/** IHDR, pHYs, IDAT, IEND. */
export const PNG = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAICAIAAAB/FOjAAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAFklEQVR42mO4IyeHFeEQvsMwqoEWGgA3zYwB2oJdPgAAAABJRU5ErkJggg==',
);
/** Lossless, simple format: RIFF, VP8L. */
export const WEBP = fromBase64('UklGRigAAABXRUJQVlA4TBwAAAAvD8ABAA8wHvfwvRD3/EcLxILJ/KU7U4jof+QA');

/** Text that identifies the phone, the place or the person; none of it may be stored. */
export const MARKERS = [
  'SN-ABC123456',
  'MarkerPhone',
  'WGS-84',
  '39,54.452N',
  'xmpmeta',
  'IPTC-BYLINE-ZHANG',
  'COMMENT-AT-GATE-3',
  'TRAILER-AFTER-END',
];
/** GPSLatitude 39° 54′ 27.12″ as its three little-endian RATIONALs, as EXIF stores it. */
export const GPS_LATITUDE = new Uint8Array([39, 0, 0, 0, 1, 0, 0, 0, 54, 0, 0, 0, 1, 0, 0, 0, 0x98, 0x0a, 0, 0, 100, 0, 0, 0]);

type Value = string | { short: number } | { rationals: number[] } | { ifd: number };
type Entry = [tag: number, value: Value];

/** A little-endian TIFF of the given IFDs, one after another; `{ ifd: k }` points at the k-th. */
function tiffOf(ifds: Entry[][]): Uint8Array {
  const sizes = ifds.map((entries) => 2 + entries.length * 12 + 4);
  const starts = sizes.map((_, k) => 8 + sizes.slice(0, k).reduce((a, b) => a + b, 0));
  const out = new Uint8Array(4096);
  const view = new DataView(out.buffer);
  out.set(ascii('II'));
  view.setUint16(2, 42, true);
  view.setUint32(4, 8, true);
  let data = starts.at(-1)! + sizes.at(-1)!;
  ifds.forEach((entries, k) => {
    view.setUint16(starts[k]!, entries.length, true);
    entries.forEach(([tag, value], i) => {
      const at = starts[k]! + 2 + i * 12;
      view.setUint16(at, tag, true);
      if (typeof value === 'string') {
        view.setUint16(at + 2, 2, true); // ASCII
        view.setUint32(at + 4, value.length + 1, true); // with its NUL
        if (value.length < 4)
          out.set(ascii(value), at + 8); // four bytes or fewer sit in the entry itself
        else {
          view.setUint32(at + 8, data, true);
          out.set(ascii(value), data);
          data += value.length + 1;
        }
      } else if ('short' in value) {
        view.setUint16(at + 2, 3, true);
        view.setUint32(at + 4, 1, true);
        view.setUint16(at + 8, value.short, true);
      } else if ('ifd' in value) {
        view.setUint16(at + 2, 4, true); // LONG
        view.setUint32(at + 4, 1, true);
        view.setUint32(at + 8, starts[value.ifd]!, true);
      } else {
        view.setUint16(at + 2, 5, true); // RATIONAL
        view.setUint32(at + 4, value.rationals.length / 2, true);
        view.setUint32(at + 8, data, true);
        for (const [j, n] of value.rationals.entries()) view.setUint32(data + j * 4, n, true);
        data += value.rationals.length * 4;
      }
    });
  });
  return out.slice(0, data);
}

/** EXIF as a phone writes it: IFD0 with maker, model and orientation; the EXIF IFD with the body's serial number; the GPS IFD. */
export const exifTiff = (orientation: number) =>
  tiffOf([
    [
      [0x010f, 'MarkerPhone Co.'],
      [0x0110, 'MarkerPhone 12'],
      [0x0112, { short: orientation }],
      [0x8769, { ifd: 1 }],
      [0x8825, { ifd: 2 }],
    ],
    [
      [0x9003, '2026:05:04 09:30:12'],
      [0xa431, 'SN-ABC123456'],
    ],
    [
      [0x0001, 'N'],
      [0x0002, { rationals: [39, 1, 54, 1, 2712, 100] }],
      [0x0003, 'E'],
      [0x0004, { rationals: [116, 1, 23, 1, 1680, 100] }],
      [0x0012, 'WGS-84'],
    ],
  ]);

export const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="39,54.452N" exif:GPSLongitude="116,23.280E"/>' +
  '</rdf:RDF></x:xmpmeta>';

export const concatBytes = (...parts: Uint8Array[]) => concat(parts);
const bytesOf = (part: string | Uint8Array) => (typeof part === 'string' ? ascii(part) : part);

// JPEG

/** A marker segment: FF, marker, length (counting itself), payload. */
export function segment(marker: number, ...payload: (string | Uint8Array)[]): Uint8Array {
  const body = concatBytes(...payload.map(bytesOf));
  return concatBytes(new Uint8Array([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body);
}
/** JFIF 1.02, no density, no thumbnail. */
export const JFIF_APP0 = segment(0xe0, 'JFIF\0', new Uint8Array([1, 2, 0, 0, 1, 0, 1, 0, 0]));
/** Adobe, version 100, transform 1 (YCbCr). */
export const ADOBE_APP14 = segment(0xee, 'Adobe', new Uint8Array([0, 100, 0, 0, 0, 0, 1]));
const iptcApp13 = segment(
  0xed,
  'Photoshop 3.0\0',
  '8BIM',
  new Uint8Array([0x04, 0x04, 0, 0, 0, 0, 0, 24]), // resource 0x0404 (IPTC), no name, 24 bytes
  new Uint8Array([0x1c, 2, 80, 0, 17]), // dataset 2:80 By-line, 17 bytes
  'IPTC-BYLINE-ZHANG',
  new Uint8Array([0, 0]),
);

/** `image` with segments right after its SOI. */
export const withSegments = (image: Uint8Array, ...segments: Uint8Array[]) =>
  concatBytes(image.subarray(0, 2), ...segments, image.subarray(2));

/** A phone's JPEG: JFIF, EXIF (orientation, GPS, serial), XMP with the position, IPTC, Adobe, a comment, and data after EOI. */
export const phoneJpeg = (orientation = 6, image = JPEG) =>
  concatBytes(
    withSegments(
      image,
      JFIF_APP0,
      segment(0xe1, 'Exif\0\0', exifTiff(orientation)),
      segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0', XMP),
      iptcApp13,
      ADOBE_APP14,
      segment(0xfe, 'COMMENT-AT-GATE-3'),
    ),
    ascii('TRAILER-AFTER-END'),
  );

// PNG

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG chunk with its length and CRC. */
export function chunk(type: string, ...data: (string | Uint8Array)[]): Uint8Array {
  const typed = concatBytes(ascii(type), ...data.map(bytesOf));
  const out = new Uint8Array(typed.length + 8);
  const view = new DataView(out.buffer);
  view.setUint32(0, typed.length - 4);
  out.set(typed, 4);
  view.setUint32(out.length - 4, crc32(typed));
  return out;
}

/** A zlib stream of one stored (uncompressed) deflate block: what zTXt holds, with its text readable. */
function zlibStored(text: string): Uint8Array {
  const data = ascii(text);
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const n = data.length;
  const adler = (b * 65536 + a) >>> 0;
  return concatBytes(
    new Uint8Array([0x78, 0x01, 1, n & 0xff, n >> 8, ~n & 0xff, (~n >> 8) & 0xff]),
    data,
    new Uint8Array([adler >>> 24, (adler >> 16) & 0xff, (adler >> 8) & 0xff, adler & 0xff]),
  );
}

const IHDR_END = 8 + 25;

/** A phone's PNG: eXIf, XMP in iTXt, tEXt and zTXt, tIME, a private chunk, and data after IEND. */
export const phonePng = () =>
  concatBytes(
    PNG.subarray(0, IHDR_END),
    chunk('eXIf', exifTiff(6)),
    chunk('iTXt', 'XML:com.adobe.xmp\0\0\0\0\0', XMP),
    chunk('tEXt', 'Comment\0', 'COMMENT-AT-GATE-3'),
    chunk('zTXt', 'Serial\0\0', zlibStored('SN-ABC123456')),
    chunk('tIME', new Uint8Array([0x07, 0xea, 5, 4, 9, 30, 12])),
    chunk('mkTS', 'IPTC-BYLINE-ZHANG'),
    PNG.subarray(IHDR_END),
    ascii('TRAILER-AFTER-END'),
  );

// WebP

/** A RIFF chunk, padded to an even length. */
export function riffChunk(fourCC: string, ...data: (string | Uint8Array)[]): Uint8Array {
  const body = concatBytes(...data.map(bytesOf));
  const out = new Uint8Array(8 + body.length + (body.length % 2));
  out.set(ascii(fourCC));
  new DataView(out.buffer).setUint32(4, body.length, true);
  out.set(body, 8);
  return out;
}
/** A RIFF WEBP file of the chunks, its size field right. */
export function webpOf(...chunks: Uint8Array[]): Uint8Array {
  const out = concatBytes(ascii('RIFF'), new Uint8Array(4), ascii('WEBP'), ...chunks);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}
/** VP8X for the 16×8 canvas with the given flags. */
export const vp8x = (flags: number) => riffChunk('VP8X', new Uint8Array([flags, 0, 0, 0, 15, 0, 0, 7, 0, 0]));
/** The VP8L chunk of WEBP. */
export const VP8L = WEBP.subarray(12);
/** Extended WebP with EXIF and XMP (flags say so), an unknown chunk (odd-sized, so padded), and data after the RIFF end. */
export const phoneWebp = () =>
  concatBytes(
    webpOf(vp8x(0x08 | 0x04), VP8L, riffChunk('EXIF', exifTiff(6)), riffChunk('XMP ', XMP), riffChunk('MRKR', 'IPTC-BYLINE-ZHANG')),
    ascii('TRAILER-AFTER-END'),
  );

// Reading back what was stored

/** The chunk types of a PNG, in order, each with whether its CRC is right; throws unless the chunks fill the file exactly. */
export function pngChunks(bytes: Uint8Array): { type: string; crcOk: boolean }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const chunks: { type: string; crcOk: boolean }[] = [];
  let at = 8;
  while (at < bytes.length) {
    const end = at + 12 + view.getUint32(at);
    if (end > bytes.length) throw new Error(`chunk at ${at} runs past the end`);
    chunks.push({
      type: String.fromCharCode(...bytes.subarray(at + 4, at + 8)),
      crcOk: crc32(bytes.subarray(at + 4, end - 4)) === view.getUint32(end - 4),
    });
    at = end;
  }
  return chunks;
}

/** The FourCCs of a WebP's chunks; throws unless the RIFF size is the file's and the chunks fill it exactly. */
export function webpChunks(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(4, true) !== bytes.length - 8) throw new Error('RIFF size is not the file size');
  const chunks: string[] = [];
  for (let at = 12; at < bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    chunks.push(String.fromCharCode(...bytes.subarray(at, at + 4)));
    at += 8 + size + (size % 2);
    if (at > bytes.length) throw new Error('a chunk runs past the end');
  }
  return chunks;
}

/** Whether `needle` occurs in `bytes`. */
export function includesBytes(bytes: Uint8Array, needle: Uint8Array | string): boolean {
  const n = bytesOf(needle);
  for (let at = bytes.indexOf(n[0]!); at !== -1 && at + n.length <= bytes.length; at = bytes.indexOf(n[0]!, at + 1)) {
    if (n.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}
