/**
 * Reading parts of a zip (an .xlsx) within a budget of inflated bytes. fflate inflates, but the zip is read
 * here: its `unzipSync` inflates a whole entry at once, and an entry that declares a small size but holds
 * gigabytes of zeros keeps it busy for seconds. Here each part is charged its declared size before it is
 * inflated, and inflating stops as soon as it passes that size, so a lying entry costs no more than an
 * honest one.
 */
import { Inflate } from 'fflate';
import { SpreadsheetError } from './errors';

export const NOT_XLSX = '无法读取该 Excel 文件：请确认是 .xlsx 格式（不支持旧版 .xls）';
export const TOO_BIG = '文件解压后过大，请拆分后再导入';
/** DEFLATE turns one byte into at most 1,032 (a 258-byte copy in two bits); see `inflate`. */
const MAX_RATIO = 1032;
const utf8 = new TextDecoder();

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/**
 * The zip's parts by name, each inflated when asked for. Throws a SpreadsheetError when the zip cannot be
 * read, or when the parts asked for declare more than `maxInflated` bytes in all (before inflating them).
 * Zip64 is not read: an upload of a few megabytes never needs it.
 */
export function openZip(bytes: Uint8Array, maxInflated: number): (name: string) => Uint8Array | undefined {
  const entries = unreadable(() => centralDirectory(bytes));
  let left = maxInflated;
  return (name) => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    left -= entry.size;
    if (left < 0) throw new SpreadsheetError(TOO_BIG);
    return unreadable(() => inflate(bytes, entry));
  };
}

/** Runs `read`, turning what fflate or an out-of-range read throws on a corrupt zip into NOT_XLSX. */
function unreadable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof SpreadsheetError ? error : new SpreadsheetError(NOT_XLSX);
  }
}

/** The entries listed in the central directory at the end of the zip; nothing is inflated. */
function centralDirectory(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless a comment of up to 65,535 bytes follows it.
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) {
    if (--end < bytes.length - 22 - 0xffff) throw new SpreadsheetError(NOT_XLSX);
  }
  const entries = new Map<string, Entry>();
  let at = view.getUint32(end + 16, true);
  for (let count = view.getUint16(end + 10, true); count > 0; count--) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new SpreadsheetError(NOT_XLSX);
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    if (entry.size === 0xffffffff) throw new SpreadsheetError(NOT_XLSX); // the real size is in a zip64 field
    entries.set(utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)), entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function inflate(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.localHeader, true) !== 0x04034b50) throw new SpreadsheetError(NOT_XLSX);
  // The local header's name and extra field may differ in length from the central directory's.
  const start = entry.localHeader + 30 + view.getUint16(entry.localHeader + 26, true) + view.getUint16(entry.localHeader + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new SpreadsheetError(NOT_XLSX);
  if (entry.method === 0 && data.length === entry.size) return data; // stored as is
  if (entry.method !== 8) throw new SpreadsheetError(NOT_XLSX); // another method, or stored with a wrong size

  const out = new Uint8Array(entry.size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > out.length) throw new SpreadsheetError(TOO_BIG); // it declared less than it holds
    out.set(chunk, filled);
    filled += chunk.length;
  });
  // Fed in slices that can inflate to no more than what is left of the declared size (or 4 MB, from the
  // smallest slice), so a lie is caught after one slice rather than after inflating the whole entry.
  let at = 0;
  do {
    const end = at + Math.max(4096, Math.floor((out.length - filled) / MAX_RATIO));
    inflater.push(data.subarray(at, end), end >= data.length);
    at = end;
  } while (at < data.length);
  if (filled !== out.length) throw new SpreadsheetError(NOT_XLSX);
  return out;
}
