// Just enough XML for the parts of an .xlsx file: Excel writes them flat and predictable, so a scan for
// tags replaces a full parser (none is built into workerd, and a library would be large). The scan uses
// indexOf, never a backtracking regular expression over the document: an uploaded part can be megabytes
// of unclosed tags, and a lazy `[\s\S]*?` retried from each of them takes time quadratic in its length.
import { SpreadsheetError } from './errors';

/** A tag's name, with any namespace prefix, read where a tag starts (sticky: no search). */
const NAME = /[\w.:-]*/y;

/**
 * Each `<tag …>inner</tag>` or `<tag …/>` in `xml`, in order, as [attributes, inner]; inner is '' when
 * self-closing. A namespace prefix (`<x:row>`, as the .NET Open XML SDK writes) is ignored. Not for tags
 * that nest. Lazy, so a reader can stop early; linear in the length of `xml`, since each '<' is looked at
 * once and a found element is skipped whole. Throws a SpreadsheetError for a `tag` that is never closed.
 */
export function* elements(xml: string, tag: string): Generator<[attributes: string, inner: string]> {
  for (const { attributes, inner } of spans(xml, tag)) yield [attributes, inner];
}

/** The inner text of the first `tag` element in `xml`, if there is one. */
export function firstInner(xml: string, tag: string): string | undefined {
  return elements(xml, tag).next().value?.[1];
}

/** `xml` without its `tag` elements (e.g. the phonetic guides of a string). */
export function withoutElements(xml: string, tag: string): string {
  let kept = '';
  let from = 0;
  for (const { start, end } of spans(xml, tag)) {
    kept += xml.slice(from, start);
    from = end;
  }
  return kept + xml.slice(from);
}

interface Span {
  start: number;
  end: number;
  attributes: string;
  inner: string;
}

function* spans(xml: string, tag: string): Generator<Span> {
  for (let start = xml.indexOf('<'); start >= 0; start = xml.indexOf('<', start + 1)) {
    NAME.lastIndex = start + 1;
    const name = NAME.exec(xml)![0];
    const afterName = start + 1 + name.length;
    const next = xml[afterName]; // `<rowBreaks` is not a `row`; nothing at all is an unclosed one
    if (name.slice(name.lastIndexOf(':') + 1) !== tag || (next !== undefined && !/[\s/>]/.test(next))) continue;
    const startEnd = xml.indexOf('>', afterName);
    if (startEnd < 0) throw unclosed(tag);
    const span: Span = { start, end: startEnd + 1, attributes: xml.slice(afterName, startEnd), inner: '' };
    if (xml[startEnd - 1] === '/') span.attributes = span.attributes.slice(0, -1);
    else {
      const close = `</${name}>`;
      const closeAt = xml.indexOf(close, startEnd + 1);
      if (closeAt < 0) throw unclosed(tag);
      span.inner = xml.slice(startEnd + 1, closeAt);
      span.end = closeAt + close.length;
    }
    yield span;
    start = span.end - 1; // the next search starts after this element
  }
}

const unclosed = (tag: string) => new SpreadsheetError(`Excel 文件已损坏（<${tag}> 没有结束）：请在 Excel 里打开，另存为 .xlsx 后再导入`);

/** The unescaped value of attribute `name` (a regex source, e.g. `(?:\\w+:)?id`) in an attribute string. */
export function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return value ? unescapeXml(value[1] ?? value[2] ?? '') : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the five named entities and numeric character references (`&#13;`, `&#x4E2D;`). */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(\w+));/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = parseInt(hex ?? dec ?? '', hex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Escapes text for an element or a double-quoted attribute, dropping characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`);
}
